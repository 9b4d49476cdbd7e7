import ArabicText

extension ExtractionRun {
    /// Reported speech from token `start` (after the complementizer) to the end of the clause, or to a
    /// comma before a participle cue, an according-to cue or a coordinated cue; Direct when it is one
    /// quotation.
    mutating func reportedContent(from start: Int, in clause: Range<Int>, after match: CueMatch) -> (Range<Int>, Form)? {
        // a complementizer after the clause's end (a cue inside quotation marks, «قال» إن …) governs nothing here
        guard start < doc.tokens.count, start < clause.upperBound else { return nil }
        // معتقداً أنه …، ترامب …  /  وبعد أن أعلن الوزير أن …، عاد …: a fronted clause ends at its comma
        let fronted = match.entry.isParticiple && match.tokens.lowerBound == clause.lowerBound
            || doc.isWord(match.tokens.lowerBound - 1) && lexicon.complementizers.contains(doc.keys[match.tokens.lowerBound - 1])
                && phraseLength(lexicon.clauseBreaks, at: match.tokens.lowerBound - 2) == 2
        // a short quotation is direct speech too when it is the whole clause (شدد على أن "كل الخيارات مطروحة")
        if let quotation = quotation(openingAtToken: start), !quotation.isShort || quotation.wordCount >= 2 {
            let after = quotation.close.map { doc.firstToken(atOrAfter: $0.upperBound) } ?? clause.upperBound
            if after >= clause.upperBound || !(after..<clause.upperBound).contains(where: { doc.isWord($0) }) {
                return (quotation.inner, .direct)
            }
            // أضاف أن "…"، مبينا أن …: the quotation is the whole clause when another attribution follows its comma
            if isComma(after), endsReportedClause(afterComma: after, fronted: fronted) {
                return (quotation.inner, .direct)
            }
        }
        var end = clause.upperBound
        var index = start
        while index < end {
            if isComma(index), endsReportedClause(afterComma: index, fronted: fronted) {
                end = index
                break
            }
            // …أمس ولكنه استطرد «…»: a clause break right before a cue opens that cue's clause
            if index > start, doc.isWord(index), let length = phraseLength(lexicon.clauseBreaks, at: index),
               doc.isWord(index + length), let cue = matchCue(at: index + length), cue.cueClass != .accordingTo,
               !isFuture(cue), !isSubjunctive(cue),
               // (not a feeling or a view with a plain object: لا نراها ولكن نشعر بتأثيرها goes on)
               cue.cueClass != .cognition || cue.licenses(.object) || readsComplementizer(cue.tokens.upperBound)
                   // (only a ب-object right after the cue: ولكن يرى المحللون أن … is the analysts' own claim)
                   || !(doc.isWord(cue.tokens.upperBound) && doc.keys[cue.tokens.upperBound].firstScalar == "ب")
                   || readsComplementizer(cue.tokens.upperBound + 1) {
                end = index
                break
            }
            // قال إن الحكومة مستعدة … مشيرا إلى أنها …: a participle cue with its own complementizer ends the
            // clause even without a comma
            if index > start + 1, opensParticipleClause(at: index) {
                end = index
                break
            }
            // أكدت أنها كانت موجودة … وقالت إن …، أضاف أنه … ووصفها بأنها …: so does a cue joined by و with its own complementizer
            // (inflected like the cue: ذكرت الوكالة أن الرئيس استقبل الوفد وقال إن … goes on, قال is the president's)
            if index > start + 1, opensCoordinatedClause(at: index), inflectedAlike(match, index) {
                end = index
                break
            }
            if let quotation = quotation(openingAtToken: index), let close = quotation.close {
                index = max(index + 1, doc.firstToken(atOrAfter: close.upperBound))
                continue
            }
            index += 1
        }
        guard let content = span(from: start, to: end) else { return nil }
        return (content, formOf(content))
    }

