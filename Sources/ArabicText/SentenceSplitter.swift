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
        split(scalars, tokens)
    }

    /// The sentences of the tokens in `buffer` (the same as `sentences(in:tokens:)` on its scalars
    /// and `buffer.tokens`, building text only for quotation marks and possible abbreviations).
    public func sentences(in buffer: TokenBuffer) -> [Sentence] {
        split(buffer.scalars, buffer)
    }

    /// The sentences of `tokens`, which were found in `scalars`.
    private func split<Tokens: SentenceTokens>(_ scalars: [Unicode.Scalar], _ tokens: Tokens) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var paragraph = 0
        var quotes = QuotationState()
        var endPending = false
        var lastWasTerminator = false

        func close(before index: Int) {
            guard first < index else { return }
            sentences.append(Sentence(start: tokens.start(first), end: tokens.end(index - 1),
                                      tokens: first..<index, paragraph: paragraph))
            first = index
        }

        for index in 0..<tokens.count {
            let kind = tokens.kind(index)
            if index > 0, lineBreak(in: scalars, from: tokens.end(index - 1), to: tokens.start(index)) {
                close(before: index)
                paragraph += 1
                quotes = QuotationState()
                endPending = false
                lastWasTerminator = false
            }
            if kind == .word || kind == .number {
                // the common case: a word ends no sentence, is no quotation mark and no closing bracket
                if endPending { close(before: index) }
                endPending = false
                lastWasTerminator = false
                continue
            }
            let terminator = kind == .punctuation && isTerminator(index, tokens, scalars)
            let mark = kind == .quote ? quoteMark(index, tokens, scalars) : QuotationState.none
            let closesQuote = kind == .quote && quotes.closes(mark)
            if endPending {
                let closer = terminator || closesQuote || isClosingBracket(index, tokens, scalars)
                if !closer { close(before: index) }
                endPending = closer
            }
            if kind == .quote {
                let wasOpen = quotes.isOpen
                quotes.update(with: mark)
                if wasOpen, !quotes.isOpen, lastWasTerminator { endPending = true }
            } else if terminator, !quotes.isOpen, !isAbbreviation(at: index, tokens, scalars) {
                endPending = true
            }
            lastWasTerminator = terminator
        }
        close(before: tokens.count)
        return sentences
    }

    /// The `QuotationState` mark of quote token `index`: read from `scalars` (no string is built), or
    /// from the token's surface when its offsets lie outside them.
    private func quoteMark<Tokens: SentenceTokens>(_ index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar]) -> UInt32 {
        let start = tokens.start(index), end = tokens.end(index)
        guard start >= 0, start <= end, end <= scalars.count else { return QuotationState.mark(tokens.surface(index)) }
        switch end - start {
        case 1: return scalars[start].value
        case 2 where scalars[start] == "'" && scalars[start + 1] == "'": return QuotationState.doubled
        default: return QuotationState.none
        }
    }

    /// Whether the scalars of token `index` are all sentence terminators.
    private func isTerminator<Tokens: SentenceTokens>(_ index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar]) -> Bool {
        allScalars(of: index, tokens, scalars) { scalar in
            switch scalar {
            case ".", "!", "?", "؟", "…", "۔": return true
            default: return false
            }
        }
    }

    /// Whether token `index` is `)`, `]` or `}`.
    private func isClosingBracket<Tokens: SentenceTokens>(_ index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar]) -> Bool {
        tokens.end(index) - tokens.start(index) == 1
            && allScalars(of: index, tokens, scalars) { $0 == ")" || $0 == "]" || $0 == "}" }
    }

    /// Whether every scalar of token `index` passes `test`: read from `scalars` (no string is
    /// built), or from the token's surface when its offsets lie outside them.
    private func allScalars<Tokens: SentenceTokens>(of index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar],
                                                    _ test: (Unicode.Scalar) -> Bool) -> Bool {
        let start = tokens.start(index), end = tokens.end(index)
        guard start >= 0, start <= end, end <= scalars.count else { return tokens.surface(index).unicodeScalars.allSatisfy(test) }
        return scalars[start..<end].allSatisfy(test)
    }

    /// A single `.` right after a one-letter word or a known abbreviation.
    private func isAbbreviation<Tokens: SentenceTokens>(at index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0, tokens.end(index) - tokens.start(index) == 1, allScalars(of: index, tokens, scalars, { $0 == "." }) else {
            return false
        }
        let previous = index - 1
        guard tokens.kind(previous) == .word, tokens.end(previous) == tokens.start(index) else {
            return isSpacedAbbreviation(at: index, tokens, scalars)
        }
        if tokens.normalizedUTF8(previous, satisfies: isInitial) { return true }
        // the abbreviations are ASCII, and lowercasing only turns the Kelvin sign K into ASCII
        guard allScalars(of: previous, tokens, scalars, { $0.isASCII || $0 == "\u{212A}" }) else { return false }
        return SentenceSplitter.latinAbbreviations.contains(tokens.surface(previous).lowercased())
    }

    /// A `.` after a one-letter word with spaces between (`التاسعة م . واستمرت`، `ج . ر . ر. مارتن`, `وم .`).
    private func isSpacedAbbreviation<Tokens: SentenceTokens>(at index: Int, _ tokens: Tokens, _ scalars: [Unicode.Scalar]) -> Bool {
        let previous = index - 1
        let previousEnd = tokens.end(previous), start = tokens.start(index)
        guard tokens.kind(previous) == .word, previousEnd >= 0, previousEnd < start, start <= scalars.count,
              scalars[previousEnd..<start].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }) else { return false }
        return tokens.normalizedUTF8(previous, satisfies: isInitial)
    }

    /// Whether `word` (normalized) is one letter, or و ف ب ل and one letter (`د`، `وأ`، `وم`): an initial
    /// or a one-letter abbreviation when a dot follows.
    private func isInitial(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        var bytes = word.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let first) = decoder.decode(&bytes) else { return false }
        guard case .scalarValue(let second) = decoder.decode(&bytes) else { return true }
        guard case .emptyInput = decoder.decode(&bytes) else { return false }
        return (first == "و" || first == "ف" || first == "ب" || first == "ل") && ArabicScalars.isLetter(second.value)
    }

    @inline(__always)
    private func lineBreak(in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard start < end, end <= scalars.count else { return false }
        return scalars.withUnsafeBufferPointer { buffer in
            for index in start..<end where ArabicScalars.isLineBreak(buffer[index].value) { return true }
            return false
        }
    }
}
