import ArabicText

/// A document prepared for extraction: scalars, tokens with their readings, sentences, lines and
/// quotations, with the look-ups the constructions need.
struct DocumentAnalysis {
    let scalars: [Unicode.Scalar]
    /// Every token's kind and original range.
    private(set) var tokens: [TokenSpan]
    /// The tokens with their normalized forms (what `readings` splits).
    private(set) var buffer: TokenBuffer
    let keys: WordColumn
    /// The keys of the words with a leading conjunction و/ف, without it.
    private let conjunctionStems: WordColumn
    /// For every token, where its key without و/ف is in `conjunctionStems` (-1: it has none).
    private var conjunctionStemSlots: [Int32]
    private(set) var sentences: [Sentence]
    /// The sentence index of every token.
    private(set) var sentenceOfToken: [Int]
    /// Start offsets of every line (the first is 0).
    private(set) var lineStarts: [Int]
    /// The line index of every token.
    private(set) var lineOfToken: [Int]
    /// The first token index of every line (`tokens.count` for a line without tokens past the end).
    private(set) var firstTokenOfLine: [Int]
    /// Quotations in text order.
    var quotations: [Quotation] = [] {
        didSet {
            longestQuotation = quotations.lazy.map { $0.inner.upperBound - $0.open.lowerBound }.max() ?? 0
            quotationOpens = quotations.map(\.open.lowerBound)
        }
    }
    /// Where every quotation's opening mark starts, in order (what `firstQuotation` searches, packed).
    private var quotationOpens: [Int] = []
    /// The most scalars from a quotation's opening mark to the end of its quoted text.
    private var longestQuotation = 0
    /// For every token, where its readings are in `readingsComputed` (-1: not computed yet): a flat
    /// array of numbers is freed at once.
    private var readingsSlots: [Int32]
    /// The readings computed so far, each word's a range of `readingStore` (no array per word).
    private var readingsComputed: [WordReadings]
    /// Where the readings are kept.
    private let readingStore: WordReadingStore
    /// The reusable clitic analysis behind `readings`, behind a reference: it is the largest part of
    /// the analysis, which the extraction copies often.
    private let clitics: CliticBox

    /// The analysis of `scalars`, in memory of its own.
    init(scalars: [Unicode.Scalar], tokenizer: Tokenizer, splitter: SentenceSplitter) {
        self.init(scalars: scalars, tokenizer: tokenizer, splitter: splitter, workspace: AnalysisWorkspace())
    }