    /// Whether token `index` is a participle cue followed by its complementizer, right away or after
    /// إلى (`مشيرا إلى أن`، `مؤكدا أن`).
    mutating func opensParticipleClause(at index: Int) -> Bool {
        // a token the cue prefilter ruled out starts no cue: one array read before the word is looked at
        guard doc.isWord(index), cueSlots[index] != ExtractionRun.noCue, doc.keys[index].hasSuffix("ا") else { return false }
        var next = index + 1
        if doc.isWord(next), lexicon.governed.contains(doc.keys[next]) { next += 1 }
        guard doc.isWord(next), readsComplementizer(next),
              let cue = matchCue(at: index) else { return false }
        return cue.entry.isParticiple
    }

    /// Whether token `index` is a cue verb joined by و followed by its complementizer, right away or after a
    /// governed preposition (`وقالت إن`، `وأضاف أن`، `ووصفها بأنها`، `وأشار إلى أن`).
    mutating func opensCoordinatedClause(at index: Int) -> Bool {
        // a token the cue prefilter ruled out starts no cue: one array read before the word is looked at
        guard doc.isWord(index), cueSlots[index] != ExtractionRun.noCue, doc.keys[index].firstScalar == "و",
              let cue = matchCue(at: index), cue.hasConjunction, !cue.entry.isParticiple, cue.cueClass != .accordingTo,
              cue.entry.words.count == 1,   // a verb (not ومن المرجح أن, the same speaker's hedge)
              !isFuture(cue), !isSubjunctive(cue) else { return false }
        var next = cue.tokens.upperBound
        if doc.isWord(next), lexicon.governed.contains(doc.keys[next]) { next += 1 }
        return doc.isWord(next) && readsComplementizer(next) && !doc.keys[next].hasPrefix("و")
    }

    /// Whether the cue at token `index` has the gender and number of `match` (`أكدت … وقالت`، `أكد … وقال`),
    /// so that it may share its subject.
    mutating func inflectedAlike(_ match: CueMatch, _ index: Int) -> Bool {
        guard let other = matchCue(at: index), let first = match.entry.words.first, let second = other.entry.words.first else { return false }
        return Self.verbAgreement(first) == Self.verbAgreement(second)
    }

    /// A cue verb's agreement, from its normalized form: 2 plural (`قالوا`، `يقولون`), 1 feminine (`قالت`،
    /// `تقول`), 0 masculine or unknown.
    static func verbAgreement(_ verb: Word) -> Int {
        if verb.hasSuffix("وا") || verb.hasSuffix("ون") { return 2 }
        return verb.hasSuffix("ت") || verb.hasPrefix("ت") ? 1 : 0
    }

    /// Whether the comma at `comma` ends a reported clause: a participle, according-to or coordinated
    /// cue follows, a clause break written with و (`، ومن المؤكد`), a new subject and its cue
    /// (`، ترامب مقتنع`), or any comma when the cue is a fronted participle (`معتقداً أنه …، ترامب …`).
    mutating func endsReportedClause(afterComma comma: Int, fronted: Bool) -> Bool {
        if fronted { return true }
        let next = comma + 1
        guard doc.isWord(next) else { return false }
        // …، مشيرا إلى أن …  /  …، بحسب …  /  …، وأضافت أنه …: another attribution starts
        if let cue = matchCue(at: next), cue.entry.isParticiple || cue.cueClass == .accordingTo || cue.hasConjunction {
            return true
        }
        // …، الذي سيجد صعوبة …: a relative clause goes on describing the Content's last noun
        if readsRelative(next) { return false }
        if doc.keys[next].hasPrefix("و"), phraseLength(lexicon.clauseBreaks, at: next) != nil, lexicon.clauseBreaks.phrases(startingWith: doc.keys[next]).isEmpty == false {
            return true
        }
        var index = next
        var words = 0
        while words < 3, doc.isWord(index) {
            // …، وخاصة طريقة نقل الأسماك: after an indefinite noun in ة the word is its construct noun, no cue
            // (asked only before a word that starts a cue: the test reads the surface)
            if words > 0, let cue = matchCue(at: index),
               !(endsWithTehMarbuta(index - 1) && !doc.keys[index - 1].hasPrefix("ال")), !cue.entry.isParticiple,
               !cue.hasConjunction, cue.licenses(.subjectVerb), !isFuture(cue), !isSubjunctive(cue) { return true }
            words += 1
            index += 1
        }
        return false
    }

