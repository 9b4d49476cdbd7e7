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
    private var needsOwnNormalization = false
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
        for scalar in token.surface.unicodeScalars {
            let v = scalar.value
            let action = table.action(v)
            if !action.isTransparent, action.kind != .dropFree, v != 0x00AD {
                if count == 0 { isArabic = action.isLetter }
                var key = v
                switch action.kind {
                case .copy: key = v
                case .replace: key = (v == 0x0629 || v == 0x0649) ? v : action.first
                case .positionalYeh: key = 0x064A
                default: key = 0
                }
                append(Int(key))
                append(count == 0 ? token.start : token.start + index)
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
        append(0)
        append(token.start + index)
        append(byte)
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