    /// The analysis of `scalars`, in the memory of `workspace` (taken for this document alone; give
    /// it back with `recycle(into:)` when the run is done).
    init(scalars: [Unicode.Scalar], tokenizer: Tokenizer, splitter: SentenceSplitter, workspace: AnalysisWorkspace) {
        self.scalars = scalars
        var buffer = TokenBuffer()
        swap(&buffer, &workspace.buffer)
        tokenizer.tokenize(scalars, into: &buffer)
        self.buffer = buffer
        let tokens = buffer.spans
        self.tokens = tokens
        var keys = WordColumn.Builder(capacity: tokens.count, memory: workspace.takeKeysMemory())
        var conjunctionStems = WordColumn.Builder(capacity: tokens.count / 8 + 16, memory: workspace.takeStemsMemory())
        var conjunctionStemSlots = DocumentAnalysis.taken(&workspace.conjunctionStemSlots, repeating: -1, count: tokens.count)
        buffer.normalizedBytes.withUnsafeBufferPointer { normalized in
            buffer.normalizedEnds.withUnsafeBufferPointer { ends in
                conjunctionStemSlots.withUnsafeMutableBufferPointer { slots in
                    DocumentAnalysis.collectKeys(normalized, ends: ends, into: &keys, stems: &conjunctionStems, stemSlots: slots)
                }
            }
        }
        self.keys = keys.finish()
        self.conjunctionStems = conjunctionStems.finish()
        self.conjunctionStemSlots = conjunctionStemSlots
        var sentences = DocumentAnalysis.taken(&workspace.sentences)
        splitter.sentences(in: buffer, into: &sentences)
        sentences = DocumentAnalysis.bounded(sentences, tokens: tokens)
        self.sentences = sentences
        var sentenceOfToken = DocumentAnalysis.taken(&workspace.sentenceOfToken, repeating: 0, count: tokens.count)
        sentenceOfToken.withUnsafeMutableBufferPointer { DocumentAnalysis.fillSentenceOfToken(sentences, into: $0) }
        self.sentenceOfToken = sentenceOfToken
        // Tokens never hold a line break: the tokenizer recorded every one, between tokens.
        var lineStarts = DocumentAnalysis.taken(&workspace.lineStarts)
        lineStarts.append(0)
        for offset in buffer.lineBreaks where scalars[offset] == "\n" { lineStarts.append(offset + 1) }
        // a line without tokens takes the first token of the next line that has one (`tokens.count`
        // after the last)
        var firstTokenOfLine = DocumentAnalysis.taken(&workspace.firstTokenOfLine, repeating: tokens.count, count: lineStarts.count)
        var lineOfToken = DocumentAnalysis.taken(&workspace.lineOfToken, repeating: 0, count: tokens.count)
        lineOfToken.withUnsafeMutableBufferPointer { lineOfToken in
            tokens.withUnsafeBufferPointer { tokens in
                lineStarts.withUnsafeBufferPointer { starts in
                    firstTokenOfLine.withUnsafeMutableBufferPointer { firstTokens in
                        var line = -1
                        // where the line after `line` starts (`Int.max` past the last)
                        var nextStart = 0
                        for index in tokens.indices {
                            let start = tokens[index].start
                            while start >= nextStart {
                                line += 1
                                firstTokens[line] = index
                                nextStart = line + 1 < starts.count ? starts[line + 1] : Int.max
                            }
                            lineOfToken[index] = line
                        }
                    }
                }
            }
        }
        self.lineStarts = lineStarts
        self.lineOfToken = lineOfToken
        self.firstTokenOfLine = firstTokenOfLine
        self.readingsSlots = DocumentAnalysis.taken(&workspace.readingsSlots, repeating: -1, count: tokens.count)
        self.readingsComputed = DocumentAnalysis.taken(&workspace.readingsComputed)
        self.readingStore = workspace.takeReadingStore()
        self.clitics = workspace.takeClitics()
    }

    /// The array `kept` held, emptied (its memory kept), leaving `kept` empty.
    private static func taken<Element>(_ kept: inout [Element]) -> [Element] {
        var array: [Element] = []
        swap(&array, &kept)
        array.removeAll(keepingCapacity: true)
        return array
    }

    /// The array `kept` held, filled with `count` copies of `value` (in its memory), leaving `kept` empty.
    private static func taken<Element>(_ kept: inout [Element], repeating value: Element, count: Int) -> [Element] {
        var array = taken(&kept)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }

    /// Gives the analysis's memory back to `workspace`, the one it was made with, for the next
    /// document (`AnalysisWorkspace`). The analysis must not be used afterwards.
    mutating func recycle(into workspace: AnalysisWorkspace) {
        // what shares the token buffer's arrays or the store lets go of them first
        tokens = []
        clitics.candidates.pointee.removeAll()
        readingsComputed.removeAll(keepingCapacity: true)
        buffer.removeAll()
        swap(&buffer, &workspace.buffer)
        swap(&conjunctionStemSlots, &workspace.conjunctionStemSlots)
        swap(&sentences, &workspace.sentences)
        swap(&sentenceOfToken, &workspace.sentenceOfToken)
        swap(&lineStarts, &workspace.lineStarts)
        swap(&lineOfToken, &workspace.lineOfToken)
        swap(&firstTokenOfLine, &workspace.firstTokenOfLine)
        swap(&readingsSlots, &workspace.readingsSlots)
        swap(&readingsComputed, &workspace.readingsComputed)
    }

