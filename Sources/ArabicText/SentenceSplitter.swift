/// Groups tokens into sentences and paragraphs.
///
/// A line break ends a paragraph (and its sentence). Inside a line, a sentence ends after
/// `.` `!` `?` `؟` `…` `۔` (with the closing quotes and brackets that follow), but not inside a
/// quotation that is still open, nor after an abbreviation (`د.` `أ.د.` `م.` `Mr.` `U.S.`).
/// Decimals (`3.5`, `٣٫٥`) and URLs are single tokens, so they never split.
public struct SentenceSplitter: Sendable {
    /// Latin abbreviations (lowercased, without the dot) that do not end a sentence.
    public static let latinAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "gen", "sen", "rep", "gov", "col", "lt", "sgt",
        "capt", "cmdr", "inc", "ltd", "co", "corp", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "fig", "approx", "dept", "est", "pres",
    ]

    /// Creates a splitter.
    public init() {}

    /// The sentences of `tokens`, which were found in `scalars`.
    public func sentences(in scalars: [Unicode.Scalar], tokens: [Token]) -> [Sentence] {
        sentences(in: scalars, count: tokens.count, kind: { tokens[$0].kind }, range: { tokens[$0].start..<tokens[$0].end },
                  surface: { tokens[$0].surface }, normalized: { tokens[$0].normalized })
    }

    /// The sentences of the tokens in `buffer` (the same as `sentences(in:tokens:)` on `buffer.tokens`,
    /// without building a string per token).
    public func sentences(in buffer: TokenBuffer) -> [Sentence] {
        sentences(in: buffer.scalars, count: buffer.count, kind: buffer.kind, range: buffer.range,
                  surface: buffer.surface, normalized: buffer.normalized)
    }

    /// The sentences of `count` tokens found in `scalars`, read through the closures.
    private func sentences(in scalars: [Unicode.Scalar], count: Int, kind: (Int) -> TokenKind, range: (Int) -> Range<Int>,
                           surface: (Int) -> String, normalized: (Int) -> String) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var paragraph = 0
        var quotes = QuotationState()
        var endPending = false
        var lastWasTerminator = false

        func close(before index: Int) {
            guard first < index else { return }
            sentences.append(Sentence(start: range(first).lowerBound, end: range(index - 1).upperBound,
                                      tokens: first..<index, paragraph: paragraph))
            first = index
        }

        var previousEnd = 0
        for index in 0..<count {
            let tokenKind = kind(index)
            let span = range(index)
            if index > 0, lineBreak(in: scalars, from: previousEnd, to: span.lowerBound) {
                close(before: index)
                paragraph += 1
                quotes = QuotationState()
                endPending = false
                lastWasTerminator = false
            }
            previousEnd = span.upperBound
            let terminator = tokenKind == .punctuation && isTerminator(scalars[span])
            // only quotes and punctuation need their text
            let text = tokenKind == .word || tokenKind == .number ? "" : surface(index)
            let closesQuote = tokenKind == .quote && quotes.closes(text)
            if endPending {
                let closer = terminator || closesQuote || [")", "]", "}"].contains(text)
                if !closer { close(before: index) }
                endPending = closer
            }
            if tokenKind == .quote {
                let wasOpen = quotes.isOpen
                quotes.update(with: text)
                if wasOpen, !quotes.isOpen, lastWasTerminator { endPending = true }
            } else if terminator, !quotes.isOpen, text == ".", index > 0, kind(index - 1) == .word, range(index - 1).upperBound == span.lowerBound,
                      isAbbreviation(normalized: normalized(index - 1), surface: surface(index - 1)) {
                // an abbreviation's dot
            } else if terminator, !quotes.isOpen {
                endPending = true
            }
            lastWasTerminator = terminator
        }
        close(before: count)
        return sentences
    }

    /// Whether a punctuation token's scalars are all sentence terminators.
    private func isTerminator(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy { scalar in
            switch scalar {
            case ".", "!", "?", "؟", "…", "۔": return true
            default: return false
            }
        }
    }

    /// Whether a word right before a single `.` (touching it) is an abbreviation: one letter, or و ف ب ل
    /// and one letter, or a known Latin abbreviation.
    private func isAbbreviation(normalized: String, surface: String) -> Bool {
        let letters = Array(normalized.unicodeScalars)
        if letters.count == 1 { return true }
        // و ف ب ل + a one-letter abbreviation: وأ.د. وم.
        if letters.count == 2, ["و", "ف", "ب", "ل"].contains(letters[0]), ArabicScalars.isLetter(letters[1].value) { return true }
        return SentenceSplitter.latinAbbreviations.contains(surface.lowercased())
    }

    private func lineBreak(in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard start < end, end <= scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { buffer in
            for index in start..<end where ArabicScalars.isLineBreak(buffer[index].value) { return true }
            return false
        }
    }
}
