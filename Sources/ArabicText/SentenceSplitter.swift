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
        split(scalars, tokens, lineBreaks: gapLineBreaks(scalars, tokens), into: &sentences)
        return sentences
    }

    /// The sentences of the tokens in `buffer` (the same as `sentences(in:tokens:)` on its scalars
    /// and `buffer.tokens`, building text only for quotation marks and possible abbreviations).
    public func sentences(in buffer: TokenBuffer) -> [Sentence] {
        var sentences: [Sentence] = []
        self.sentences(in: buffer, into: &sentences)
        return sentences
    }

    /// Replaces the contents of `sentences` with `sentences(in: buffer)`, in its memory: an array
    /// kept from one text to the next allocates nothing once it has grown.
    public func sentences(in buffer: TokenBuffer, into sentences: inout [Sentence]) {
        sentences.removeAll(keepingCapacity: true)
        split(buffer.scalars, buffer, lineBreaks: buffer.lineBreaks, into: &sentences)
    }

    /// The offsets of the line breaks in the gaps between `tokens` (what `TokenBuffer.lineBreaks`
    /// holds for the tokenizer's tokens), in order.
    private func gapLineBreaks<Tokens: SentenceTokens>(_ scalars: [Unicode.Scalar], _ tokens: Tokens) -> [Int] {
        var breaks: [Int] = []
        for index in 1..<max(1, tokens.count) {
            let start = tokens.end(index - 1), end = tokens.start(index)
            guard start >= 0, start < end, end <= scalars.count else { continue }
            for offset in start..<end where ArabicScalars.isLineBreak(scalars[offset].value) { breaks.append(offset) }
        }
        return breaks
    }

    /// The sentences of `tokens`, which were found in `scalars`; `lineBreaks` are the offsets of the
    /// line breaks between tokens, in order (`TokenBuffer.lineBreaks`: no gap is read again). The
    /// sentences are appended to `result` (empty), in its memory.
    private func split<Tokens: SentenceTokens>(_ scalars: [Unicode.Scalar], _ tokens: Tokens, lineBreaks: [Int],
                                               into result: inout [Sentence]) {
        var sentences: [Sentence] = []
        swap(&sentences, &result)
        var first = 0
        var paragraph = 0
        var quotes = QuotationState()
        var endPending = false
        var lastWasTerminator = false
        // the first line break not yet passed (in `lineBreaks`)
        var nextBreak = 0

        /// Whether a line break lies between token `index - 1` and token `index`.
        func breaksBefore(_ index: Int) -> Bool {
            let gapStart = tokens.end(index - 1), gapEnd = tokens.start(index)
            var found = false
            while nextBreak < lineBreaks.count, lineBreaks[nextBreak] < gapEnd {
                if lineBreaks[nextBreak] >= gapStart { found = true }
                nextBreak += 1
            }
            return found
        }

        func close(before index: Int) {
            guard first < index else { return }
            sentences.append(Sentence(start: tokens.start(first), end: tokens.end(index - 1),
                                      tokens: first..<index, paragraph: paragraph))
            first = index
        }

        var index = 0
        while index < tokens.count {
            let kind = tokens.kind(index)
            if index > 0, breaksBefore(index) {
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
                // the words after it change nothing more: passed up to the next token that is no word
                // or that follows a line break (the breaks left lie after this word)
                let nextBreakOffset = nextBreak < lineBreaks.count ? lineBreaks[nextBreak] : Int.max
                index += 1
                while index < tokens.count, tokens.start(index) < nextBreakOffset {
                    let next = tokens.kind(index)
                    guard next == .word || next == .number else { break }
                    index += 1
                }
                continue
            }
            defer { index += 1 }
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
        swap(&sentences, &result)
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
}
