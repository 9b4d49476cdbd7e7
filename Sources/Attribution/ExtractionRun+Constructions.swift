import ArabicText

/// What the scan to the right of a cue stopped at.
enum CueGapEnd {
    case complementizer(Int)
    case colon(Int)
    case quotation(Int, Quotation)
    case nothing(Int)
}

extension ExtractionRun {
    /// Builds the attributions of one cue from the constructions its rule licenses.
    mutating func attribute(_ match: CueMatch) {
        // the class is read from the form: a copy of the rule would retain all its parts
        if match.cueClass == .accordingTo {
            according(match)
            return
        }
        let fullClause = doc.clause(of: match.tokens.lowerBound)
        // بيّن الوزير أن …، not جمع بين الفريقين: a clause-initial cue has no word right before it
        if match.licenses(.clauseInitial), match.tokens.lowerBound > fullClause.lowerBound,
           doc.isWord(match.tokens.lowerBound - 1) { return }
        // a cue inside a quotation ("… ونؤكد أن …" وكان …) says nothing past its closing mark
        let clause = fullClause.lowerBound..<max(match.tokens.upperBound,
                                                  min(fullClause.upperBound, enclosingQuotationClose(of: match) ?? fullClause.upperBound))
        let sentenceIndex = doc.sentenceOfToken[match.tokens.lowerBound]
        guard clause.upperBound >= match.tokens.upperBound,
              doc.sentences.isEmpty || doc.sentences[sentenceIndex].tokens.upperBound >= match.tokens.upperBound else { return }
        // ستعلن، سيقول: a future cue reports no speech yet
        if isFuture(match) { return }
        if isSubjunctive(match) { return }
        // ومتابعة ملف …: a participle form joined by و is the verbal noun, not a circumstantial participle
        if match.entry.isParticiple, match.hasConjunction { return }
        // الإعلان كان متوقعا بعد …، لم يكن متوقعا أن …، بات متوقعا أن …: after a form of كان or of its sisters
        // the participle form is the predicate, "expected"
        if match.entry.isParticiple, doc.isWord(match.tokens.lowerBound - 1),
           lexicon.wordLists.contains(doc.stemWithoutConjunction(match.tokens.lowerBound - 1), in: .copulaForms) { return }
        // بعد ساعات من نشر التقرير: after a preposition نشر، نقل، بث are verbal nouns
        if match.cueClass == .publication, !match.hasConjunction, match.tokens.lowerBound > 0,
           doc.isWord(match.tokens.lowerBound - 1), isPreposition(match.tokens.lowerBound - 1) { return }
        if isByline(match) { return }
        // كل ما يُنشر عن …: after a quantifier, ما is the relative "all that", the cue its clause (no claim);
        // إذا وجد الطالب صعوبة: …: a cue after a conditional states a condition, no claim
        if followsQuantifiedMa(match) || followsConditional(match) { return }
        // the word right before the cue, without و/ف
        let before = match.tokens.lowerBound - 1
        let stemBefore = before >= 0 && doc.isWord(before) ? doc.stemWithoutConjunction(before) : nil
        // الروس أكثر حذرا: after an elative the form is its noun of specification, no verb
        if let stemBefore, lexicon.wordLists.contains(stemBefore, in: .elatives) { return }
        // في بيان تابعته “218”: a cue that takes no object, with an object pronoun right after an indefinite noun,
        // is a relative clause on that noun in another sense ("followed"), no claim
        if !match.hasConjunction, !match.takesObject,
           match.entry.words.count == 1, cueCarriesPronoun(match), let stemBefore, !stemBefore.hasPrefix("ال"),
           lexicon.wordLists.contains(stemBefore, in: .relativeClauseMedia),
           !isRelativeMaCue(match), !lexicon.negators.containsWord(doc.keys[before]) { return }
        let latin = doc.scalars[match.span.lowerBound].isASCII
        let gap = latin ? CueGapEnd.nothing(match.tokens.upperBound) : scanGap(after: match)
        var name = match.entry.isParticiple ? match.ruleReference.participleName : match.ruleReference.verbName
        var contents: [Range<Int>] = []
        var form = Form.indirect
        var gapEnd: Int
        // a cue that licenses neither order (تحدث) takes no that-clause or quotation, only its colon (and it
        // may still name the subject of a later فقال:): not الزيادات تحدث بالتوازي مع حقيقة أن …، وتحدث عن “…”
        if !(match.licenses(.verbSubject) || match.licenses(.subjectVerb)) {
            switch gap {
            case .complementizer, .quotation: return
            default: break
            }
        }
        switch gap {
        case .complementizer(let index):
            gapEnd = index
            if readsWhether(index, after: match) || readsUntil(index, after: match) || readsProvidedThat(index, after: match) { return }
            guard let (content, contentForm) = reportedContent(from: index + 1, in: clause, after: match) else { return }
            contents = [content]; form = contentForm; name += "-that"
        case .colon(let index):
            gapEnd = index
            // الصحة تنفي حدوث حريق …: تمرين إخلاء: a cue without the colon construction takes its object before the colon
            if !match.licenses(.colon), match.licenses(.object),
               let (source, content, objectForm) = object(match, clause: clause.lowerBound..<index) {
                guard startsClaim(content, of: match) else { return }
                found.append(FoundAttribution(cue: match.span, source: source, contents: [content],
                                              stance: stance(match, content: content), form: objectForm,
                                              rule: name + "-object"))
                return
            }
            guard let (content, contentForm) = colonContent(after: index, of: match) else { return }
            contents = [content]; form = contentForm; name += "-colon"
        case .quotation(let index, let quotation):
            gapEnd = index
            // وأكد الرئيس أهمية “خلق أفق سياسي …”: a claim word right before the quotation heads the object,
            // the quotation is inside it (Mixed); the Source stays in the gap before the claim word
            // (an indefinite head: in ونفت السلطات "…" the definite word is the Source)
            if index - 1 >= match.tokens.upperBound, doc.isWord(index - 1), isObjectStartWord(index - 1),
               !doc.stemWithoutConjunction(index - 1).hasPrefix("ال"), match.takesObject,
               let (content, contentForm) = reportedContent(from: index - 1, in: clause, after: match) {
                gapEnd = index - 1
                contents = [content]; form = contentForm; name += "-object"
                break
            }
            guard match.licenses(.colon) || match.licenses(.quote) || match.licenses(.object) else { return }
            contents = [quotation.inner]; form = .direct; name += "-quote"
            // قالت المؤسسة، “إن الأخبار …”: a complementizer opening the quotation stays outside the Content
            let opening = doc.firstToken(atOrAfter: quotation.inner.lowerBound)
            if opening < doc.tokens.count, doc.tokens[opening].start == quotation.inner.lowerBound, readsComplementizer(opening),
               opening + 1 < doc.tokens.count, doc.isWord(opening + 1), doc.tokens[opening + 1].end <= quotation.inner.upperBound {
                contents = [doc.tokens[opening + 1].start..<quotation.inner.upperBound]
            }
            // "…"، قال الوزير، "…": a split quotation has a comma before its second half (not وأضاف «…»)
            if match.licenses(.quote), isComma(index - 1), let before = quotationBefore(match) {
                contents = [before.inner, quotation.inner]   // "…"، قال الوزير، "…": a quotation split by its cue
                name += "-split"
            }
        case .nothing(let index):
            gapEnd = index
            if latin, case let from = englishContentStart(match), from < clause.upperBound,
               let content = span(from: from, to: clause.upperBound, droppingLinks: true) {
                contents = [content]; name += "-clause"
                form = formOf(content)
            } else if match.licenses(.quote), let quotation = quotationBefore(match) {
                contents = [quotation.inner]; form = .direct; name += "-after-quote"
                gapEnd = clause.upperBound
                // "…". وأكد المسؤول الثاني ذلك: the anaphor after the Source points back to the quotation
                while gapEnd > match.tokens.upperBound, !doc.isWord(gapEnd - 1) || lexicon.anaphors.contains(doc.keys[gapEnd - 1]) {
                    gapEnd -= 1
                }
                if let comma = firstComma(in: match.tokens.upperBound..<clause.upperBound), comma + 1 < doc.tokens.count,
                   let second = doc.quotation(openingAt: doc.tokens[comma + 1].start) {
                    contents.append(second.inner)   // "…"، قال الوزير، "…": a quotation split by its cue
                    gapEnd = comma
                    name += "-split"
                }
            } else if match.cueClass == .publication, let relayed = relayedObject(match, clause: clause) {
                // نقلت رويترز عن مصادر التوصل إلى اتفاق: the publisher and the original speaker share the object
                found.append(FoundAttribution(cue: match.span, source: relayed.publisher, contents: [relayed.content],
                                              stance: stance(match, content: relayed.content), form: formOf(relayed.content),
                                              rule: name + "-object"))
                found.append(FoundAttribution(cue: relayed.relay.cue, source: relayed.relay.source, contents: [relayed.content],
                                              stance: .assert, form: formOf(relayed.content), rule: match.ruleReference.relayName))
                return
            } else if match.licenses(.parenthetical), let (source, content) = parenthetical(match, clause: clause) {
                found.append(FoundAttribution(cue: match.span, source: source, contents: [content],
                                              stance: stance(match, content: content), form: formOf(content),
                                              rule: name + "-parenthetical"))
                return
            } else if match.takesObject,
                      let (source, content, objectForm) = object(match, clause: clause) {
                guard startsClaim(content, of: match) else { return }
                // a Content that starts inside the text's last word (after its ب) has no word after it to test
                guard doc.firstToken(atOrAfter: content.lowerBound) < doc.tokens.count else { return }
                // …، متوقعا استمرار …: a `comma-object` cue (the participle متوقعا) takes its object after a comma,
                // not a preposition (جاء قرار البنك متوقعا بعد ارتفاع التضخم: the predicate, "expected")
                if match.licenses(.commaObject), !isComma(match.tokens.lowerBound - 1)
                    || isPreposition(doc.firstToken(atOrAfter: content.lowerBound)) { return }
                // وأكد على أهمية …: with no Source, a cue opening its clause speaks for the previous speaker
                let impliedSpeaker = source == nil && hasImpliedSpeaker(match, clause: clause)
                let sourceAfter = source.map { $0.lowerBound >= match.span.upperBound } ?? false
                // شدد الوزير على ضرورة …، صندوق النقد يتوقع نمو …: with a Source either side, a restricted
                // cue's object counts when it opens with a claim word (ضرورة، أهمية، نمو)
                // (a Source before the cue only when it opens a headline, a line without a final full stop:
                // not التحولات … أكدت أهمية …)
                let line = doc.lineRange(doc.lineOfToken[match.tokens.lowerBound])
                let sourceOpensLine = source?.lowerBound == line.lowerBound
                    && doc.scalars[line].last(where: { !$0.properties.isWhitespace }) != "."
                let claimAfterSource = (sourceAfter || sourceOpensLine) && (match.licenses(.objectImplied) || match.licenses(.objectAfterSource))
                    && isObjectStartWord(doc.firstToken(atOrAfter: content.lowerBound))
                // وذكرت الصحيفة اسم المتهم: after its Source a `mention` cue's plain noun object is a mention, no claim;
                // a claim word (ارتفاع، مقتل، أهمية) or a phrase set off before it (ذكر الرئيس X من بين التحديات، ضعف …) makes one
                let firstWord = doc.firstToken(atOrAfter: content.lowerBound)
                let mentionOnly = match.licenses(.mention) && !isObjectStartWord(firstWord) && !isComma(firstWord - 1)
                    && !doc.keys[firstWord].hasPrefix("ال") && !doc.readings(firstWord).contains { $0.hasEnclitic && $0.proclitics.isEmpty }
                    && !(doc.isWord(firstWord - 1) && governs(match, doc.keys[firstWord - 1]))
                    && doc.tokens[firstWord].start == content.lowerBound
                guard match.licenses(.object) || impliedSpeaker || claimAfterSource
                        || match.licenses(.objectAfterSource) && sourceAfter && !mentionOnly else { return }
                if isPassiveConsidered(match, source: source, content: content) { return }
                // أكدت الشركة تقديرها لتفهم المسافرين: a reaction noun with a pronoun heads no claim
                if doc.readings(doc.firstToken(atOrAfter: content.lowerBound)).contains(where: {
                    $0.hasEnclitic && $0.proclitics.isEmpty && lexicon.wordLists.contains($0.stem, in: .reactions) }) { return }
                // ويتوقع زيادة الطلب …: a present-tense forecast in the impersonal ي form with no speaker named and
                // none before it is the writer's own (a past one, وتوقع تراجع الأسعار, reports a speaker named
                // earlier; a feminine وتتوقع ارتفاع … has an implied Source, never the writer)
                if source == nil, match.cueClass == .hedge, isImperfect(match),
                   match.entry.words.first?.text.unicodeScalars.first == "ي", !hasSpeakerBefore(match) { return }
                // لم نتوقع تلك التغييرات: a first-person verb has no Source after it
                if !match.licenses(.object), isFirstPerson(match) { return }
                if namesEvidence(source) { return }
                found.append(FoundAttribution(cue: match.span, source: source, contents: [content],
                                              stance: stance(match, content: content), form: objectForm,
                                              rule: name + "-object"))
                return
            } else {
                // وخاطب الرئيس الحضور وقال إن …: a cue of addressing (colon only) leaves its addressee out here too
                var subjectEnd = index
                if !match.licenses(.verbSubject), let addressee = objectBeforeBiAnna(match.tokens.upperBound..<index, orColon: true) {
                    subjectEnd = addressee
                }
                if !match.entry.isParticiple, let subject = sourcePhrase(match.tokens.upperBound..<subjectEnd) {
                    pendingSubject = (sentenceIndex, subject)
                }
                return
            }
        }
        consume(match.tokens.upperBound..<gapEnd)
        var (source, relays) = latin ? (nil, []) : sourceAndRelays(match.tokens.upperBound..<gapEnd, of: match)
        if isSecondPredicate(match), relays.isEmpty { source = nil }
        // السعودية التي يتوقع الصندوق أن …: a relative clause's cue keeps a Source that follows it
        let sourceAfterCue = source != nil
        if source == nil, !match.entry.isParticiple {
            source = subjectBefore(match, clause: clause)
            // (not past a cue with its own attribution: نفى مصدر مسؤول التصريح، وأوضح أن … has no Source)
            // (nor from inside another attribution's Content: قال المسؤول إن … لم يتحدث مسؤولون …، وأوضح أن … is
            // المسؤول's, not the subject inside what he said)
            if source == nil, match.hasConjunction, let pending = pendingSubject, pending.sentence == sentenceIndex,
               !found.contains(where: { $0.cue.lowerBound > pending.source.upperBound && $0.cue.lowerBound < match.span.lowerBound }),
               !found.contains(where: { $0.contents.contains { $0.contains(pending.source.lowerBound) } }) {
                source = pending.source
            }
        }
        if match.entry.isParticiple || isRelativeClauseCue(match) && !sourceAfterCue { source = nil }
        guard startsClaim(contents[0], of: match) else { return }
        if namesEvidence(source) { return }
        if source == nil, !match.entry.isParticiple, startsPhrase(lexicon.impersonals, at: match.tokens.lowerBound) {
            // ويُذكر أن …: the writer's aside; يُرجَّح، بحسب مصادر، أن …: a hedge attributed to the sources
            guard let according = relays.first else { return }
            found.append(FoundAttribution(cue: match.span, source: according.source, contents: contents,
                                          stance: stance(match, content: contents[0]), form: form, rule: name + "-impersonal"))
            return
        }
        found.append(FoundAttribution(cue: match.span, source: source, contents: contents,
                                      stance: stance(match, content: contents[0]), form: form, rule: name))
        for relay in relays {
            found.append(FoundAttribution(cue: relay.cue, source: relay.source, contents: contents,
                                          stance: .assert, form: form, rule: match.ruleReference.relayName))
        }
        if let (cue, publisher) = relativePublication(in: match.tokens.upperBound..<gapEnd) {
            found.append(FoundAttribution(cue: cue, source: publisher, contents: contents,
                                          stance: .assert, form: form, rule: "publication/relative"))
        }
    }

