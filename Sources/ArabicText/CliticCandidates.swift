/// A reusable buffer holding the clitic candidates of one word as letter positions, so that finding
/// them allocates nothing once the buffer has grown; the pieces' texts are built only on request.
///
/// `split(at: i)` equals `Clitics.candidates(for: token)[i]` for the last token filled in.
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
    /// The word the candidates belong to.
    public private(set) var token = Token(kind: .word, start: 0, end: 0, surface: "", normalized: "")

    /// Creates an empty buffer.
    public init() {
        letters.reserveCapacity(96)
        entries.reserveCapacity(16)
    }

    /// The number of candidates; the first is the unsegmented word.
    public var count: Int { entries.count + 1 }

    /// Replaces the contents with the candidates of `token`.
    public mutating func fill(for token: Token) {
        self.token = token
        entries.removeAll(keepingCapacity: true)
        guard token.kind == .word, Clitics.mightSplit(token.normalized) else { return }
        let needed = 3 * (token.end - token.start + 1)
        if letters.count < needed { letters = Array(repeating: 0, count: max(needed, 2 * letters.count)) }
        var storage = letters
        letters = []
        var found = entries
        entries = []
        let tables = CliticTables.shared
        let word = storage.withUnsafeMutableBufferPointer { buffer -> WrittenLetters in
            let word = WrittenLetters(token, storage: buffer, table: tables.search)
            Clitics.forEachSplit(of: word, tables) { pattern, stemEnd, suffixLength, restores in
                found.append(Entry(pattern: pattern, stemEnd: stemEnd, suffixLength: suffixLength, restoresTehMarbuta: restores))
            }
            return word
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
        guard index > 0 else { return token.start..<token.end }
        let entry = entries[index - 1]
        let prefixLength = CliticTables.shared.procliticLengths[entry.pattern]
        return letters[3 * prefixLength + 1]..<letters[3 * entry.stemEnd + 1]
    }

    /// Candidate `index` with its pieces' texts, as `Clitics.candidates(for:)` gives it.
    public func split(at index: Int) -> CliticSplit {
        guard index > 0 else {
            return CliticSplit(proclitics: [], stem: CliticPiece(text: token.normalized, start: token.start, end: token.end),
                               enclitic: nil)
        }
        let entry = entries[index - 1]
        return letters.withUnsafeBufferPointer { buffer in
            // Only read through this pointer.
            let word = WrittenLetters(reading: UnsafeMutableBufferPointer(mutating: buffer), of: token, count: letterCount,
                                      isArabic: isArabic, needsOwnNormalization: needsOwnNormalization)
            let tables = CliticTables.shared
            return Clitics.split(of: word, pattern: entry.pattern, stemEnd: entry.stemEnd, suffixLength: entry.suffixLength,
                                 restoresTehMarbuta: entry.restoresTehMarbuta,
                                 proclitics: Clitics.procliticPieces(of: word, pattern: entry.pattern, tables), tables)
        }
    }
}