    /// The Content after a cue's colon: a quotation (Direct, whatever its length: after a cue and a
    /// colon it is speech, not a scare quote), the rest of the sentence, or the next line when the
    /// colon ends its line (a verbatim block, Direct).
    mutating func colonContent(after colon: Int, of match: CueMatch? = nil) -> (Range<Int>, Form)? {
        let next = colon + 1
        guard next < doc.tokens.count else { return nil }
        if let quotation = doc.quotation(openingAt: doc.tokens[next].start) {
            return (quotation.inner, .direct)
        }
        let line = doc.lineOfToken[colon]
        // لقوله صلى الله عليه وسلم: (يسروا ولا تعسروا)، وأضاف: (نحن جاهزون): parentheses right after the
        // colon quote like quotation marks
        if doc.isToken(next, "(") {
            var close = next + 1
            while close < doc.tokens.count, doc.lineOfToken[close] == line, !doc.isToken(close, ")") { close += 1 }
            // (only when they close the clause: وأضاف: (بالنسبة للانتخابات) سنشارك … goes on after them)
            let closesClause = close + 1 >= doc.tokens.count || doc.lineOfToken[close + 1] != line || !doc.isWord(close + 1)
            if close < doc.tokens.count, doc.isToken(close, ")"), closesClause, let inner = span(from: next + 1, to: close) {
                return (inner, .direct)
            }
        }
        if doc.lineOfToken[next] == line {
            let end = doc.clause(of: next).upperBound
            if readsComplementizer(next) {
                // أضاف: أن …، مشيرا إلى أن …: the reported clause ends where another attribution starts
                if let match { return reportedContent(from: next + 1, in: doc.clause(of: next), after: match) }
                guard let content = span(from: next + 1, to: end) else { return nil }
                return (content, formOf(content))
            }
            // قالت ميركل: روسيا أقرت …، مشيرة إلى أن …: a participle cue after a comma starts its own clause
            let participle = (next..<end).first { isComma($0) && doc.isWord($0 + 1) && matchCue(at: $0 + 1)?.entry.isParticiple == true }
            guard let content = span(from: next, to: (participle ?? end)) else { return nil }
            // الوزير يؤكد: …: a headline (only its subject's words before the verb, no full stop at the end)
            // paraphrases, like a headline colon (GUIDELINES 7); وقال: … and …، قائلا: … in the body quote
            let lineStart = doc.tokensOfLine(line).lowerBound
            if let match, !match.entry.isParticiple, !match.hasConjunction, match.tokens.lowerBound > lineStart,
               doc.wordCount(lineStart..<match.tokens.lowerBound) <= lexicon.maxHeadlineSourceWords,
               (lineStart..<match.tokens.lowerBound).allSatisfy({ doc.isWord($0) }),
               doc.scalars[doc.lineRange(line)].last(where: { !$0.properties.isWhitespace }) != "." {
                return (content, formOf(content))
            }
            return (content, .direct)
        }
        let nextLine = doc.lineOfToken[next]
        guard nextLine - line <= 2, !blockedLines.contains(nextLine),
              let content = trimmed(doc.lineRange(nextLine)) else { return nil }
        return (content, .direct)
    }