    /// Whether a cue speaks for the previous sentence's speaker: it opens its clause after و (`وأكد على
    /// أهمية …`) or after كما، فيما، حيث (`كما شدد على ضرورة …`), and is no impersonal passive (`ويُنصح باتخاذ`).
    mutating func hasImpliedSpeaker(_ match: CueMatch, clause: Range<Int>) -> Bool {
        let previous = match.tokens.lowerBound - 1
        let opens = match.tokens.lowerBound == clause.lowerBound || !doc.isWord(previous)
        let afterAdverb = previous >= clause.lowerBound && doc.isWord(previous)
            && (lexicon.wordLists.contains(doc.keys[previous], in: .impliedSpeakerWords)
                || lexicon.wordLists.contains(doc.stemWithoutConjunction(previous), in: .impliedSpeakerWords))
        return (opens && match.hasConjunction || afterAdverb) && !startsPhrase(lexicon.impersonals, at: match.tokens.lowerBound)
    }

    /// Whether an attribution found before the cue has its cue at most four lines up (its paragraph or
    /// the one before): the speaker a cue with an implied subject continues.
    mutating func hasSpeakerBefore(_ match: CueMatch) -> Bool {
        guard let previous = found.last(where: { $0.cue.upperBound <= match.span.lowerBound }) else { return false }
        return doc.line(of: previous.cue.lowerBound) + 4 >= doc.lineOfToken[match.tokens.lowerBound]
    }

