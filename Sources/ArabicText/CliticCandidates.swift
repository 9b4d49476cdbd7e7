/// A reusable buffer holding the clitic candidates of one word as letter positions, so that finding
/// them allocates nothing once the buffer has grown; the pieces' texts are built only on request.
///
/// `split(at: i)` equals `Clitics.candidates(for: token)[i]` for the last token filled in, whether it
/// came as a `Token` (`fill(for:)`) or as an entry of a `TokenBuffer` (`fill(_:at:)`, the fast path:
/// no string is built until `split(at:)` or `token` asks for one).
public struct CliticCandidates: Sendable {
    /// One split other than the whole word: its proclitic pattern, where its stem ends (in letters),
    /// its enclitic's letter count and whether its final ت is read as ه.
    private struct Entry: Sendable {
        var pattern: Int
        var stemEnd: Int
        var suffixLength: Int
        var restoresTehMarbuta: Bool
    }

    /// The letter table of the word (see `WrittenLetters`).
    private var letters: [Int] = []
    private var entries: [Entry] = []
    private var letterCount = 0
    private var isArabic = false
    private var needsOwnNormalization = false
    /// The word's original scalars and normalized UTF-8, `scalarRange` and `normalizedRange` of these
    /// arrays: the word's own copies after `fill(for:)` (when it may split), the buffer's whole
    /// arrays, shared, after `fill(_:at:)`.
    private var scalars: [Unicode.Scalar] = []
    private var scalarRange = 0..<0
    private var normalized: [UInt8] = []
    private var normalizedRange = 0..<0
    private var kind = TokenKind.word
    private var start = 0
    private var end = 0
    /// The token as given to `fill(for:)`; nil after `fill(_:at:)`.
    private var given: Token?

    /// Creates an empty buffer.
    public init() {
        letters.reserveCapacity(96)
        entries.reserveCapacity(16)
    }

    /// Calls `body` with the word's original scalars and normalized UTF-8.
    @inline(__always)
    private func withWord<Result>(_ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        scalars.withUnsafeBufferPointer { scalars in
            normalized.withUnsafeBufferPointer { normalized in
                body(UnsafeBufferPointer(rebasing: scalars[scalarRange]), UnsafeBufferPointer(rebasing: normalized[normalizedRange]))
            }
        }
    }

    /// The word the candidates belong to (built on request after `fill(_:at:)`).
    public var token: Token {
        if let given { return given }
        return withWord { scalars, bytes in Token(kind: kind, start: start, end: end, scalars: scalars, normalized: bytes) }
    }

    /// The number of candidates; the first is the unsegmented word.
    public var count: Int { entries.count + 1 }

    /// Replaces the contents with the candidates of `token`.
    public mutating func fill(for token: Token) {
        given = token
        kind = token.kind
        start = token.start
        end = token.end
        entries.removeAll(keepingCapacity: true)
        guard token.kind == .word, Clitics.mightSplit(token.normalized) else { return }
        scalars = []
        normalized = []
        var surface = token.surface
        surface.withUTF8 { bytes in
            UTF8Encoding.forEachScalar(in: bytes, upTo: bytes.count) { scalars.append(Unicode.Scalar($0) ?? "\u{FFFD}") }
        }
        var text = token.normalized
        text.withUTF8 { normalized.append(contentsOf: $0) }
        scalarRange = scalars.indices
        normalizedRange = normalized.indices
        findSplits()
    }

    /// Replaces the contents with the candidates of token `index` of `tokens`: the same candidates as
    /// `fill(for: tokens.token(index))`, without building the token's strings.
    public mutating func fill(_ tokens: TokenBuffer, at index: Int) {
        given = nil
        let entry = tokens.spans[index]
        kind = entry.kind
        start = entry.start
        end = entry.end
        entries.removeAll(keepingCapacity: true)
        // the buffer's arrays, shared: nothing is copied
        scalars = tokens.scalars
        scalarRange = start..<end
        normalized = tokens.normalizedBytes
        normalizedRange = tokens.normalizedRange(index)
        guard kind == .word, withWord({ Clitics.mightSplit($1) }) else { return }
        findSplits()
    }

    /// Forgets the word last filled in (and the token buffer's arrays it shares), keeping the
    /// memory of its own tables.
    public mutating func removeAll() {
        given = nil
        entries.removeAll(keepingCapacity: true)
        scalars = []
        scalarRange = 0..<0
        normalized = []
        normalizedRange = 0..<0
        kind = .word
        start = 0
        end = 0
    }