    /// Appends the key of every token to `keys`, its normalized form being the bytes of `normalized`
    /// up to its entry of `ends` (from the previous one's); for a word with a leading و/ف and two
    /// letters after it, appends its key without them to `stems` and records where in `stemSlots`.
    private static func collectKeys(_ normalized: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>,
                                    into keys: inout WordColumn.Builder, stems: inout WordColumn.Builder,
                                    stemSlots: UnsafeMutableBufferPointer<Int32>) {
        let asciiKeys = DocumentAnalysis.asciiKeys
        let byteCount = normalized.count
        var start = 0
        for index in 0..<ends.count {
            let end = ends[index]
            precondition(start <= end && end <= byteCount, "normalized forms out of order")
            let bytes = UnsafeBufferPointer(rebasing: normalized[start..<end])
            let wordStart = start
            start = end
            guard let first = bytes.first else {
                keys.append(Word(utf8: bytes))
                continue
            }
            guard first >= 0x80 else {
                // punctuation (one byte, the usual case) from a table, Latin words lower-cased
                keys.append(bytes.count == 1 ? asciiKeys[Int(first)] : Lexicon.key(utf8: bytes))
                continue
            }
            // Arabic (the usual case): the key is the normalized word itself
            keys.append(Word(utf8: bytes, sixteenReadable: wordStart &+ 16 <= byteCount))
            // و is D9 88 and ف is D9 81 in UTF-8
            if first == 0xD9, bytes.count >= 4, bytes[1] == 0x88 || bytes[1] == 0x81,
               let stem = DocumentAnalysis.withoutConjunction(bytes, sixteenReadable: wordStart &+ 18 <= byteCount) {
                stemSlots[index] = Int32(stems.collected)
                stems.append(stem)
            }
        }
    }

    /// Writes the index of the sentence holding each token into `result` (one entry per token, all
    /// zero: 0 stays for a token in none), for `sentences` in text order.
    private static func fillSentenceOfToken(_ sentences: [Sentence], into result: UnsafeMutableBufferPointer<Int>) {
        let tokenCount = result.count
        for (index, sentence) in sentences.enumerated() {
            let lower = max(0, min(sentence.tokens.lowerBound, tokenCount)), upper = min(sentence.tokens.upperBound, tokenCount)
            // (sentences never overlap; one that did would take the tokens from the one before)
            for token in lower..<max(lower, upper) { result[token] = index }
        }
    }

    /// The most tokens one sentence may have. Real news sentences stay far below it (the longest in
    /// `Corpora/` has 93); a longer run without a terminator (a list, a pasted table, garbage) is cut
    /// into windows, so that every scan within a sentence stays bounded and extraction stays linear.
    static let maximumSentenceTokens = 200

    /// `sentences` with every sentence longer than `maximumSentenceTokens` cut into windows, each
    /// ending after its last comma-like token where there is one.
    static func bounded(_ sentences: [Sentence], tokens: [TokenSpan]) -> [Sentence] {
        guard sentences.contains(where: { $0.tokens.count > maximumSentenceTokens }) else { return sentences }
        var result: [Sentence] = []
        result.reserveCapacity(sentences.count)
        for sentence in sentences {
            var lower = sentence.tokens.lowerBound
            while sentence.tokens.upperBound - lower > maximumSentenceTokens {
                let limit = lower + maximumSentenceTokens
                let cut = (lower + maximumSentenceTokens / 2..<limit).last { tokens[$0].kind == .punctuation }.map { $0 + 1 } ?? limit
                result.append(Sentence(start: tokens[lower].start, end: tokens[cut - 1].end, tokens: lower..<cut, paragraph: sentence.paragraph))
                lower = cut
            }
            let start = lower == sentence.tokens.lowerBound ? sentence.start : tokens[lower].start
            result.append(Sentence(start: start, end: sentence.end, tokens: lower..<sentence.tokens.upperBound, paragraph: sentence.paragraph))
        }
        return result
    }

    // MARK: Lines

    var lineCount: Int { lineStarts.count }

