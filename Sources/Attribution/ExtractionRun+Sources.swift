import ArabicText

/// A second speaker inside a cue's gap: `نقلت X عن Y أن …`, `ذكرت X نقلا عن Y أن …`.
struct Relay {
    var cue: Range<Int>
    var source: Range<Int>?
}

extension ExtractionRun {
    /// The Source in a cue's gap (verb-subject order), split at a relay (`عن`، `نقلا عن`) into the
    /// publisher and the original speakers.
    mutating func sourceAndRelays(_ gap: Range<Int>, of match: CueMatch) -> (Range<Int>?, [Relay]) {
        var relays: [Relay] = []
        var end = gap.upperBound
        var index = gap.upperBound - 1
        while index >= gap.lowerBound {
            defer { index -= 1 }
            guard doc.isWord(index) else { continue }
            if let inner = matchCue(at: index), inner.rule.cueClass == .accordingTo, inner.tokens.upperBound <= end {
                relays.insert(Relay(cue: inner.span, source: sourcePhrase(inner.tokens.upperBound..<end, cliticEnd: inner.span.upperBound)), at: 0)
                end = index
            } else if match.rule.cueClass == .publication, lexicon.relays.contains(doc.keys[index]) {
                relays.insert(Relay(cue: doc.tokens[index].start..<doc.tokens[index].end,
                                    source: sourcePhrase(index + 1..<end)), at: 0)
                end = index
            }
        }
        return (sourcePhrase(gap.lowerBound..<end), relays)
    }

    /// The Source noun phrase at the start of `range`: up to a circumstance (`في مقابلة`), a relative
    /// clause, or a comma segment opening with a preposition; trailing punctuation and prepositions
    /// left out, wrapping quotation marks too. `cliticEnd` skips an attached proclitic the cue took.
    mutating func sourcePhrase(_ range: Range<Int>, cliticEnd: Int? = nil, stopAtObject: Bool = false) -> Range<Int>? {
        var last = range.lowerBound
        var index = range.lowerBound
        var words = 0
        while index < range.upperBound {
            if doc.isWord(index) {
                if startsPhrase(lexicon.sourceEnds, at: index) { break }
                if words > 0, doc.reads(index, asOneOf: lexicon.relatives) { break }
                if stopAtObject, words > 0, startsObject(at: index) { break }
                words += 1
                if words > lexicon.maxSourceWords { return nil }
            } else if isComma(index) {
                if doc.isWord(index + 1), lexicon.prepositions.contains(doc.stemWithoutConjunction(index + 1)) { break }
                if doc.isWord(index + 1), startsPhrase(lexicon.sourceEnds, at: index + 1) { break }
                if doc.isWord(index + 1), startsCue(index + 1) { break }
            } else if doc.tokens[index].surface == ":" {
                break
            }
            index += 1
            last = index
        }
        return phraseSpan(range.lowerBound..<last, cliticEnd: cliticEnd)
    }