    /// Whether a one-word cue form is an imperfect verb: it starts with ي, or with ت where the same form
    /// with ي is a cue of the same class (`تتوقع` → `يتوقع`; not the perfect `توقع`).
    mutating func isImperfect(_ match: CueMatch) -> Bool {
        guard match.entry.words.count == 1, !match.entry.isParticiple, let form = match.entry.words.first?.text,
              let first = form.unicodeScalars.first else { return false }
        if first == "ي" { return true }
        guard first == "ت" else { return false }
        let third = Word("ي" + String(form.unicodeScalars.dropFirst()))
        return lexicon.cues[third]?.contains { $0.cueClass == match.cueClass } == true
    }

    /// Whether the cue follows ما after a quantifier (`كل ما ينشر عن …`، `جميع ما قيل`): the relative "all
    /// that is said", the writer's reference to it, no claim.
    mutating func followsQuantifiedMa(_ match: CueMatch) -> Bool {
        let ma = match.tokens.lowerBound - 1
        guard ma >= 1, doc.isWord(ma), doc.keys[ma] == Self.ma, doc.isWord(ma - 1) else { return false }
        return lexicon.wordLists.contains(doc.stemWithoutConjunction(ma - 1), in: .quantifiers)
    }

    /// Whether a conditional particle stands right before the cue (after a negator, if any): `إذا وجد …:`،
    /// `لو قال الوزير إن …`: a condition or a hypothesis, no claim.
    mutating func followsConditional(_ match: CueMatch) -> Bool {
        let previous = match.tokens.lowerBound - 1 - match.negatorLength
        guard previous >= 0, doc.isWord(previous) else { return false }
        return lexicon.wordLists.contains(doc.stemWithoutConjunction(previous), in: .conditionals)
    }

