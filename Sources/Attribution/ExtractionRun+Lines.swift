import ArabicText

extension ExtractionRun {
    /// Marks lines that make no claim (keyword lists, credits, "read also" headers), finds the
    /// disclaimers, and notes where quoted passages end (those lines and tweet signatures).
    mutating func classifyLines() {
        for line in 0..<doc.lineCount {
            let tokens = doc.tokensOfLine(line)
            guard let first = tokens.first(where: { doc.isWord($0) }) else { continue }
            if startsPhrase(lexicon.notClaims, at: first), first == tokens.lowerBound || !doc.isWord(tokens.lowerBound) {
                blockedLines.insert(line)
                passageEnds.insert(line)
            } else if isSignatureLine(line) {
                passageEnds.insert(line)
            } else if let disclaimer = disclaimer(in: line) {
                disclaimers.append(disclaimer)
                blockedLines.insert(line)
                passageEnds.insert(line)
            }
        }
    }

    /// The disclaimer sentence on `line`, if one of the disclaimer phrases occurs there.
    mutating func disclaimer(in line: Int) -> Range<Int>? {
        let tokens = doc.tokensOfLine(line)
        var next = tokens.lowerBound
        while true {
            // most words are ruled out on their hashes, in a tight scan, before a word is read
            let index = Self.disclaimerCandidate(in: doc, lexicon.disclaimerFirstWordFilter, from: next, before: tokens.upperBound)
            guard index < tokens.upperBound else { return nil }
            next = index + 1
            let word = doc.stemWithoutConjunction(index)
            guard lexicon.disclaimerFirstWordFilter.bitIsSet(word.hash) && lexicon.disclaimerFirstWords.contains(word)
                    || lexicon.disclaimerFirstWordFilter.bitIsSet(doc.keys[index].hash) && lexicon.disclaimerFirstWords.contains(doc.keys[index])
            else { continue }
            // a phrase's first word must be the word without و/ف (see `matches`), unless it starts with a gap
            // (the word's phrases first, then those: no array of both is built)
            guard matchesOne(of: lexicon.disclaimersByFirstWord[word] ?? [], at: index, within: tokens)
                    || matchesOne(of: lexicon.disclaimersWithLeadingGap, at: index, within: tokens) else { continue }
            let sentence = doc.sentences.isEmpty ? tokens : doc.sentences[doc.sentenceOfToken[index]].tokens
            let lower = max(sentence.lowerBound, tokens.lowerBound)
            let upper = min(sentence.upperBound, tokens.upperBound)
            return span(from: lower, to: upper)
        }
    }

    /// The first word token from `start` on (before `end`) whose stem without و/ف or whose key has a bit in
    /// `filter`, the disclaimers' first words (a word without و/ف is its own stem: one bit is read); `end`
    /// when there is none.
    private static func disclaimerCandidate(in doc: DocumentAnalysis, _ filter: WordFilter, from start: Int, before end: Int) -> Int {
        var index = start
        while index < end {
            if doc.isWord(index) {
                let stemHash = doc.stemHashWithoutConjunction(index)
                if filter.bitIsSet(stemHash) { return index }
                let keyHash = doc.keys[index].hash
                if stemHash != keyHash, filter.bitIsSet(keyHash) { return index }
            }
            index += 1
        }
        return end
    }

    /// Whether one of `phrases` matches at token `index` (`matches(_:at:within:)`).
    private mutating func matchesOne(of phrases: [[Word?]], at index: Int, within tokens: Range<Int>) -> Bool {
        phrases.indices.contains { matches(phrases[$0], at: index, within: tokens) }
    }

    /// Whether a phrase with gaps (`nil` skips up to eight words) matches at token `index`.
    private mutating func matches(_ phrase: [Word?], at index: Int, within tokens: Range<Int>) -> Bool {
        var position = index
        var gap = false
        for (number, word) in phrase.enumerated() {
            guard let word else { gap = true; continue }
            var skipped = 0
            while true {
                while position < tokens.upperBound, !doc.isWord(position) { position += 1 }
                guard position < tokens.upperBound else { return false }
                let here = number == 0 ? doc.stemWithoutConjunction(position) : doc.keys[position]
                if here == word || doc.stemWithoutConjunction(position) == word { break }
                guard gap, skipped < 8 else { return false }
                skipped += 1
                position += 1
            }
            gap = false
            position += 1
        }
        return true
    }