    /// `وفقا لـ SOURCE، CLAUSE` or `CLAUSE، حسبما أفادت SOURCE`: the clause the cue governs.
    mutating func according(_ match: CueMatch) {
        let clause = doc.clause(of: match.tokens.lowerBound)
        let sentence = doc.sentences.isEmpty ? clause : doc.sentences[doc.sentenceOfToken[match.tokens.lowerBound]].tokens
        guard clause.upperBound >= match.tokens.upperBound else { return }
        let lineTokens = doc.tokensOfLine(doc.lineOfToken[match.tokens.lowerBound])
        let start = max(sentence.lowerBound, lineTokens.lowerBound)
        // (or after a comma when a resumptive clause follows: …، ووفقا للصحيفة فإن …)
        let leading = (start..<match.tokens.lowerBound).allSatisfy { !doc.isWord($0) || isConnective($0) }
            || match.tokens.lowerBound > start && isComma(match.tokens.lowerBound - 1)
                && Self.window(from: match.tokens.upperBound, count: 8, before: clause.upperBound).contains { doc.isWord($0) && startsResumptiveClause($0) }
        let name = match.ruleReference.accordingName
        if leading {
            // وبحسب الوكالة، فإن … or, without the comma, وبحسب الوكالة فإن …
            guard let comma = (match.tokens.upperBound..<clause.upperBound).first(where: { isComma($0) || startsResumptiveClause($0) })
            else { return }
            // في تصريح لقناة …، قال الوزير إن …: the phrase is the verb's occasion, the verb makes the claim
            if match.isOccasion, let verb = matchCue(at: comma + 1), verb.cueClass != .accordingTo { return }
            var source = sourcePhrase(match.tokens.upperBound..<comma, cliticEnd: match.span.upperBound)
            // ووفقا لها، فإن …: after an according-to cue (not an occasion) the pronoun is an implied speaker
            if !match.isOccasion, let pronoun = source, isPronounSource(pronoun) { source = nil }
            if namesNoSpeaker(source) { return }
            var contentStart = isComma(comma) ? comma + 1 : comma
            // ووفق وثائق مسربة، حصلت عليها صحيفة …، فإن …: a phrase set off by commas before the resumptive فإن
            if isComma(comma), let resumptive = Self.window(from: comma + 1, count: 11, before: clause.upperBound).first(where: {
                doc.isWord($0) && startsResumptiveClause($0) }), isComma(resumptive - 1), resumptive - 1 > comma + 1, describesSource(comma + 1..<resumptive - 1) {
                contentStart = resumptive
            }
            var startOffset: Int?
            if doc.isWord(contentStart) {
                if doc.reads(contentStart, asOneOf: lexicon.complementizers, proclitics: ["و", "ف"], enclitic: true) {
                    contentStart += 1
                } else if let reading = doc.readings(contentStart).first(where: { $0.proclitics == ["ف"] }),
                          lexicon.wordLists.contains(reading.stem, in: .resumptiveFaWords) || startsWithJoinedFa(contentStart) {
                    // review16: the resumptive ف only before a function word (فقد كانت، فهناك، فلا) or where the shape
                    // leaves no doubt (فالحكومة، فارتفعت، فستنخفض); فرنسا، فلسطين، فقدت، فتحوا، فشلت keep their ف
                    startOffset = reading.stemStart
                }
            }
            guard var content = span(from: contentStart, to: clause.upperBound) else { return }
            if let startOffset, startOffset < content.upperBound { content = startOffset..<content.upperBound }
            consume(match.tokens.upperBound..<comma)
            found.append(FoundAttribution(cue: match.span, source: source, contents: [content], stance: match.rule.stance,
                                          form: formOf(content), rule: name + "-before"))
        } else {
            // التصريحات التي خرجت على لسان الوزير: inside a relative clause the phrase says whose the noun is, it cites nobody
            if (max(start, match.tokens.lowerBound - 2)..<match.tokens.lowerBound).contains(where: { doc.isWord($0) && readsRelative($0) }) {
                return
            }
            // هي طارئة ووفق بند خاص …: an according-to word joined by و inside a clause coordinates, it cites nobody
            if match.hasConjunction, doc.isWord(match.tokens.lowerBound - 1) { return }
            // تجري وفق المعتاد، تختلف حسب المنطقة: bare وفق/حسب inside a clause means "in line with"
            if doc.isWord(match.tokens.lowerBound - 1), match.entry.words.count == 1,
               let word = match.entry.words.first?.text, word == "وفق" || word == "حسب" { return }
            var end = match.tokens.upperBound
            while end < clause.upperBound, !isComma(end) { end += 1 }
            if namesItsSpeaker(match) {
                // …، بحسب قوله "…": the speaker is the pronoun; a quotation right after is what was said
                if let quotation = doc.quotation(openingAt: doc.tokens[min(match.tokens.upperBound, doc.tokens.count - 1)].start),
                   match.tokens.upperBound < clause.upperBound, quotation.wordCount > 0 {
                    consume(match.tokens.upperBound..<end)
                    found.append(FoundAttribution(cue: match.span, source: nil, contents: [quotation.inner], stance: match.rule.stance,
                                                  form: .direct, rule: name + "-quote"))
                    return
                }
                end = match.tokens.upperBound
            }
            var source = sourcePhrase(match.tokens.upperBound..<end, cliticEnd: match.span.upperBound)
            if !match.isOccasion, let pronoun = source, isPronounSource(pronoun) { source = nil }
            if namesNoSpeaker(source) { return }
            var contentEnd = match.tokens.lowerBound
            while contentEnd > start, !doc.isWord(contentEnd - 1), !isQuoteMark(contentEnd - 1) { contentEnd -= 1 }
            // …، وذلك وفقا لما جاء في …: the pointer back to the clause stays outside it
            if contentEnd - 1 > start, doc.isWord(contentEnd - 1), doc.stemWithoutConjunction(contentEnd - 1) == Word("ذلك") {
                contentEnd -= 1
                while contentEnd > start, !doc.isWord(contentEnd - 1), !isQuoteMark(contentEnd - 1) { contentEnd -= 1 }
            }
            var contentStart = start
            // السوسنة - نفت …: a dateline at the line's start stays outside the clause
            if start == lineTokens.lowerBound,
               let dash = Self.window(from: start, count: 4, before: contentEnd).first(where: { doc.isToken($0, "-") || doc.isToken($0, "–") }),
               dash > start, (start..<dash).allSatisfy({ doc.isWord($0) }),
               doc.scalars[doc.tokens[dash].start - 1] == " ", doc.tokens[dash].end < doc.scalars.count,
               doc.scalars[doc.tokens[dash].end] == " " {
                contentStart = dash + 1
            }
            let clauseStart = contentStart
            while contentStart < contentEnd, doc.isWord(contentStart), isConnective(contentStart) { contentStart += 1 }
            // إلى ذلك، قالت المؤسسة …، بحسب نص البيان: a connective phrase set off by a comma stays outside
            if let after = connectivePhraseEnd(at: contentStart, before: contentEnd) { contentStart = after }
            guard var content = span(from: contentStart, to: contentEnd) else { return }
            if contentStart == clauseStart, doc.isWord(contentStart), matchCue(at: contentStart)?.hasConjunction == true
                || startsWithJoinedPreposition(contentStart) || conjunctionEnd(of: contentStart) != nil
                || startsWithJoinedVerb(contentStart) || startsWithJoinedFa(contentStart) || startsWithJoinedNegator(contentStart) {
                // a sentence-initial conjunction stays outside: وأضاف ابن زايد … → أضاف …، وفي بداية الجلسة … → في …
                content = (doc.tokens[contentStart].start + 1)..<content.upperBound
            }
            consume(match.tokens.upperBound..<end)
            found.append(FoundAttribution(cue: match.span, source: source, contents: [content], stance: match.rule.stance,
                                          form: formOf(content), rule: name + "-after"))
        }
    }