    /// Reads the word's letters and records every split.
    private mutating func findSplits() {
        let needed = 3 * (scalarRange.count + 1)
        if letters.count < needed { letters = Array(repeating: 0, count: max(needed, 2 * letters.count)) }
        var storage = letters
        letters = []
        var found = entries
        entries = []
        let tables = CliticTables.shared
        let start = start
        let word = withWord { scalars, normalized in
            storage.withUnsafeMutableBufferPointer { buffer -> WrittenLetters in
                let word = WrittenLetters(scalars: scalars, start: start, normalized: normalized, storage: buffer, tables: tables)
                Clitics.forEachSplit(of: word, tables) { pattern, stemEnd, suffixLength, restores in
                    found.append(Entry(pattern: pattern, stemEnd: stemEnd, suffixLength: suffixLength, restoresTehMarbuta: restores))
                }
                return word
            }
        }
        letterCount = word.count
        isArabic = word.isArabic
        needsOwnNormalization = word.needsOwnNormalization
        letters = storage
        entries = found
    }

    /// The number of proclitic pieces of candidate `index`.
    public func procliticCount(_ index: Int) -> Int {
        index == 0 ? 0 : CliticTables.shared.proclitics[entries[index - 1].pattern].pieces.count
    }

    /// Whether candidate `index` has an enclitic pronoun.
    public func hasEnclitic(_ index: Int) -> Bool { index > 0 && entries[index - 1].suffixLength > 0 }

    /// The original scalar range of the stem of candidate `index`.
    public func stemRange(_ index: Int) -> Range<Int> {
        guard index > 0 else { return start..<end }
        let entry = entries[index - 1]
        let prefixLength = CliticTables.shared.procliticLengths[entry.pattern]
        return letters[3 * prefixLength + 1]..<letters[3 * entry.stemEnd + 1]
    }

    /// The proclitic texts of candidate `index` (`split(at: index).proclitics.map(\.text)`), shared
    /// by every split with the same proclitics: no string is built.
    public func procliticTexts(_ index: Int) -> [String] {
        index == 0 ? [] : CliticTables.shared.procliticTexts[entries[index - 1].pattern]
    }

    /// The original offset where the first `pieces` proclitic pieces of candidate `index` end
    /// (`split(at: index).proclitics[pieces - 1].end`; the word's start for 0).
    public func procliticEnd(_ index: Int, pieces: Int) -> Int {
        guard index > 0, pieces > 0 else { return start }
        let pattern = CliticTables.shared.proclitics[entries[index - 1].pattern]
        var position = 0
        for piece in pattern.pieces.prefix(pieces) { position += piece.letters }
        return letters[3 * position + 1]
    }

    /// Calls `body` with the UTF-8 bytes of the stem text of candidate `index` (`split(at: index).stem.text`),
    /// cut from the normalized word without building a string where it can be (valid only inside `body`).
    public func withStemUTF8(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard index > 0, !needsOwnNormalization else {
            var text = split(at: index).stem.text
            text.withUTF8(body)
            return
        }
        let entry = entries[index - 1]
        let lower = letters[3 * CliticTables.shared.procliticLengths[entry.pattern] + 2]
        let upper = letters[3 * entry.stemEnd + 2]
        withWord { _, normalized in
            let stem = UnsafeBufferPointer(rebasing: normalized[lower..<upper])
            guard entry.restoresTehMarbuta, stem.count >= 2 else { return body(stem) }
            // the final ت (D8 AA) read as ه (D9 87)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stem.count) { copy in
                _ = copy.initialize(from: stem)
                copy[stem.count - 2] = 0xD9
                copy[stem.count - 1] = 0x87
                body(UnsafeBufferPointer(copy))
            }
        }
    }

    /// Candidate `index` with its pieces' texts, as `Clitics.candidates(for:)` gives it.
    public func split(at index: Int) -> CliticSplit {
        guard index > 0 else {
            return CliticSplit(proclitics: [], stem: CliticPiece(text: token.normalized, start: start, end: end), enclitic: nil)
        }
        let entry = entries[index - 1]
        return letters.withUnsafeBufferPointer { buffer in
            withWord { scalars, normalized in
                // Only read through this pointer.
                let word = WrittenLetters(reading: UnsafeMutableBufferPointer(mutating: buffer), scalars: scalars, start: start,
                                          normalized: normalized, count: letterCount, isArabic: isArabic,
                                          needsOwnNormalization: needsOwnNormalization)
                let tables = CliticTables.shared
                return Clitics.split(of: word, pattern: entry.pattern, stemEnd: entry.stemEnd, suffixLength: entry.suffixLength,
                                     restoresTehMarbuta: entry.restoresTehMarbuta,
                                     proclitics: Clitics.procliticPieces(of: word, pattern: entry.pattern, tables), tables)
            }
        }
    }
}