    /// Whether `line` is a tweet signature: a dash, a name, an `(@handle)`.
    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isSignatureLine(_ line: Int) -> Bool {
        let tokens = doc.tokensOfLine(line)
        // the first scalar before the token's text: most lines start with no signature mark
        guard let first = tokens.first, lexicon.signaturesHaveLetters || !doc.isWord(first),
              lexicon.signatureFirstScalars.contains(doc.scalars[doc.tokens[first].start]),
              lexicon.signatures.contains(doc.surface(first)) else { return false }
        return tokens.contains { doc.tokens[$0].kind == .mention || doc.surfaceHasPrefix($0, "@") }
    }

    /// `— CNN (@CNN) June 30, 2019`: the dash is the Cue, the name the Source, the lines of the tweet
    /// above (back to the Arabic text) the Content.
    mutating func findSignatures() {
        for line in 0..<doc.lineCount where isSignatureLine(line) {
            let tokens = doc.tokensOfLine(line)
            let dash = tokens.lowerBound
            var end = dash + 1
            while end < tokens.upperBound, !doc.isToken(end, "("), doc.tokens[end].kind != .mention { end += 1 }
            let source = phraseSpan(from: dash + 1, to: end)
            var fragments: [Range<Int>] = []
            var above = line - 1
            while above >= 0 {
                let range = doc.lineRange(above)
                if trimmed(range) == nil { above -= 1; continue }
                guard isLatinLine(above), !passageEnds.contains(above),
                      let text = span(doc.tokensOfLine(above), droppingLinks: true) else { break }
                fragments.insert(text, at: 0)
                above -= 1
            }
            guard let first = fragments.first, let last = fragments.last else { continue }
            found.append(FoundAttribution(cue: doc.tokens[dash].start..<doc.tokens[dash].end, source: source,
                                          contents: [first.lowerBound..<last.upperBound], stance: .assert, form: .direct,
                                          rule: "tweet-signature"))
        }
    }

    /// Whether the letters of `line` are Latin (a tweet quoted in English).
    mutating func isLatinLine(_ line: Int) -> Bool {
        var latin = 0, other = 0
        let range = doc.lineRange(line)
        for offset in range where ScalarClass.isAlphabetic(doc.scalars[offset]) {
            if doc.scalars[offset].isASCII { latin += 1 } else { other += 1 }
            // decided once the letters left cannot change the answer (an Arabic paragraph: half way)
            let left = range.upperBound - offset - 1
            if latin > other + left || other >= latin + left { return latin > other }
        }
        return latin > other
    }