    /// Whether an according-to phrase's "Source" is a rule or plan it follows (`طبقا للقانون`، `بحسب الاتفاق
    /// الدولي`): "in line with", no speaker.
    mutating func namesNoSpeaker(_ source: Range<Int>?) -> Bool {
        guard let source else { return false }
        // في بيان لها، في تصريح له: the pronoun of the medium's owner, the clause's own subject, cites nobody else
        if isPronounSource(source) { return true }
        var index = doc.firstToken(atOrAfter: source.lowerBound)
        // the Source may start inside a token (the cue took the ل of للقانون)
        if index > 0, index > doc.tokens.count - 1 || doc.tokens[index].start > source.lowerBound { index -= 1 }
        guard doc.isWord(index) else { return false }
        // the cue may have taken the ل of للقانون: read the word from the Source's start, with its article
        // built in one step (appending a slice to a String's scalars is an unspecialized per-scalar loop)
        var word = SpanText.coveredText(of: [source.lowerBound..<doc.tokens[index].end], in: doc.scalars)
        if word.hasPrefix("ل"), !word.hasPrefix("ال") { word = "ا" + word }
        if lexicon.notSpeakers.contains(doc.keys[index]) { return true }
        // وفقا للنظام الأساسي: a statute (not النظام السوري, the regime: a Source)
        if doc.keys[index].hasSuffix("نظام"), doc.isWord(index + 1),
           lexicon.wordLists.contains(doc.keys[index + 1], in: .statuteAdjectives) { return true }
        // وفقا لما تضمنته الخطة: ما with a verb that is no cue (not لما نشرته الصحيفة) is "in line with"
        if word == "لما" || word == "ما", doc.isWord(index + 1), matchCue(at: index + 1) == nil { return true }
        guard let normalized = Tokenizer().tokenize(word).first?.normalized else { return false }
        return lexicon.notSpeakers.contains(Lexicon.key(normalized))
    }