    /// Whether the Source's first word is an `evidence` subject (`الأرقام`، `المؤشرات`): figures point to
    /// something, they do not say it.
    mutating func namesEvidence(_ source: Range<Int>?) -> Bool {
        guard let source else { return false }
        var first = doc.firstToken(atOrAfter: source.lowerBound)
        // (review16: a Source after a clitic و starts inside its token: والمؤشرات الاقتصادية تؤكد …)
        if first > 0, doc.tokens[first - 1].end > source.lowerBound { first -= 1 }
        guard first < doc.tokens.count, doc.isWord(first) else { return false }
        guard lexicon.evidence.contains(doc.keys[first]) || lexicon.evidence.contains(doc.stemWithoutConjunction(first)) else { return false }
        // review16: figures that name who issued them are that body's statistics, a document that speaks (GUIDELINES 2):
        // أرقام وزارة المالية، مؤشرات البنك الدولي (an indefinite head in construct), الأرقام الصادرة عن البنك المركزي،
        // الأرقام الرسمية
        var words = first + 1
        while words < doc.tokens.count, doc.tokens[words].end <= source.upperBound { words += 1 }
        if first + 1 < words, doc.isWord(first + 1), !doc.stemWithoutConjunction(first).hasPrefix("ال") { return false }
        if (first + 1..<words).contains(where: { doc.isWord($0) && lexicon.wordLists.contains(doc.keys[$0], in: .issuedFigures) }) {
            return false
        }
        return true
    }

    /// ما, normalized.
    static let ma = Word("ما")

    /// `قال الوزير في تصريح نقلته وسائل إعلام محلية إن …`: a publication cue with an object pronoun in a
    /// cue's gap, followed by its own Source, publishes the same Content (not `نشرته على موقعها`).
    mutating func relativePublication(in gap: Range<Int>) -> (cue: Range<Int>, publisher: Range<Int>)? {
        for index in gap where index > gap.lowerBound {
            guard let inner = relativePublicationCue(at: index),
                  let publisher = sourcePhrase(inner.tokens.upperBound..<gap.upperBound, cliticEnd: inner.span.upperBound)
            else { continue }
            return (inner.span, publisher)
        }
        return nil
    }

    /// The publication cue with an object pronoun at `index` (`نشرتها`، `نقلته`): a relative clause of
    /// the noun before it (`دراسة حديثة نشرتها مجلة …`).
    mutating func relativePublicationCue(at index: Int) -> CueMatch? {
        guard doc.isWord(index), let inner = matchCue(at: index), inner.cueClass == .publication, startsCue(index),
              inner.entry.words.count == 1, let word = inner.entry.words.first,
              Self.letterCount(doc.stemWithoutConjunction(index)) > Self.letterCount(word) else { return nil }
        return inner
    }

