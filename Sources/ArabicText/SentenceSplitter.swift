/// Groups tokens into sentences and paragraphs.
///
/// A line break ends a paragraph (and its sentence). Inside a line, a sentence ends after
/// `.` `!` `?` `؟` `…` `۔` (with the closing quotes and brackets that follow), but not inside a
/// quotation that is still open, nor after an abbreviation (`د.` `أ.د.` `م.` `Mr.` `U.S.`), also when a
/// space stands between a one-letter abbreviation and its dot (`م .` for مساءً or مهندس).
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
        var sentences: [Sentence] = []
        var first = 0
        var paragraph = 0
        var quotes = QuotationState()
        var endPending = false
        var lastWasTerminator = false

        func close(before index: Int) {
            guard first < index else { return }
            sentences.append(Sentence(start: tokens[first].start, end: tokens[index - 1].end,
                                      tokens: first..<index, paragraph: paragraph))
            first = index
        }

        for (index, token) in tokens.enumerated() {
            if index > 0, lineBreak(in: scalars, from: tokens[index - 1].end, to: token.start) {
                close(before: index)
                paragraph += 1
                quotes = QuotationState()
                endPending = false
                lastWasTerminator = false
            }
            let terminator = isTerminator(token)
            let closesQuote = token.kind == .quote && quotes.closes(token.surface)
            if endPending {
                let closer = terminator || closesQuote || [")", "]", "}"].contains(token.surface)
                if !closer { close(before: index) }
                endPending = closer
            }
            if token.kind == .quote {
                let wasOpen = quotes.isOpen
                quotes.update(with: token.surface)
                if wasOpen, !quotes.isOpen, lastWasTerminator { endPending = true }
            } else if terminator, !quotes.isOpen, !isAbbreviation(at: index, tokens, scalars) {
                endPending = true
            }
            lastWasTerminator = terminator
        }
        close(before: tokens.count)
        return sentences
    }

    private func isTerminator(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        return token.surface.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case ".", "!", "?", "؟", "…", "۔": return true
            default: return false
            }
        }
    }

    /// A single `.` right after a one-letter word or a known abbreviation.
    private func isAbbreviation(at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard tokens[index].surface == ".", index > 0 else { return false }
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.end == tokens[index].start else { return isSpacedAbbreviation(at: index, tokens, scalars) }
        let letters = Array(previous.normalized.unicodeScalars)
        if letters.count == 1 { return true }
        // و ف ب ل + a one-letter abbreviation: وأ.د. وم.
        if letters.count == 2, ["و", "ف", "ب", "ل"].contains(letters[0]), ArabicScalars.isLetter(letters[1].value) { return true }
        return SentenceSplitter.latinAbbreviations.contains(previous.surface.lowercased())
    }

    /// A `.` after a one-letter word with spaces between (`التاسعة م . واستمرت`، `ج . ر . ر. مارتن`, `وم .`).
    private func isSpacedAbbreviation(at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        let previous = tokens[index - 1]
        guard previous.kind == .word, previous.end < tokens[index].start,
              scalars[previous.end..<tokens[index].start].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }) else { return false }
        let letters = Array(previous.normalized.unicodeScalars)
        return letters.count == 1
            || letters.count == 2 && ["و", "ف", "ب", "ل"].contains(letters[0]) && ArabicScalars.isLetter(letters[1].value)
    }

    private func lineBreak(in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard start < end, end <= scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { buffer in
            for index in start..<end where ArabicScalars.isLineBreak(buffer[index].value) { return true }
            return false
        }
    }
}