    /// Whether `source` is only an attached pronoun an according-to cue ending in لـ left (`لها`).
    mutating func isPronounSource(_ source: Range<Int>) -> Bool {
        source.count <= 2 && Self.pronounSources.contains(SpanText.coveredText(of: [source], in: doc.scalars))
    }

    /// Attached pronouns that an according-to cue ending in لـ may leave as its "Source".
    static let pronounSources: Set<String> = ["ه", "ها", "هم", "هما"]

    /// Whether an according-to cue ends with its speaker as an attached pronoun (`بحسب قوله`، `على حد
    /// تعبيرها`): no Source phrase follows it.
    mutating func namesItsSpeaker(_ match: CueMatch) -> Bool {
        guard match.entry.words.count >= 2, let last = match.entry.words.last else { return false }
        return lexicon.wordLists.contains(last, in: .sayingWithPronoun)
    }

    /// Whether token `index` looks like a verb joined by و at a clause start (`وحمل`، `وتعود`): a
    /// three-letter perfect, a four-letter one in أ, or an imperfect with ت/ي/ن after the و.
    mutating func startsWithJoinedVerb(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.keys[index].hasPrefix("و") else { return false }
        let rest = Array(doc.keys[index].text.unicodeScalars.dropFirst())
        guard let first = rest.first else { return false }
        // (and a four-letter perfect in أ: وأشاد، وأعلن; not a longer word such as واشنطن)
        // (written with its hamza: in وافقت، واصلت، والدة the و is the word's own)
        // (and a future imperfect: وستوسع، وسيبدأ)
        // (review16: not a noun of the shapes فعول، فعيل whose و is its own: وجود، وصول، وقوع، وزير، وكيل)
        return rest.count == 3 && rest[1] != "و" && !lexicon.wordLists.contains(doc.keys[index], in: .ownWawNouns)
            || rest.count >= 4 && ["ت", "ي", "ن"].contains(first)
            || rest.count == 4 && first == "ا" && (doc.surfaceHasPrefix(index, "وأ") || doc.surfaceHasPrefix(index, "وإ"))
            // (and a future imperfect or a derived perfect: وستوسع، وارتفعت; not واشنطن, وافقت، واصلت)
            || Self.isDerivedPerfectOrFuture(rest)
    }