    /// `نقلت رويترز عن مصادر مطلعة التوصل إلى اتفاق`: a publication cue, its Source, a relay (`عن`) and the
    /// original speaker, then an object noun phrase (to the next comma) that both report.
    mutating func relayedObject(_ match: CueMatch, clause: Range<Int>) -> (publisher: Range<Int>?, relay: Relay, content: Range<Int>)? {
        guard let relayIndex = Self.window(from: match.tokens.upperBound, count: lexicon.maxSourceWords, before: clause.upperBound)
                .first(where: { doc.isWord($0) && lexicon.relays.contains(doc.keys[$0]) }),
              doc.isWord(relayIndex + 1) && doc.keys[relayIndex + 1] != "طريق"   // عن طريق: "by way of"
                || isQuoteMark(relayIndex + 1),   // عن "كونا": a quoted name
              let speaker = sourcePhrase(relayIndex + 1..<clause.upperBound, stopAtObject: true) else { return nil }
        var objectStart = doc.firstToken(atOrAfter: speaker.upperBound)
        while objectStart < clause.upperBound, isQuoteMark(objectStart) { objectStart += 1 }   // the quoted name's closing mark
        // عن مركز التواصل، الأربعاء، تأكيدا …: a time set off by commas before the object
        if isComma(objectStart), let after = afterTimeSetOff(objectStart + 1, before: clause.upperBound) { objectStart = after }
        var end = objectStart
        while end < clause.upperBound, !isComma(end), !(end > objectStart && startsCoordinatedCue(end)) { end += 1 }
        guard end > objectStart, doc.isWord(objectStart), let content = span(from: objectStart, to: end) else { return nil }
        let publisher = sourcePhrase(match.tokens.upperBound..<relayIndex) ?? subjectBefore(match, clause: clause)
        consume(match.tokens.upperBound..<objectStart)
        return (publisher, Relay(cue: doc.tokens[relayIndex].start..<doc.tokens[relayIndex].end, source: speaker), content)
    }

    /// Whether `content` starts with a word its cue's `claim-object` list allows (always, without a list).
    mutating func startsClaim(_ content: Range<Int>, of match: CueMatch) -> Bool {
        guard let heads = lexicon.claimObjectsByRuleIndex[match.entry.rule] else { return true }
        let first = doc.firstToken(atOrAfter: content.lowerBound)
        guard doc.isWord(first) else { return false }
        return heads.contains(doc.keys[first]) || heads.contains(doc.stemWithoutConjunction(first))
    }

    /// Whether the cue is a first-person imperfect (`نتوقع`، `أؤكد`): its form with ي instead of ن or أ
    /// (normalized: ا) is a form of the same cue record.
    mutating func isFirstPerson(_ match: CueMatch) -> Bool {
        guard match.entry.words.count == 1, let form = match.entry.words.first?.text,
              let first = form.unicodeScalars.first, first == "ن" || first == "ا" else { return false }
        let third = Word("ي" + String(form.unicodeScalars.dropFirst()))
        if lexicon.cues[third]?.contains(where: { $0.rule == match.entry.rule }) == true { return true }
        // أكد أن تعهد الحكومة بعدم …: a تفعّل perfect (its imperfect is يتعهد) right after أن is the verbal noun
        return first == "ت" && lexicon.cues[Word("ي" + form)]?.contains { $0.rule == match.entry.rule } == true
    }

    /// `البترا تعتبر نافذة …`، `الوزير يعتبر أحد أعضاء الحكومة`: after its subject, an imperfect cognition
    /// verb without a pronoun before an indefinite predicate is the passive "is considered", no belief.
    mutating func isPassiveConsidered(_ match: CueMatch, source: Range<Int>?, content: Range<Int>) -> Bool {
        // ويعتبر من أحدث ابتكاراته، تعتبر من أهم المشاريع: before من ("among") with no Source after it the
        // imperfect is the passive "is considered" too
        if match.cueClass == .cognition, source.map({ $0.upperBound <= match.span.lowerBound }) ?? true,
           let first = match.entry.words.first?.text.unicodeScalars.first, first == "ي" || first == "ت",
           case let head = doc.firstToken(atOrAfter: content.lowerBound), doc.isWord(head), doc.keys[head] == "من" { return true }
        guard match.cueClass == .cognition, match.entry.words.count == 1, !match.hasConjunction,
              let source, source.upperBound <= match.span.lowerBound,
              let first = match.entry.words.first?.text.unicodeScalars.first, first == "ي" || first == "ت",
              doc.stemWithoutConjunction(match.tokens.lowerBound) == match.entry.words[0] else { return false }
        let head = doc.firstToken(atOrAfter: content.lowerBound)
        return doc.isWord(head) && !doc.keys[head].hasPrefix("ال")
    }

    /// `كتب- حسن مرسي:` / `كتبت: سارة …` at a line start: the writer's credit line, no claim.
    mutating func isByline(_ match: CueMatch) -> Bool {
        guard match.cueClass == .writing, !match.hasConjunction else { return false }
        let first = match.tokens.lowerBound
        guard first == doc.tokensOfLine(doc.lineOfToken[first]).lowerBound, match.tokens.upperBound < doc.tokens.count,
              doc.lineOfToken[match.tokens.upperBound] == doc.lineOfToken[first] else { return false }
        return ["-", "–", "—", ":"].contains(doc.surface(match.tokens.upperBound))
    }

    /// Whether the cue carries the future prefix س (`ستعلن`، `وسيقول`) that its form does not have.
    mutating func isFuture(_ match: CueMatch) -> Bool {
        guard match.entry.words.count == 1 else { return false }
        let stem = doc.stemWithoutConjunction(match.tokens.lowerBound)
        // most cues do not start with س: ruled out on the first scalar before building any string
        guard stem.firstScalar == "س", let form = match.entry.words.first?.text else { return false }
        let key = stem.text
        return key.hasPrefix("س") && !form.hasPrefix("س") && key.dropFirst().hasPrefix(form)
    }