    /// `بوتين: الغرب …`, `«سي إن إن»: …`, and a speaker label inside a quotation (`"أدمن: الليلة …"`):
    /// a short name before a colon at the start of a line or a quotation is the Source, the colon the Cue.
    mutating func findColonAttributions() {
        // the cues found before the colons (made on the first colon that needs them: most documents have none)
        let cuesBefore = found.count
        // where the cues with a Source start, in order (the colon attributions added below are colons, inside no word)
        var sourcedCueStarts: [Int] = []
        var cueStarts: [Int] = []
        var sourcedCuesKnown = false
        // looked up once for a run of colons, not once per colon (a line of thousands of colons stays linear):
        // the first word after the last colon, and the first word, quotation mark or comma of its line
        var nextWord = -1
        var lineOpening = (line: -1, first: 0)
        for index in doc.tokens.indices where !doc.isWord(index) && doc.isToken(index, ":") {
            let line = doc.lineOfToken[index]
            guard !blockedLines.contains(line), !passageEnds.contains(line) else { continue }
            if !sourcedCuesKnown {
                sourcedCueStarts = found[..<cuesBefore].filter { $0.source != nil }.map(\.cue.lowerBound).sorted()
                cueStarts = found[..<cuesBefore].map(\.cue.lowerBound).sorted()
                sourcedCuesKnown = true
            }
            // المدينة نيوز :- …: a dateline's colon and dash, not a headline
            if index + 1 < doc.tokens.count, doc.scalars[doc.tokens[index + 1].start] == "-" { continue }
            // مرآة البحرين: قالت وزارة التربية …: a dateline before a cue that has its own Source, not a headline
            if nextWord <= index {
                nextWord = doc.tokens.indices[(index + 1)...].first(where: { doc.isWord($0) }) ?? doc.tokens.count
            }
            if nextWord < doc.tokens.count, doc.lineOfToken[nextWord] == line,
               Self.holdsOne(of: sourcedCueStarts, in: doc.tokens[nextWord].start..<doc.tokens[nextWord].end) {
                continue
            }
            let lineTokens = doc.tokensOfLine(line)
            var start = index
            var insideQuotation: Quotation?
            while start > lineTokens.lowerBound {
                let previous = start - 1
                if isQuoteMark(previous), let quotation = doc.quotation(openingAt: doc.tokens[previous].start),
                   (quotation.close?.lowerBound ?? Int.max) > doc.tokens[index].start {
                    insideQuotation = quotation
                    break
                }
                guard doc.isWord(previous) || isQuoteMark(previous) else { break }
                start = previous
            }
            // round13: تقريرا بعنوان "تونس: حريات تحت الحصار"، كتاب "…": the colon belongs to a title, no speaker label
            if let quotation = insideQuotation, isNameHead(doc.firstToken(atOrAfter: quotation.open.lowerBound) - 1) { continue }
            if insideQuotation == nil {
                // only bullets, dashes or symbols may stand before the name at the start of a line
                if lineOpening.line != line {
                    lineOpening = (line, lineTokens.first(where: { doc.isWord($0) || isQuoteMark($0) || isComma($0) }) ?? lineTokens.upperBound)
                }
                guard lineOpening.first >= start else { continue }
            }
            let words = doc.wordCount(start..<index)
            let colonStart = doc.tokens[index].start
            guard words >= 1, words <= lexicon.maxHeadlineSourceWords,
                  !(start..<index).contains(where: { doc.tokens[$0].kind == .number || (doc.isWord($0) && startsCue($0) && !isNameAli($0)) }),
                  !Self.holdsOne(of: cueStarts, in: colonStart..<colonStart + 1) else { continue }
            if let first = (start..<index).first(where: { doc.isWord($0) }), startsPhrase(lexicon.notClaims, at: first) { continue }
            var end = lineTokens.upperBound
            if let quotation = insideQuotation {
                end = min(end, quotation.close.map { doc.firstToken(atOrAfter: $0.lowerBound) } ?? end)
            }
            // a long name before a colon is a headline subject only on a one-sentence headline line
            // (وزير الخارجية الأمريكي أنتوني بلينكن: …), not an explanation in running prose
            if words > 4, doc.sentenceOfToken[index + 1 < end ? index + 1 : index] != doc.sentenceOfToken[end - 1] { continue }
            // مصادر لـ"العربية": …: the medium is not part of the Source
            // (a label such as عاجل: or ملاحظة: is a source-end word: no Source, no headline)
            // وزيرة البيئة عن التغير المناخي: …: the topic after عن is not part of the Source,
            // nor whom the headline's speaker addresses (بوتين للغرب: …، TRUMP TO ROCKETMAN KIM: …)
            let sourceEnd = (start..<index).first { doc.isWord($0) && (startsPhrase(lexicon.sourceEnds, at: $0)
                || $0 > start && (doc.keys[$0] == Word("عن") || addressesInHeadline($0, subjectStart: start))) } ?? index
            // وكان نص البيان: "…": كان is not part of the Source
            var sourceStart = start
            while sourceStart < sourceEnd - 1, doc.isWord(sourceStart), readsBoundary(sourceStart) { sourceStart += 1 }
            guard end > index + 1, doc.wordCount(index + 1..<end) >= 2, var content = span(from: index + 1, to: end),
                  let source = phraseSpan(from: sourceStart, to: sourceEnd) else { continue }
            var form = insideQuotation == nil ? formOf(content) : .direct
            // the quotation right after the colon is what was said, whatever the line goes on with
            // (not a short quoted name the clause goes on from: خبير: “فرانس 24” تفقأ عين الحقيقة …)
            if let quotation = doc.quotation(openingAt: content.lowerBound), let close = quotation.close,
               close.upperBound >= content.upperBound
                || quotation.wordCount >= 2 && !(quotation.wordCount <= 3 && doc.isWord(doc.firstToken(atOrAfter: close.upperBound))) {
                content = quotation.inner
                form = .direct
            }
            found.append(FoundAttribution(cue: doc.tokens[index].start..<doc.tokens[index].end, source: source,
                                          contents: [content], stance: .assert, form: form,
                                          rule: insideQuotation == nil ? "headline-colon" : "speaker-label-colon"))
        }
    }

