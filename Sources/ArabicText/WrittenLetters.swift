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
    private let token: Token

    /// Reads the letters of `token` into `storage`, which has room for `3 * (scalar count + 1)` integers
    /// and must outlive this value; `table` is the compiled `search` profile.
    init(_ token: Token, storage: UnsafeMutableBufferPointer<Int>, table: NormalizationTable) {
        self.token = token
        self.table = storage
        var filled = 0
        func append(_ value: Int) {
            storage[filled] = value
            filled += 1
        }
        var byte = 0
        var index = 0
        var count = 0
        var isArabic = false
        var needsOwnNormalization = false
        let start = token.start
        var surface = token.surface
        surface.withUTF8 { bytes in
            UTF8Encoding.forEachScalar(in: bytes, upTo: bytes.count) { v in
                let action = table.action(v)
                if !action.isTransparent, action.kind != .dropFree, v != 0x00AD {
                    if count == 0 { isArabic = action.isLetter }
                    let key: UInt32
                    switch action.kind {
                    case .copy: key = v
                    case .replace: key = (v == 0x0629 || v == 0x0649) ? v : action.first
                    case .positionalYeh: key = 0x064A
                    default: key = 0
                    }
                    append(Int(key))
                    append(count == 0 ? start : start + index)
                    append(count == 0 ? 0 : byte)
                    count += 1
                }
                switch action.kind {
                case .copy: byte += UTF8Encoding.length(v)
                case .replace: byte += UTF8Encoding.length(action.first)
                case .dropAttached, .dropFree: break
                case .space, .positionalYeh, .expand: needsOwnNormalization = true
                }
                index += 1
            }
        }
        self.count = count
        self.isArabic = isArabic
        self.needsOwnNormalization = needsOwnNormalization
        append(0)
        append(token.start + index)
        append(byte)
    }

    /// The letters already read into `storage` by the other initializer, for the same `token`.
    init(reading storage: UnsafeMutableBufferPointer<Int>, of token: Token, count: Int, isArabic: Bool,
         needsOwnNormalization: Bool) {
        self.token = token
        self.table = storage
        self.count = count
        self.isArabic = isArabic
        self.needsOwnNormalization = needsOwnNormalization
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
            let scalars = Array(token.surface.unicodeScalars)
            text = Normalizer.search.normalizedString(scalars, (range.lowerBound - token.start)..<(range.upperBound - token.start))
        } else {
            let lower = table[3 * from + 2]
            let upper = table[3 * to + 2]
            var normalized = token.normalized
            text = normalized.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self) }
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
            var normalized = token.normalized
            // U+062A is D8 AA in UTF-8; D8 is never a continuation byte.
            return normalized.withUTF8 { $0[upper - 2] == 0xD8 && $0[upper - 1] == 0xAA }
        }
        return piece(from, to).text.unicodeScalars.last == "ت"
    }

    /// Whether a split before letter `index` falls between two original scalars.
    func isBoundary(_ index: Int) -> Bool {
        index == 0 || index == count || start(of: index) > start(of: index - 1)
    }

    /// Whether the word starts with `length` letters of `letters` from `offset`.
    @inline(__always)
    func hasPrefix(_ letters: [UInt32], at offset: Int, length: Int) -> Bool {
        guard length <= count else { return false }
        for index in 0..<length where key(index) != letters[offset + index] { return false }
        return true
    }

    /// Whether the word ends with `length` letters of `letters` from `offset`.
    @inline(__always)
    func hasSuffix(_ letters: [UInt32], at offset: Int, length: Int) -> Bool {
        guard length <= count else { return false }
        let base = count - length
        for index in 0..<length where key(base + index) != letters[offset + index] { return false }
        return true
    }
}