    /// Whether an imperfect cue stands right after أن or إن, قد or سوف (`على الجميع أن يدرك`، `قد يعلنان`،
    /// `سوف يقول`): an obligation, a wish, a possibility or a future, no speech yet. A perfect verb
    /// there reports (`بعد أن أعلن`، `كان قد قال`).
    mutating func isSubjunctive(_ match: CueMatch) -> Bool {
        let previous = match.tokens.lowerBound - 1
        guard match.entry.words.count == 1, !match.hasConjunction, !match.isNegated, doc.isWord(previous),
              lexicon.complementizers.contains(doc.stemWithoutConjunction(previous))
                || lexicon.wordLists.contains(doc.stemWithoutConjunction(previous), in: .modals),
              let form = match.entry.words.first?.text, let first = form.unicodeScalars.first else { return false }
        if first == "ي" { return true }
        // تقول، نقول are imperfect when يقول is a form of the same cue (تابع، نشر are perfect)
        guard first == "ت" || first == "ن" else { return false }
        let third = Word("ي" + String(form.unicodeScalars.dropFirst()))
        if lexicon.cues[third]?.contains(where: { $0.rule == match.entry.rule }) == true { return true }
        // أكد أن تعهد الحكومة بعدم …: a تفعّل perfect (its imperfect is يتعهد) right after أن is the verbal noun
        return first == "ت" && lexicon.cues[Word("ي" + form)]?.contains { $0.rule == match.entry.rule } == true
    }

    /// `لا أعرف إن كان …`، `لم يوضح إن كانت …`: after a cognition or a negated cue, إن right before a form
    /// of كان is "whether", no complementizer (not أن: `لا أظن أن …` stays a denial).
    mutating func readsWhether(_ index: Int, after match: CueMatch) -> Bool {
        guard match.cueClass == .cognition || match.isNegated, doc.isWord(index + 1),
              lexicon.wordLists.contains(doc.keys[index + 1], in: .whetherPastForms) else { return false }
        let surface = doc.surface(index)
        return surface == "إن" || surface == "ان"
    }

    /// `واصل الجيش القصف إلى أن انسحب …`، `عبرت القوات النهر إلى أن وصلت …`: إلى أن is "until", no
    /// complementizer, after any cue but a speech verb (only أشار، لفت، خلص، دعا … govern إلى), and after a
    /// speech verb of continuing (one that licenses the parenthetical: تابع، واصل، أكمل، أضاف).
    mutating func readsUntil(_ index: Int, after match: CueMatch) -> Bool {
        guard match.cueClass != .speech || match.licenses(.parenthetical), index - 1 >= match.tokens.upperBound,
              doc.isWord(index - 1) else { return false }
        return doc.stemWithoutConjunction(index - 1) == Self.ila
    }

    /// `أنهت المحكمة الجلسة على أن تستأنف …`: after a `provided-that` cue (of ending: اختتم، أتم، أنهى), على right before أن
    /// is "provided that", no complementizer, unless a noun of saying governs it (`أنهى كلمته بالتأكيد على أن`);
    /// other cues take على أن (أكد، أصر، أجمع، راهن على أن).
    mutating func readsProvidedThat(_ index: Int, after match: CueMatch) -> Bool {
        let before = index - 1
        guard before > match.tokens.upperBound, doc.isWord(before), doc.stemWithoutConjunction(before) == Self.ala,
              match.licenses(.providedThat) else { return false }
        return !(doc.isWord(before - 1) && lexicon.wordLists.contains(doc.keys[before - 1], in: .sayingNouns))
    }

    /// على, normalized.
    static let ala = Word("علي")

    /// إلى, normalized.
    static let ila = Word("الي")

    /// The proclitics a complementizer may carry in a cue's gap (`وأن`، `فإن`، `بأن`), built once rather
    /// than from a literal at every word.
    static let complementizerProclitics: Set<Unicode.Scalar> = ["و", "ف", "ب"]

    /// Where an English reported clause starts: after the cue, and after `that`.
    mutating func englishContentStart(_ match: CueMatch) -> Int {
        let next = match.tokens.upperBound
        return doc.isWord(next) && lexicon.complementizers.contains(doc.keys[next]) ? next + 1 : next
    }

    /// Whether the cue is the verb of a relative clause (`ما وصفه`، `والذي تعتبره`): no Source of its own.
    mutating func isRelativeClauseCue(_ match: CueMatch) -> Bool {
        let previous = match.tokens.lowerBound - 1
        guard !match.isNegated, doc.isWord(previous) else { return false }
        return readsRelative(previous) || isRelativeMaCue(match)
    }

    /// Whether a cue follows the relative ما, bare or after a preposition (`ما وصفه بـ …`، `لما
    /// وصفها بأنها …`).
    mutating func isRelativeMaCue(_ match: CueMatch) -> Bool {
        let previous = match.tokens.lowerBound - 1
        guard !match.isNegated, doc.isWord(previous) else { return false }
        return lexicon.wordLists.contains(doc.keys[previous], in: .relativeMaWords)
    }

    /// The stance of a cue: its rule's, Deny after a negator or for a denial-word Content.
    mutating func stance(_ match: CueMatch, content: Range<Int>) -> Stance {
        if match.isNegated, !isRelativeMa(match) { return .deny }
        if let words = normalizedWords(content, atMost: lexicon.maxDenialContentWords),
           lexicon.denialContentWords.contains(words) { return .deny }
        return match.ruleReference.stance
    }

    /// Whether the negator before a cue is the relative ما of a clause-break phrase (`وهو ما يعتقد
    /// الباحثون أنه …`: "which the researchers believe"), not a negation.
    mutating func isRelativeMa(_ match: CueMatch) -> Bool {
        let ma = match.tokens.lowerBound - 1
        guard match.negatorLength == 1, doc.isWord(ma), doc.keys[ma] == "ما" else { return false }
        return phraseLength(lexicon.clauseBreaks, at: ma - 1) == 2
    }

