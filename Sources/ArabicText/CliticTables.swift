/// Everything the clitic segmenter looks up, in one object built once, so that a call pays for one
/// lazy global and one reference instead of one per table. The tables the hot loops read are behind
/// raw pointers (no reference counting per read), written once in `init` and never changed.
final class CliticTables: @unchecked Sendable {
    /// The shared tables.
    static let shared = CliticTables()

    /// The `search` profile, compiled (letter keys and normalized lengths).
    let search: NormalizationTable
    /// The proclitic patterns (index 0: none).
    let proclitics: [CliticPattern]
    /// The pieces' texts of each proclitic pattern, built once (a split shares them).
    let procliticTexts: [[String]]
    /// Whether each proclitic pattern ends with the article.
    let procliticEndsWithArticle: UnsafeMutablePointer<Bool>
    /// The proclitic patterns' letters, four slots each.
    let procliticLetters: UnsafeMutablePointer<UInt32>
    /// The number of letters of each proclitic pattern.
    let procliticLengths: UnsafeMutablePointer<Int>
    /// The enclitics' letters, four slots each.
    let encliticLetters: UnsafeMutablePointer<UInt32>
    /// The number of letters of each enclitic.
    let encliticLengths: UnsafeMutablePointer<Int>
    /// For each letter U+0620–U+064A, the enclitics ending with it (bit k: enclitic k).
    let encliticsByLastLetter: UnsafeMutablePointer<UInt32>
    /// For each letter U+0620–U+064A, the proclitic patterns starting with it (bit k: pattern k),
    /// and the empty pattern (bit 0).
    let patternsByFirstLetter: UnsafeMutablePointer<UInt32>
    /// `LetterInfo` of every scalar below `NormalizationTable.byteLimit` (the common ones).
    private let lowLetterInfo: UnsafeMutablePointer<UInt32>

    deinit {
        lowLetterInfo.deallocate()
        procliticEndsWithArticle.deallocate()
        procliticLetters.deallocate()
        procliticLengths.deallocate()
        encliticLetters.deallocate()
        encliticLengths.deallocate()
        encliticsByLastLetter.deallocate()
        patternsByFirstLetter.deallocate()
    }

    /// A pointer to a copy of `array` (freed in `deinit`).
    private static func pinned<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
        let pointer = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
        pointer.initialize(from: array, count: array.count)
        return pointer
    }

    /// The `LetterInfo` of scalar value `v`.
    @inline(__always)
    func letterInfo(_ v: UInt32) -> LetterInfo {
        v < NormalizationTable.byteLimit ? LetterInfo(rawValue: lowLetterInfo[Int(v)]) : LetterInfo.of(v, search.action(v))
    }

    private init() {
        search = Normalizer.search.table
        proclitics = CliticPattern.proclitics
        procliticTexts = CliticPattern.proclitics.map { $0.pieces.map(\.text) }
        procliticEndsWithArticle = CliticTables.pinned(CliticPattern.proclitics.map(\.endsWithArticle))
        procliticLetters = CliticTables.pinned(CliticPattern.procliticLetters)
        procliticLengths = CliticTables.pinned(CliticPattern.procliticLengths)
        encliticLetters = CliticTables.pinned(CliticPattern.encliticLetters)
        encliticLengths = CliticTables.pinned(CliticPattern.encliticLengths)
        lowLetterInfo = CliticTables.pinned((0..<NormalizationTable.byteLimit).map { [search] v in
            LetterInfo.of(v, search.action(v)).rawValue
        })
        precondition(CliticPattern.proclitics.count <= 32, "proclitic patterns must fit a 32-bit mask")
        patternsByFirstLetter = CliticTables.pinned(CliticPattern.patternsByFirstLetter.map { $0.reduce(1) { $0 | 1 << UInt32($1) } })
        encliticsByLastLetter = CliticTables.pinned((0x0620...0x064A).map { letter in
            CliticPattern.enclitics.indices.reduce(0) { mask, number in
                CliticPattern.enclitics[number].last == UInt32(letter) ? mask | 1 << UInt32(number) : mask
            }
        })
    }
}
