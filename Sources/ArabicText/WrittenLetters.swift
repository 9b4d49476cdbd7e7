/// The written letters of a word token: a folded key, an original start and a place in the
/// normalized text for each, with marks, tatweel and invisible controls looked through (they stay
/// with their letter).
struct WrittenLetters {
    /// Per letter: the `search`-folded scalar (teh marbuta and alef maksura kept apart; 0 when it
    /// cannot match), its original start, its first byte in the normalized word. One more triple
    /// closes the word. Kept in one array to make a single allocation.
    private let table: UnsafeMutableBufferPointer<Int>
    /// The number of letters.
    private(set) var count = 0
    /// Whether the word starts with an Arabic letter.
    private(set) var isArabic = false
    /// Whether normalizing the pieces apart differs from cutting the normalized word (Farsi yeh, ligatures).
    private(set) var needsOwnNormalization = false
    /// The word's original scalars.
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The word's `search`-normalized form, UTF-8.
    private let normalized: UnsafeBufferPointer<UInt8>
    /// The word's original start offset.
    private let wordStart: Int

    /// Reads the letters of the word whose original scalars are `scalars` (starting at offset `start`)
    /// and whose normalized form is `normalized` into `storage`, which has room for
    /// `3 * (scalars.count + 1)` integers; all three must outlive this value.
    init(scalars: UnsafeBufferPointer<Unicode.Scalar>, start: Int, normalized: UnsafeBufferPointer<UInt8>,
         storage: UnsafeMutableBufferPointer<Int>, tables: CliticTables) {
        self.scalars = scalars
        self.normalized = normalized
        self.wordStart = start
        self.table = storage
        var filled = 0
        var byte = 0
        var count = 0
        var isArabic = false
        var needsOwnNormalization = false
        for index in 0..<scalars.count {
            let info = tables.letterInfo(scalars[index].value)
            if !info.isAttached {
                if count == 0 { isArabic = info.isArabicLetter }
                storage[filled] = Int(info.key)
                storage[filled + 1] = count == 0 ? start : start + index
                storage[filled + 2] = count == 0 ? 0 : byte
                filled += 3
                count += 1
            }
            byte += info.normalizedLength
            needsOwnNormalization = needsOwnNormalization || info.needsOwnNormalization
        }
        self.count = count
        self.isArabic = isArabic
        self.needsOwnNormalization = needsOwnNormalization
        storage[filled] = 0
        storage[filled + 1] = start + scalars.count
        storage[filled + 2] = byte
    }

    /// The letters already read into `storage` by the other initializer, for the same word.
    init(reading storage: UnsafeMutableBufferPointer<Int>, scalars: UnsafeBufferPointer<Unicode.Scalar>, start: Int,
         normalized: UnsafeBufferPointer<UInt8>, count: Int, isArabic: Bool, needsOwnNormalization: Bool) {
        self.table = storage
        self.scalars = scalars
        self.normalized = normalized
        self.wordStart = start
        self.count = count
        self.isArabic = isArabic
        self.needsOwnNormalization = needsOwnNormalization
    }

    /// Calls `body` with the letters of `token`, read into temporary storage.
    static func withLetters(of token: Token, _ body: (WrittenLetters) -> Void) {
        var surface = token.surface
        var normalized = token.normalized
        surface.withUTF8 { surfaceBytes in
            normalized.withUTF8 { normalizedBytes in
                withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: surfaceBytes.count) { scalars in
                    var scalarCount = 0
                    UTF8Encoding.forEachScalar(in: surfaceBytes, upTo: surfaceBytes.count) { v in
                        scalars[scalarCount] = Unicode.Scalar(v) ?? "\u{FFFD}"
                        scalarCount += 1
                    }
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (scalarCount + 1)) { storage in
                        body(WrittenLetters(scalars: UnsafeBufferPointer(rebasing: scalars[..<scalarCount]), start: token.start,
                                            normalized: normalizedBytes, storage: storage, tables: CliticTables.shared))
                    }
                }
            }
        }
    }

    /// The folded key of letter `index`.
    func key(_ index: Int) -> UInt32 { UInt32(truncatingIfNeeded: table[3 * index]) }

    /// The original start of letter `index` (the word's end for `count`).
    func start(of index: Int) -> Int { table[3 * index + 1] }

    /// The piece made of letters `from..<to`, with its normalized text and original range.
    func piece(_ from: Int, _ to: Int) -> CliticPiece {
        let range = start(of: from)..<start(of: to)
        let text: String
        if needsOwnNormalization {
            text = Normalizer.search.normalizedString(Array(scalars), (range.lowerBound - wordStart)..<(range.upperBound - wordStart))
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: normalized[table[3 * from + 2]..<table[3 * to + 2]]), as: UTF8.self)
        }
        return CliticPiece(text: text, start: range.lowerBound, end: range.upperBound)
    }

    /// Whether the normalized text of letters `from..<to` ends with ت (without building it when the
    /// normalized word can be cut).
    func stemEndsWithTeh(_ from: Int, _ to: Int) -> Bool {
        guard needsOwnNormalization else {
            let lower = table[3 * from + 2]
            let upper = table[3 * to + 2]
            guard upper - lower >= 2 else { return false }
            // U+062A is D8 AA in UTF-8; D8 is never a continuation byte.
            return normalized[upper - 2] == 0xD8 && normalized[upper - 1] == 0xAA
        }
        return piece(from, to).text.unicodeScalars.last == "ت"
    }

    /// Whether a split before letter `index` falls between two original scalars.
    func isBoundary(_ index: Int) -> Bool {
        index == 0 || index == count || start(of: index) > start(of: index - 1)
    }

    /// Whether the word starts with `length` letters of `letters` from `offset`.
    @inline(__always)
    func hasPrefix(_ letters: UnsafePointer<UInt32>, at offset: Int, length: Int) -> Bool {
        guard length <= count else { return false }
        for index in 0..<length where key(index) != letters[offset + index] { return false }
        return true
    }

    /// Whether the word ends with `length` letters of `letters` from `offset`.
    @inline(__always)
    func hasSuffix(_ letters: UnsafePointer<UInt32>, at offset: Int, length: Int) -> Bool {
        guard length <= count else { return false }
        let base = count - length
        for index in 0..<length where key(base + index) != letters[offset + index] { return false }
        return true
    }
}