    /// The normalized words of the tokens inside `range`; nil when there are more than `limit` words.
    mutating func normalizedWords(_ range: Range<Int>, atMost limit: Int) -> [Word]? {
        var first = doc.firstToken(atOrAfter: range.lowerBound)
        // وصفتها بالكاذبة: a Content that starts inside its word (after the governed بـ) counts that word
        if first > 0, doc.tokens[first - 1].end > range.lowerBound { first -= 1 }
        var end = first
        var count = 0
        // counted first: most contents are longer than `limit` and need no strings
        while end < doc.tokens.count, doc.tokens[end].end <= range.upperBound {
            if doc.isWord(end) {
                guard count < limit else { return nil }
                count += 1
            }
            end += 1
        }
        var words: [Word] = []
        words.reserveCapacity(count)
        for index in first..<end where doc.isWord(index) { words.append(doc.keys[index]) }
        return words
    }

    /// Whether the first complementizer after token `index` (within `end` and the cue gap) has a comma right
    /// before it: what lies between is an aside set off by commas (`، كما أكد في مؤتمره، إن …`).
    mutating func asideEndsAtComma(from index: Int, before end: Int) -> Bool {
        var words = 0
        for next in index..<min(end, doc.tokens.count) where doc.isWord(next) {
            if readsComplementizer(next) { return next > index && isComma(next - 1) }
            words += 1
            if words > lexicon.maxCueGap { return false }
        }
        return false
    }

    /// Scans right of a cue, within its sentence, for a complementizer, a colon or a quotation.
    mutating func scanGap(after match: CueMatch) -> CueGapEnd {
        let sentence = doc.sentences.isEmpty ? 0..<doc.tokens.count : doc.sentences[doc.sentenceOfToken[match.tokens.lowerBound]].tokens
        let line = doc.lineOfToken[match.tokens.lowerBound]
        var index = match.tokens.upperBound
        var words = 0
        let governsBi = lexicon.governsBiByRuleIndex[match.entry.rule]
        while index < sentence.upperBound, index < doc.tokens.count, words <= lexicon.maxCueGap {
            if doc.isColon(index) { return .colon(index) }
            if doc.lineOfToken[index] != line { break }
            if doc.isWord(index) {
                if readsComplementizer(index) {
                    // كانت تتابع الأحداث بشغف وأنها لم …: a complementizer joined by و continues an earlier one, no cue's own;
                    // one with ف resumes a fronted phrase (سجل ثنائية، ووفقا للصحيفة فإن …)
                    // (not after a cue with a pronoun: الخبر الذي بثته الوكالة … وأن … points back to its noun)
                    // (ف only after a fronted according-to phrase: وقال الوزير في حال … فإن … is the cue's own)
                    if index > match.tokens.upperBound, doc.keys[index].firstScalar == "و"
                        || doc.keys[index].firstScalar == "ف" && (match.tokens.upperBound..<index).contains(where: { doc.isWord($0) && matchCue(at: $0)?.cueClass == .accordingTo }),
                       !cueCarriesPronoun(match) { return .nothing(index) }
                    return .complementizer(index)
                }
                if phraseLength(lexicon.clauseBreaks, at: index) != nil { return .nothing(index) }
                // ونفى الجيش الاتهامات، فيما أكد شهود عيان أن …: after a comma, فيما، كما، حيث and a cue open
                // another clause, whose complementizer is that cue's (not an aside closed by a comma before the
                // complementizer: وقال الوزير، كما أكد في مؤتمره، إن …)
                if index > match.tokens.upperBound, isComma(index - 1), startsCueAfterAdverb(index),
                   !asideEndsAtComma(from: index, before: sentence.upperBound) { return .nothing(index) }
                // طالبت الحركة الوسطاء بالضغط على … الذي تزعم أن …: the ب-object comes before a later cue's أن
                // (أفاد مصدر بوزارة الصحة بأن …: no cue before the أن, the ب-word is the Source's)
                if governsBi, index > match.tokens.upperBound, startsGovernedObject(at: index, of: match),
                   !complementizerFollows(index + 1, before: sentence.upperBound, line: line, words: lexicon.maxCueGap - words) {
                    return .nothing(index)
                }
                if let next = matchCue(at: index),
                   index > match.tokens.upperBound && next.hasConjunction && next.cueClass != .accordingTo || next.entry.isParticiple
                    // نقلت … خبرا ورد فيه تصريح …، قال فيه إنه …: a cue right after a comma starts its own clause
                    || isComma(index - 1) && next.cueClass != .accordingTo && !isFuture(next)
                    // ووبخ الصحفيين لما وصفها بأنها …: the complementizer belongs to the relative ما's cue
                    || index > match.tokens.upperBound && isRelativeMaCue(next)
                    // مطالب المتظاهرين التي نعتقد أن جميعها …: a cue right after a relative pronoun takes the
                    // complementizer of its relative clause
                    || index > match.tokens.upperBound + 1 && next.cueClass != .accordingTo && readsRelative(index - 1)
                        && (next.licenses(.verbSubject) || next.licenses(.subjectVerb))   // not المصادر التي تحدثت … إن
                        // not البيان الذي نشرته الوزارة: "…" (the pronoun points back, the relative cue reports nothing new)
                        && !cueCarriesPronoun(next)   // (next starts at `index`)
                        // right before it, or in a relative clause on the object (not الشاهد الذي روى ما حدث إن …: a relative
                        // cue with its own object after the Source describes the speaker)
                        && (next.tokens.upperBound < doc.tokens.count && readsComplementizer(next.tokens.upperBound)
                            || (match.tokens.upperBound..<index - 1).contains(where: { doc.isWord($0) && isObjectStartWord($0) }))
                    // واعتبروا ذلك خرقا ولا يدركون أنهم …: a negated cue joined by و starts its own clause too
                    || index > match.tokens.upperBound && next.isNegated && next.cueClass != .accordingTo
                        && doc.hasConjunction(index - next.negatorLength)
                    // تداولت حسابات صورا قيل إنها للقيادي: a passive cue (no subject before it) right before the
                    // complementizer takes it
                    // (not a cue that speaks only before a colon: وختم حديثه بالقول إن … is ختم's)
                    || index > match.tokens.upperBound && next.cueClass != .accordingTo && !next.entry.isParticiple
                        && !next.licenses(.subjectVerb) && next.licenses(.verbSubject) && next.tokens.upperBound < doc.tokens.count
                        && readsComplementizer(next.tokens.upperBound) {
                    return .nothing(index)
                }
                words += 1
            } else if let quotation = quotation(openingAtToken: index) {
                if quotation.isShort, let close = quotation.close {
                    // وقال مسؤول "انتهت العملية بنجاح".: a short quotation after the speaker that ends the clause is speech
                    if match.licenses(.quote), quotation.wordCount >= 2, index > match.tokens.upperBound,
                       !introducesName(before: index), endsClause(after: close, sentence: sentence, line: line) {
                        return .quotation(index, quotation)
                    }
                    index = doc.firstToken(atOrAfter: close.upperBound)
                    words += quotation.wordCount
                    continue
                }
                // خلال برنامج "في المساء مع قصواء" … أن …: a quoted name in the gap, the complementizer after it reports
                if index > match.tokens.upperBound, doc.isWord(index - 1), let close = quotation.close,
                   complementizerFollows(doc.firstToken(atOrAfter: close.upperBound), before: sentence.upperBound, line: line,
                                         words: lexicon.maxCueGap - words - quotation.wordCount) {
                    index = doc.firstToken(atOrAfter: close.upperBound)
                    words += quotation.wordCount
                    continue
                }
                return .quotation(index, quotation)
            }
            index += 1
        }
        return .nothing(min(index, sentence.upperBound))
    }