    /// Whether the letters after a joined و or ف (`rest`) have the shape of a derived perfect whose alef is
    /// a connecting one (افتعل ارتفعت، انفعل انخفض، استفعل استقرت) or of a future imperfect (ستنخفض، سيبدأ), so
    /// that the joined letter can only be a conjunction; not واشنطن, nor وافقت، واصلت, whose و is their own.
    static func isDerivedPerfectOrFuture(_ rest: [Unicode.Scalar]) -> Bool {
        guard rest.count >= 5 else { return false }
        return rest[0] == "ا" && (rest[2] == "ت" || rest[1] == "ن" || rest[1] == "س" && rest[2] == "ت")
            || rest[0] == "س" && ["ت", "ي", "ن"].contains(rest[1])
    }

    /// Whether token `index` is a word joined by ف at a clause start whose shape leaves no doubt (GUIDELINES
    /// 6: the clitic stays outside): a derived perfect (`فارتفعت`), a future imperfect (`فستنخفض`) or a definite
    /// word (`فالأسعار`); not a three-letter perfect in ف (`فقدت`، `فتحوا` keep their ف).
    mutating func startsWithJoinedFa(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.keys[index].hasPrefix("ف") else { return false }
        let rest = Array(doc.keys[index].text.unicodeScalars.dropFirst())
        guard rest.count >= 5 else { return false }
        return rest[0] == "ا" && rest[1] == "ل" || Self.isDerivedPerfectOrFuture(rest)
    }

    /// round13: whether token `index` is a negator joined by و (`ولم يقل الوزير …، بحسب ما نقلته صحيفة "القبس"`):
    /// the sentence's conjunction stays outside the clause a trailing according-to phrase governs.
    mutating func startsWithJoinedNegator(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.hasConjunction(index), doc.keys[index].hasPrefix("و") else { return false }
        let stem = doc.stemWithoutConjunction(index)
        return lexicon.negators.phrases(startingWith: stem).contains { $0.count == 1 }
    }

    /// Whether token `index` is a preposition joined by و (`وفي`، `وعلى`).
    mutating func startsWithJoinedPreposition(_ index: Int) -> Bool {
        doc.isWord(index) && doc.hasConjunction(index) && doc.keys[index].hasPrefix("و")
            && lexicon.prepositions.contains(doc.stemWithoutConjunction(index))
    }

    /// Whether token `index` is a resumptive `فإن`/`فإنه` or `فقد` that opens the clause an according-to
    /// phrase governs.
    mutating func startsResumptiveClause(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.keys[index].hasPrefix("ف") else { return false }
        return doc.keys[index] == "فقد"
            || doc.reads(index, asOneOf: lexicon.complementizers, proclitics: ["ف"], enclitic: true)
    }

    /// review16: whether the phrase set off by commas after an according-to Source describes that Source
    /// (`ووفق وثائق مسربة، حصلت عليها صحيفة …، فإن …`، `ووفقا لتقرير، صدر أمس …، فإن …`), rather than opening the
    /// claim with a condition, a time, a cause or a prepositional phrase (`بحسب المصادر، إذا فشلت المفاوضات، فإن …`).
    mutating func describesSource(_ phrase: Range<Int>) -> Bool {
        guard phrase.lowerBound < phrase.upperBound, doc.isWord(phrase.lowerBound) else { return false }
        if lexicon.relatives.contains(doc.keys[phrase.lowerBound]) { return true }
        let first = doc.stemWithoutConjunction(phrase.lowerBound)
        return !lexicon.wordLists.contains(first, in: .clauseOpeners) && !isPreposition(phrase.lowerBound)
    }

    /// Discourse phrases set off by a comma at a clause's start (`إلى ذلك،`، `من جهته،`), normalized; the
    /// first word may carry و.
    static let connectivePhrases: [[Word]] = [
        ["الي", "ذلك"], ["من", "جهته"], ["من", "جهتها"], ["من", "جهتهم"], ["من", "جانبه"], ["من", "جانبها"],
        ["من", "جانبهم"], ["من", "ناحيته"], ["من", "ناحيتها"], ["في", "المقابل"], ["في", "الاثناء"],
        ["في", "غضون", "ذلك"], ["بدوره"], ["بدورها"], ["بدورهم"], ["علاوه", "علي", "ذلك"], ["في", "سياق", "متصل"],
    ]