    /// The scalar range of line `line`, without its line break.
    func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        return start..<max(start, end)
    }

    /// The token indices of line `line`.
    func tokensOfLine(_ line: Int) -> Range<Int> {
        let first = firstTokenOfLine[line]
        let last = line + 1 < lineStarts.count ? firstTokenOfLine[line + 1] : tokens.count
        return first..<max(first, last)
    }

    /// The line containing scalar `offset`.
    func line(of offset: Int) -> Int {
        lineStarts.withUnsafeBufferPointer { starts in
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low &+ high &+ 1) &>> 1   // both are non-negative
                if starts[mid] <= offset { low = mid } else { high = mid &- 1 }
            }
            return low
        }
    }

    // MARK: Tokens

    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isWord(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && (tokens[index].kind == .word || tokens[index].kind == .number)
    }

    /// Whether token `index` is a colon `:` (its surface, without building a string), not the one of a
    /// clock time (`3:00`).
    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isColon(_ index: Int) -> Bool {
        guard isToken(index, ":") else { return false }
        // حتى الساعة 3:00: a clock time, digits on both sides, is no colon
        let start = tokens[index].start
        return !(start > 0 && start + 1 < scalars.count
                 && scalars[start - 1].properties.numericType != nil && scalars[start + 1].properties.numericType != nil)
    }

    /// Whether token `index` is the one scalar `scalar` (its surface, without building a string).
    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isToken(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let start = tokens[index].start
        return tokens[index].end - start == 1 && scalars[start] == scalar
    }

    func isPunctuation(_ index: Int, _ marks: Set<String>) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].kind != .word && marks.contains(surface(index))
    }

    /// The original text of token `index`, built from the scalars (short tokens make no allocation).
    func surface(_ index: Int) -> String {
        buffer.surface(index)
    }

    /// Whether token `index`'s original text ends with `suffix` (`String.hasSuffix`): compared on
    /// scalars first, so that only a token that may end with it builds its text.
    func surfaceHasSuffix(_ index: Int, _ suffix: String) -> Bool {
        let ending = suffix.unicodeScalars
        let start = tokens[index].start, end = tokens[index].end
        guard end - start >= ending.count, scalars[(end - ending.count)..<end].elementsEqual(ending) else { return false }
        return surface(index).hasSuffix(suffix)
    }

    /// Whether token `index`'s original text starts with `prefix` (`String.hasPrefix`): compared on
    /// scalars first, so that only a token that may start with it builds its text.
    func surfaceHasPrefix(_ index: Int, _ prefix: String) -> Bool {
        let opening = prefix.unicodeScalars
        let start = tokens[index].start, end = tokens[index].end
        guard end - start >= opening.count, scalars[start..<(start + opening.count)].elementsEqual(opening) else { return false }
        return surface(index).hasPrefix(prefix)
    }

    /// The token range of the sentence holding `index`, cut to the token's line.
    func clause(of index: Int) -> Range<Int> {
        let sentence = sentences.isEmpty ? 0..<tokens.count : sentences[sentenceOfToken[index]].tokens
        let line = tokensOfLine(lineOfToken[index])
        let lower = max(sentence.lowerBound, line.lowerBound)
        let upper = min(sentence.upperBound, line.upperBound)
        return lower..<max(lower, upper)
    }

    /// The readings of word token `index`: unsegmented first, then clitic splits.
    mutating func readings(_ index: Int) -> WordReadings {
        let slot = readingsSlots[index]
        if slot >= 0 { return readingsComputed[Int(slot)] }
        let result = DocumentAnalysis.storeReadings(of: index, token: tokens[index], key: keys[index], in: buffer,
                                                    candidates: &clitics.candidates.pointee, into: readingStore)
        readingsSlots[index] = Int32(readingsComputed.count)
        readingsComputed.append(result)
        return result
    }

    /// Stores the readings of token `index` (`token`, whose key is `key`) of `buffer`, found with
    /// `candidates`, in `store`; returns them.
    @inline(__always)
    private static func storeReadings(of index: Int, token: TokenSpan, key: Word, in buffer: TokenBuffer,
                                      candidates: inout CliticCandidates, into store: WordReadingStore) -> WordReadings {
        if token.kind == .word { candidates.fill(buffer, at: index) }
        let count = token.kind == .word ? candidates.count : 1
        store.beginWord(readingCount: count)
        store.append(WordReading(stem: key, proclitics: [], stemStart: token.start, afterConjunction: token.start, hasEnclitic: false))
        for candidate in 1..<max(1, count) {
            // the proclitic texts are shared per pattern, and the stem's key is made from its bytes:
            // a split builds no string
            let proclitics = candidates.procliticTexts(candidate)
            var afterConjunction = token.start
            for (number, text) in proclitics.enumerated() {
                guard isConjunction(text) else { break }
                afterConjunction = candidates.procliticEnd(candidate, pieces: number + 1)
            }
            var stem = Word(utf8: UnsafeBufferPointer(start: nil, count: 0))
            candidates.withStemUTF8(candidate) { stem = Lexicon.key(utf8: $0) }
            store.append(WordReading(stem: stem, proclitics: proclitics, stemStart: candidates.stemRange(candidate).lowerBound,
                                     afterConjunction: afterConjunction, hasEnclitic: candidates.hasEnclitic(candidate)))
        }
        return store.endWord()
    }

    /// Whether a proclitic's text is the conjunction و or ف (compared on its UTF-8 bytes, D9 88 and D9 81).
    private static func isConjunction(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.count == 2 && $0[0] == 0xD9 && ($0[1] == 0x88 || $0[1] == 0x81) }
    }

    /// The key of a normalized word given as UTF-8 `bytes` without a leading و/ف, when it has one and
    /// at least two letters remain (nil otherwise).
    /// `sixteenReadable`: 16 bytes can be read from where `bytes` start (see `Word(utf8:sixteenReadable:)`).
    static func withoutConjunction(_ bytes: UnsafeBufferPointer<UInt8>, sixteenReadable: Bool = false) -> Word? {
        // و is D9 88 and ف is D9 81 in UTF-8
        guard bytes.count >= 4, bytes[0] == 0xD9, bytes[1] == 0x88 || bytes[1] == 0x81 else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[2...])
        var letters = 0
        for byte in rest where byte & 0xC0 != 0x80 {
            letters += 1
            if letters == 2 { return Word(utf8: rest, sixteenReadable: sixteenReadable) }
        }
        return nil
    }

    /// `Lexicon.key(utf8:)` of every one-byte (ASCII) word, built once.
    private static let asciiKeys: [Word] = (0..<128).map { (byte: UInt8) in
        withUnsafeBytes(of: byte) { Lexicon.key(utf8: $0.bindMemory(to: UInt8.self)) }
    }

    /// Whether a leading و/ف was split off the key of token `index` (`stemWithoutConjunction` is shorter).
    func hasConjunction(_ index: Int) -> Bool {
        conjunctionStemSlots[index] >= 0
    }

    /// The hash of `stemWithoutConjunction(index)` (without copying the word).
    func stemHashWithoutConjunction(_ index: Int) -> UInt64 {
        let slot = conjunctionStemSlots[index]
        return slot < 0 ? keys[index].hash : conjunctionStems[Int(slot)].hash
    }

    /// The stem of token `index` once a leading و/ف is split off (the word itself otherwise).
    func stemWithoutConjunction(_ index: Int) -> Word {
        let slot = conjunctionStemSlots[index]
        return slot < 0 ? keys[index] : conjunctionStems[Int(slot)]
    }

    /// Whether token `index` reads as one of `words` once up to two `allowed` proclitic letters and,
    /// when `enclitic` is true, an attached pronoun are split off (`وأنه`، `بأنها`، `ولا`).
    func reads<Words: WordMembership>(_ index: Int, asOneOf words: Words, proclitics allowed: Set<Unicode.Scalar>,
                                      enclitic: Bool = false) -> Bool {
        reads(index, asOneOf: words, enclitic: enclitic) { allowed.contains($0) }
    }

    /// `reads(_:asOneOf:proclitics:enclitic:)` with the conjunctions و and ف as the proclitics allowed
    /// (compared without hashing).
    func reads<Words: WordMembership>(_ index: Int, asOneOf words: Words, enclitic: Bool = false) -> Bool {
        reads(index, asOneOf: words, enclitic: enclitic) { $0 == "و" || $0 == "ف" }
    }

    /// `reads(_:asOneOf:proclitics:enclitic:)` with the proclitic letters `allows` accepts.
    @inline(__always)
    private func reads<Words: WordMembership>(_ index: Int, asOneOf words: Words, enclitic: Bool,
                                              allows allowed: (Unicode.Scalar) -> Bool) -> Bool {
        guard isWord(index) else { return false }
        let key = keys[index]
        if words.contains(key) { return true }
        guard let first = key.firstScalar, enclitic || allowed(first),
              key.utf8Count <= 16 else { return false }   // clitic words are short
        return key.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: bytes.count + 1) { starts in
                // starts[i]: the byte offset of scalar i; starts[count]: the end
                var count = 0
                for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                    starts[count] = offset
                    count += 1
                }
                starts[count] = bytes.count
                for prefix in 0...2 {
                    guard count - prefix >= 2 else { break }
                    if prefix > 0, !allowed(Self.scalar(in: bytes, from: starts[prefix - 1], to: starts[prefix])) { break }
                    for suffix in 0...(enclitic ? 3 : 0) {
                        let end = count - suffix
                        guard end - prefix >= 2 else { break }
                        if suffix > 0, !Self.isPronoun(bytes[starts[end]...]) { continue }
                        if prefix == 0, suffix == 0 { continue }
                        let stem = UnsafeBufferPointer(rebasing: bytes[starts[prefix]..<starts[end]])
                        if words.contains(Word(utf8: stem)) { return true }
                    }
                }
                return false
            }
        }
    }

    /// The one scalar whose UTF-8 bytes are `bytes[start..<end]` (valid UTF-8).
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Unicode.Scalar {
        var iterator = UnsafeBufferPointer(rebasing: bytes[start..<end]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return "\u{FFFD}"
    }

    /// Whether `bytes` are the UTF-8 of one of `pronouns`.
    private static func isPronoun(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let count = bytes.count
        return pronounBytes.contains { $0.count == count && $0.elementsEqual(bytes) }
    }

    /// Attached pronouns, normalized.
    static let pronouns: Set<String> = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "ي", "نا", "ني"]

    /// `pronouns` as UTF-8.
    private static let pronounBytes: [[UInt8]] = pronouns.map { Array($0.utf8) }

    static let procliticLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "س", "ك"]

    /// The number of word tokens in `range`.
    func wordCount(_ range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (isWord($1) ? 1 : 0) }
    }

    /// The first token index whose start is at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.withUnsafeBufferPointer { tokens in
            var low = 0, high = tokens.count
            while low < high {
                let mid = (low &+ high) &>> 1   // both are non-negative
                if tokens[mid].start < offset { low = mid &+ 1 } else { high = mid }
            }
            return low
        }
    }

    /// The quotation whose opening mark starts at `offset`.
    func quotation(openingAt offset: Int) -> Quotation? {
        let index = firstQuotation(openingAtOrAfter: offset)
        return index < quotations.count && quotations[index].open.lowerBound == offset ? quotations[index] : nil
    }

    /// The index of the first quotation that opens at or after `offset`.
    func firstQuotation(openingAtOrAfter offset: Int) -> Int {
        quotationOpens.withUnsafeBufferPointer { opens in
            var low = 0, high = opens.count
            while low < high {
                let mid = (low &+ high) &>> 1   // both are non-negative
                if opens[mid] < offset { low = mid &+ 1 } else { high = mid }
            }
            return low
        }
    }

    /// The last quotation whose quoted text holds `offset` (its opening mark ends at or before it):
    /// searched back from `offset` only as far as the longest quotation reaches.
    func quotation(holding offset: Int) -> Quotation? {
        var index = firstQuotation(openingAtOrAfter: offset + 1) - 1
        while index >= 0, quotationOpens[index] + longestQuotation > offset {
            let quotation = quotations[index]
            if quotation.open.upperBound <= offset && offset < quotation.inner.upperBound { return quotation }
            index -= 1
        }
        return nil
    }

    /// The last closed quotation that opened before `offset` and closes at or before it.
    func quotation(closingBefore offset: Int) -> Quotation? {
        var index = firstQuotation(openingAtOrAfter: offset) - 1
        while index >= 0 {
            if let close = quotations[index].close, close.upperBound <= offset { return quotations[index] }
            if quotations[index].close == nil { return nil }
            index -= 1
        }
        return nil
    }
}