    /// The scalar span of the tokens in `range`, trimmed of punctuation, prepositions at the end,
    /// and quotation marks that wrap it whole.
    mutating func phraseSpan(_ range: Range<Int>, cliticEnd: Int? = nil) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, !doc.isWord(lower), !isQuoteMark(lower), doc.tokens[lower].surface != "(" { lower += 1 }
        while upper > lower {
            let last = upper - 1
            if doc.isWord(last) {
                if lexicon.prepositions.contains(doc.keys[last]) || lexicon.complementizers.contains(doc.keys[last]) { upper -= 1; continue }
                break
            }
            if doc.tokens[last].surface == ")", (lower..<last).contains(where: { doc.tokens[$0].surface == "(" }) { break }
            if isQuoteMark(last), (lower..<last).contains(where: isQuoteMark) { break }
            upper -= 1
        }
        guard lower < upper, (lower..<upper).contains(where: { doc.isWord($0) }) else { return nil }
        if isQuoteMark(lower), isQuoteMark(upper - 1), upper - lower > 2,
           !(lower + 1..<upper - 1).contains(where: { isQuoteMark($0) }) {
            lower += 1; upper -= 1
        }
        var start = doc.tokens[lower].start
        if let cliticEnd, cliticEnd > start, cliticEnd < doc.tokens[lower].end { start = cliticEnd }
        return start..<doc.tokens[upper - 1].end
    }

    /// The subject before a cue (subject-verb order): the words back to a boundary word, a
    /// punctuation mark or a complementizer, skipping `قد` and a negator; `كان X … قد قال` too.
    mutating func subjectBefore(_ match: CueMatch, clause: Range<Int>) -> Range<Int>? {
        guard match.rule.constructions.contains(.subjectVerb), !match.hasConjunction else { return nil }
        var index = match.tokens.lowerBound - 1
        if match.isNegated { index -= 1 }
        while index >= clause.lowerBound, doc.isWord(index), doc.keys[index] == "قد" { index -= 1 }
        var start = index + 1
        var words = 0
        while index >= clause.lowerBound {
            if doc.isWord(index) {
                if doc.reads(index, asOneOf: lexicon.boundaries) || doc.reads(index, asOneOf: lexicon.complementizers, enclitic: true)
                    || lexicon.negators.containsWord(doc.keys[index]) || lexicon.prepositions.contains(doc.keys[index])
                    || startsCue(index) { break }
                words += 1
                if words > 6 { return nil }
            } else if !isQuoteMark(index), doc.tokens[index].surface != "(", doc.tokens[index].surface != ")" {
                break
            }
            start = index
            index -= 1
        }
        if words == 0, index >= clause.lowerBound, isComma(index) {
            return subjectAfterKana(before: index, clause: clause)
        }
        guard words > 0 else { return nil }
        return phraseSpan(start..<(match.tokens.lowerBound - (match.isNegated ? 1 : 0)))
    }

    /// `وكان صندوق النقد الدولي الذي عقد …، قد دعا`: the noun phrase after كان.
    private mutating func subjectAfterKana(before comma: Int, clause: Range<Int>) -> Range<Int>? {
        var index = comma - 1
        while index >= clause.lowerBound {
            if doc.isWord(index), doc.reads(index, asOneOf: ["كان", "كانت", "كانوا"]) {
                return sourcePhrase(index + 1..<comma)
            }
            index -= 1
        }
        return nil
    }

    /// `…، تابع الكاتبان، CLAUSE`: the Source up to the next comma, the Content after it.
    mutating func parenthetical(_ match: CueMatch, clause: Range<Int>) -> (Range<Int>?, Range<Int>)? {
        guard match.tokens.lowerBound > clause.lowerBound, isComma(match.tokens.lowerBound - 1) else { return nil }
        guard let comma = (match.tokens.upperBound..<clause.upperBound).first(where: isComma),
              doc.wordCount(match.tokens.upperBound..<comma) <= lexicon.maxHeadlineSourceWords,
              let content = span(comma + 1..<clause.upperBound) else { return nil }
        return (phraseSpan(match.tokens.upperBound..<comma), content)
    }

    /// `نفى X مثل هذه الادعاءات`، `كشفت X عن ممارسات …`: the Source, then the object as Content, after
    /// adverbs and a governed preposition, to the next comma or coordinated cue.
    mutating func object(_ match: CueMatch, clause: Range<Int>) -> (Range<Int>?, Range<Int>)? {
        var index = match.tokens.upperBound
        var source: Range<Int>?
        if !match.entry.isParticiple {
            var end = index
            var words = 0
            while end < clause.upperBound, words <= lexicon.maxSourceWords {
                if doc.isWord(end) {
                    if startsPhrase(lexicon.sourceEnds, at: end) || lexicon.prepositions.contains(doc.keys[end])
                        || doc.reads(end, asOneOf: lexicon.boundaries) || (words > 0 && startsObject(at: end)) { break }
                    words += 1
                } else if !isQuoteMark(end), doc.tokens[end].surface != "،", doc.tokens[end].surface != "(", doc.tokens[end].surface != ")" {
                    break
                }
                end += 1
            }
            source = phraseSpan(index..<end)
            index = end
        }
        if source == nil { source = subjectBefore(match, clause: clause) }
        while index < clause.upperBound, doc.isWord(index), startsPhrase(lexicon.sourceEnds, at: index) { index += 1 }
        var contentStart: Int?
        if doc.isWord(index), lexicon.prepositions.contains(doc.keys[index]) {
            index += 1
        } else if doc.isWord(index), let reading = doc.readings(index).first(where: { $0.proclitics == ["ب"] }) {
            contentStart = reading.stemStart
        }
        var end = index
        while end < clause.upperBound, !isComma(end), !(end > index && startsCoordinatedCue(end)) { end += 1 }
        guard end > index, let content = span(index..<end) else { return nil }
        if let contentStart, contentStart < content.upperBound { return (source, max(contentStart, content.lowerBound)..<content.upperBound) }
        if let quotation = doc.quotation(openingAt: doc.tokens[index].start), quotation.close.map({ $0.upperBound >= content.upperBound }) ?? false {
            return (source, quotation.inner)
        }
        return (source, content)
    }

    /// Whether token `index` looks like the start of an object after a name: a definite word after a
    /// word that is neither definite nor in construct (`رفض ترامب التقارير`), or `ما`، `مثل`.
    mutating func startsObject(at index: Int) -> Bool {
        let key = doc.keys[index]
        if key == "ما" || key == "مثل" { return true }
        guard key.hasPrefix("ال"), doc.isWord(index - 1) else { return false }
        let previous = doc.tokens[index - 1].surface
        return !doc.keys[index - 1].hasPrefix("ال") && !previous.hasSuffix("ة") && !lexicon.prepositions.contains(doc.keys[index - 1])
    }

    /// Whether a phrase of `index` starts at token `index` (its first word may carry و/ف).
    mutating func startsPhrase(_ phrases: PhraseIndex, at index: Int) -> Bool {
        for phrase in phrases.phrases(startingWith: doc.stemWithoutConjunction(index)) {
            var next = index + 1
            var matched = true
            for word in phrase.dropFirst() {
                while next < doc.tokens.count, !doc.isWord(next), doc.tokens[next].surface != "،", doc.tokens[next].surface != "." { next += 1 }
                guard doc.isWord(next), doc.keys[next] == word || doc.stemWithoutConjunction(next) == word else { matched = false; break }
                next += 1
            }
            if matched { return true }
        }
        return false
    }

    func isComma(_ index: Int) -> Bool {
        index >= 0 && index < doc.tokens.count && (doc.tokens[index].surface == "،" || doc.tokens[index].surface == ",")
    }

    func isQuoteMark(_ index: Int) -> Bool {
        guard index >= 0, index < doc.tokens.count else { return false }
        let token = doc.tokens[index]
        if token.kind == .quote { return true }
        return lexicon.quotePairs.contains { Array(token.surface.unicodeScalars) == $0.open || Array(token.surface.unicodeScalars) == $0.close }
    }
}