    /// Where the clause starts after a connective phrase and its comma at `index` (`إلى ذلك، قالت …`), or nil.
    mutating func connectivePhraseEnd(at index: Int, before end: Int) -> Int? {
        phrases: for phrase in Self.connectivePhrases {
            var next = index
            for (position, word) in phrase.enumerated() {
                guard next < end, doc.isWord(next),
                      (position == 0 ? doc.stemWithoutConjunction(next) : doc.keys[next]) == word else { continue phrases }
                next += 1
            }
            if next < end, isComma(next) { return next + 1 }
        }
        return nil
    }

    /// Whether token `index` is a conjunction or discourse connective at a clause start.
    mutating func isConnective(_ index: Int) -> Bool {
        // كما "also" opens a clause too (كما عقد الوزير …، وفقا لـ"واس": the clause starts at عقد)
        ["و", "ف", "لكن", "ولكن", "ثم", "كما"].contains(doc.keys[index])
    }

    /// `span(_:droppingLinks:)` of the tokens from `lower` up to `upper`: nil when `lower` is at or
    /// past `upper` (bounds found by looking ahead need not be in order).
    mutating func span(from lower: Int, to upper: Int, droppingLinks: Bool = false) -> Range<Int>? {
        lower < upper ? span(lower..<upper, droppingLinks: droppingLinks) : nil
    }

    /// The scalar span of the tokens in `range`, trimmed; links and leading symbols dropped when asked.
    mutating func span(_ range: Range<Int>, droppingLinks: Bool = false) -> Range<Int>? {
        var lower = range.lowerBound, upper = min(range.upperBound, doc.tokens.count)
        while lower < upper, doc.tokens[lower].kind != .word, doc.tokens[lower].kind != .number,
              !isQuoteMark(lower), !doc.isToken(lower, "(") { lower += 1 }
        if droppingLinks {
            while upper > lower, doc.tokens[upper - 1].kind == .url || doc.tokens[upper - 1].kind == .punctuation
                    || doc.tokens[upper - 1].kind == .symbol || doc.tokens[upper - 1].kind == .emoji { upper -= 1 }
        }
        guard lower < upper else { return nil }
        return trimmed(doc.tokens[lower].start..<doc.tokens[upper - 1].end)
    }

    /// Mixed when the Content holds a quoted fragment of two words or more, Indirect otherwise.
    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func formOf(_ content: Range<Int>) -> Form {
        var index = doc.firstQuotation(openingAtOrAfter: content.lowerBound)
        while index < doc.quotations.count, doc.quotations[index].open.lowerBound < content.upperBound {
            if doc.quotations[index].wordCount >= 2, !namesSomething(doc.quotations[index]) { return .mixed }
            index += 1
        }
        return .indirect
    }

    /// Whether a quotation of several words is a name, not anybody's words (GUIDELINES 7): a naming noun
    /// stands right before it (`عملية "درع الفرات"`) or heads it (`"حزب العمال الكردستاني"`).
    func namesSomething(_ quotation: Quotation) -> Bool {
        let opening = doc.firstToken(atOrAfter: quotation.open.lowerBound)
        if opening > 0, doc.isWord(opening - 1), lexicon.wordLists.contains(doc.stemWithoutConjunction(opening - 1), in: .nameHeads) {
            return true
        }
        // (review16: a name is short; a longer quotation that opens with حزب is somebody's words: "حزب الحكومة لا يريد …")
        let first = doc.firstToken(atOrAfter: quotation.inner.lowerBound)
        return first < doc.tokens.count && doc.tokens[first].start < quotation.inner.upperBound && doc.isWord(first)
            && lexicon.wordLists.contains(doc.stemWithoutConjunction(first), in: .nameHeads) && quotation.wordCount <= 4
    }
}