    /// Whether the words before the quotation at token `index` make it a name: a preposition, a medium
    /// (`في صحيفة`، `لقناة`) or a noun that names (`برنامج`، `بعنوان`).
    mutating func introducesName(before index: Int) -> Bool {
        let previous = index - 1
        guard doc.isWord(previous) else { return true }
        if isPreposition(previous) || isNameHead(previous) { return true }
        return startsPhrase(lexicon.sourceEnds, at: previous) || startsPhrase(lexicon.sourceEnds, at: previous - 1)
    }

    /// Whether word `index` is a noun that names what a quotation after it holds (`name-heads`: `صحيفة`،
    /// `بعنوان`، `حركة`), bare, after و/ف, or with the proclitic ل or ب (`لصحيفة`، `بعنوان`، `لتنظيم`).
    mutating func isNameHead(_ index: Int) -> Bool {
        guard doc.isWord(index) else { return false }
        return lexicon.wordLists.contains(doc.stemWithoutConjunction(index), in: .nameHeads)
            || doc.readings(index).contains {
                ["ل", "ب"].contains($0.proclitics.first ?? "") && lexicon.wordLists.contains($0.stem, in: .nameHeads)
            }
    }

    /// Whether the clause ends after a quotation's closing mark: at the sentence's or line's end, at a
    /// terminator, or where a participle or coordinated cue starts (`"…" مضيفا أن …`).
    mutating func endsClause(after close: Range<Int>, sentence: Range<Int>, line: Int) -> Bool {
        let after = doc.firstToken(atOrAfter: close.upperBound)
        guard after < sentence.upperBound, after < doc.tokens.count, doc.lineOfToken[after] == line else { return true }
        if doc.isWord(after) { return startsCoordinatedCue(after) }
        if isComma(after) { return doc.isWord(after + 1) && startsCoordinatedCue(after + 1) }
        return [".", "!", "?", "؟", "…"].contains(doc.surface(after))
    }

    /// Whether a complementizer comes at or after token `start`, on `line` and before `end`, within
    /// `limit` words, with no cue, colon or quotation before it.
    mutating func complementizerFollows(_ start: Int, before end: Int, line: Int, words limit: Int) -> Bool {
        var index = start
        var words = 0
        while index < end, index < doc.tokens.count, doc.lineOfToken[index] == line, words <= limit {
            if doc.isColon(index) { return false }
            if let quotation = quotation(openingAtToken: index) {
                // قناة "سي بي سي"، أن …: a short name on the way
                guard quotation.isShort, let close = quotation.close else { return false }
                index = doc.firstToken(atOrAfter: close.upperBound)
                words += quotation.wordCount
                continue
            }
            if doc.isWord(index) {
                if readsComplementizer(index) { return true }
                if phraseLength(lexicon.clauseBreaks, at: index) != nil || matchCue(at: index) != nil { return false }
                words += 1
            }
            index += 1
        }
        return false
    }

    /// Whether token `index` is a cue verb joined by و/ف (`فقال`، `ووصفها`) or a participle cue, which
    /// starts a new predicate.
    mutating func startsCoordinatedCue(_ index: Int) -> Bool {
        guard let match = matchCue(at: index) else { return false }
        return match.hasConjunction && match.cueClass != .accordingTo || match.entry.isParticiple
    }

    /// The closed quotation right before a cue (only punctuation and anaphors like `هذا الخبر` between).
    mutating func quotationBefore(_ match: CueMatch) -> Quotation? {
        guard let quotation = doc.quotation(closingBefore: doc.tokens[match.tokens.lowerBound].start),
              let close = quotation.close,
              doc.line(of: close.lowerBound) == doc.lineOfToken[match.tokens.lowerBound] else { return nil }
        var index = doc.firstToken(atOrAfter: close.upperBound)
        var between = 0
        var words = 0
        while index < match.tokens.lowerBound {
            if doc.isWord(index) {
                guard lexicon.anaphors.contains(doc.keys[index]) else { return nil }
                words += 1
            }
            between += 1
            index += 1
        }
        // a short quotation is speech only when just a comma separates it from its cue: "الوضع خطير"، قال
        return between <= 4 && (!quotation.isShort || words == 0 && between > 0) ? quotation : nil
    }
}