    /// Whether word `index`, inside a headline's subject, starts whom its speaker addresses: English `to`
    /// (`TRUMP TO ROCKETMAN KIM: …`), or a definite word with the proclitic ل (`بوتين للغرب: …`) that is not
    /// the genitive of a name (`الأمين العام للأمم المتحدة: …`). An indefinite ل-word stays in the Source:
    /// it may be a name's own letter (`سيرغي لافروف: …`).
    mutating func addressesInHeadline(_ index: Int, subjectStart: Int) -> Bool {
        let key = doc.keys[index]
        if key == Self.to || key == Self.toCapital || key == Self.toUpper { return true }
        // لافروف لنظيره الأمريكي:: a counterpart with the speaker's pronoun, after ل, is whom he addresses
        if key.firstScalar == "ل", doc.readings(index).contains(where: {
            $0.proclitics == ["ل"] && $0.hasEnclitic && lexicon.wordLists.contains($0.stem, in: .counterparts) }) {
            return true
        }
        guard key.hasPrefix("لل"), readsLamWord(index), !continuesNameWithLam(index) else { return false }
        // review17: an audience or a body addressed is whom the speaker addresses whatever stands before it
        // (الرئيس الأمريكي للصحفيين:، منظمة الصحة العالمية للدول الفقيرة:)
        let definite = Word("ال" + String(key.text.unicodeScalars.dropFirst(2)))
        if lexicon.wordLists.contains(definite, in: .audiences) || lexicon.wordLists.contains(definite, in: .addressedBodies) {
            return true
        }
        // review17: a name's usual genitive with the article (للشؤون of لشؤون: وزير الدولة للشؤون الخارجية:)
        if lexicon.wordLists.contains(Word("ل" + String(key.text.unicodeScalars.dropFirst(2))), in: .lamGenitiveWords) {
            return false
        }
        // review17: after a definite adjective of a definite head the ل-word is the title's genitive, as it was
        // before addressees left the Source (المدير الفني للمنتخب:، المبعوث الأمريكي للشرق الأوسط:، الرئيس السابق
        // للبنك الدولي:); after a name or a construct (بوتين للغرب:، مدرب الأهلي للجماهير:) it is the addressee
        if index - 2 >= subjectStart, doc.isWord(index - 1), doc.isWord(index - 2),
           doc.stemWithoutConjunction(index - 1).hasPrefix("ال"), doc.stemWithoutConjunction(index - 2).hasPrefix("ال") {
            return false
        }
        return true
    }

    /// English `to` as written in a headline (`to`، `To`، `TO`).
    static let to = Word("to"), toCapital = Word("To"), toUpper = Word("TO")

    /// Whether one of the ascending `offsets` lies in `range` (a binary search).
    static func holdsOne(of offsets: [Int], in range: Range<Int>) -> Bool {
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < offsets.count && offsets[low] < range.upperBound
    }

    /// Whether token `index` is the opening mark of a quotation.
    mutating func opensQuotation(_ index: Int) -> Bool {
        isQuoteMark(index) && doc.quotation(openingAt: doc.tokens[index].start) != nil
    }
}
