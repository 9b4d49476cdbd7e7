/// The written letters of a word token: a folded key, an original start and a place in the
/// normalized text for each, with marks, tatweel and invisible controls looked through (they stay
/// with their letter).
struct WrittenLetters {
    /// Per letter: the `search`-folded scalar (teh marbuta and alef maksura kept apart; 0 when it
    /// cannot match), its original start, its first byte in the normalized word. One more triple
    /// closes the word. Kept in one array to make a single allocation.
    private var table: [Int] = []
    /// The number of letters.
    private(set) var count = 0
    /// Whether the word starts with an Arabic letter.
    private(set) var isArabic = false
    /// Whether normalizing the pieces apart differs from cutting the normalized word (Farsi yeh, ligatures).
    private var needsOwnNormalization = false
    private let token: Token

    /// Reads the letters of `token`.
    init(_ token: Token) {
        self.token = token
        let table = Normalizer.search.table
        self.table.reserveCapacity(3 * token.surface.utf8.count / 2 + 3)
        var byte = 0
        var index = 0
        for scalar in token.surface.unicodeScalars {
            let v = scalar.value
            let action = table.action(v)
            if !action.isTransparent, ScalarCategory.of(v) != .format {
                if count == 0 { isArabic = action.isLetter }
                var key = v
                switch action.kind {
                case .copy: key = v
                case .replace: key = (v == 0x0629 || v == 0x0649) ? v : action.first
                case .positionalYeh: key = 0x064A
                default: key = 0
                }
                self.table.append(Int(key))
                self.table.append(count == 0 ? token.start : token.start + index)
                self.table.append(count == 0 ? 0 : byte)
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
        self.table.append(0)
        self.table.append(token.start + index)
        self.table.append(byte)
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
            let utf8 = token.normalized.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: table[3 * from + 2])
            let upper = utf8.index(utf8.startIndex, offsetBy: table[3 * to + 2])
            text = String(Substring(utf8[lower..<upper])) ?? ""
        }
        return CliticPiece(text: text, start: range.lowerBound, end: range.upperBound)
    }

    /// Whether a split before letter `index` falls between two original scalars.
    func isBoundary(_ index: Int) -> Bool {
        index == 0 || index == count || start(of: index) > start(of: index - 1)
    }

    /// Whether the word starts with `letters`.
    func hasPrefix(_ letters: [UInt32]) -> Bool {
        guard letters.count <= count else { return false }
        for index in 0..<letters.count where key(index) != letters[index] { return false }
        return true
    }

    /// Whether the word ends with `letters`.
    func hasSuffix(_ letters: [UInt32]) -> Bool {
        guard letters.count <= count else { return false }
        let base = count - letters.count
        for index in 0..<letters.count where key(base + index) != letters[index] { return false }
        return true
    }
}
