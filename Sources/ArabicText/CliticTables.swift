/// Everything the clitic segmenter looks up, in one object built once, so that a call pays for one
/// lazy global and one reference instead of one per table.
final class CliticTables: @unchecked Sendable {
    /// The shared tables.
    static let shared = CliticTables()

    /// The `search` profile, compiled (letter keys and normalized lengths).
    let search: NormalizationTable
    /// The proclitic patterns (index 0: none).
    let proclitics: [CliticPattern]
    /// Whether each proclitic pattern ends with the article.
    let procliticEndsWithArticle: [Bool]
    /// The proclitic patterns' letters, four slots each.
    let procliticLetters: [UInt32]
    /// The number of letters of each proclitic pattern.
    let procliticLengths: [Int]
    /// The enclitics' letters, four slots each.
    let encliticLetters: [UInt32]
    /// The number of letters of each enclitic.
    let encliticLengths: [Int]
    /// For each letter U+0620–U+064A, the enclitics ending with it (bit k: enclitic k).
    let encliticsByLastLetter: [UInt32]
    /// For each letter U+0620–U+064A, the proclitic patterns starting with it (bit k: pattern k),
    /// and the empty pattern (bit 0).
    let patternsByFirstLetter: [UInt32]
    /// `LetterInfo` of every scalar below `NormalizationTable.byteLimit` (the common ones), behind a raw
    /// pointer so that the letter loop reads it without reference counting; written once in `init`.
    private let lowLetterInfo: UnsafeMutablePointer<UInt32>

    deinit { lowLetterInfo.deallocate() }

    /// The `LetterInfo` of scalar value `v`.
    @inline(__always)
    func letterInfo(_ v: UInt32) -> LetterInfo {
        v < NormalizationTable.byteLimit ? LetterInfo(rawValue: lowLetterInfo[Int(v)]) : LetterInfo.of(v, search.action(v))
    }

    private init() {
        search = Normalizer.search.table
        proclitics = CliticPattern.proclitics
        procliticEndsWithArticle = CliticPattern.proclitics.map(\.endsWithArticle)
        procliticLetters = CliticPattern.procliticLetters
        procliticLengths = CliticPattern.procliticLengths
        encliticLetters = CliticPattern.encliticLetters
        encliticLengths = CliticPattern.encliticLengths
        let infos = (0..<NormalizationTable.byteLimit).map { [search] v in LetterInfo.of(v, search.action(v)).rawValue }
        lowLetterInfo = UnsafeMutablePointer.allocate(capacity: infos.count)
        lowLetterInfo.initialize(from: infos, count: infos.count)
        precondition(CliticPattern.proclitics.count <= 32, "proclitic patterns must fit a 32-bit mask")
        patternsByFirstLetter = CliticPattern.patternsByFirstLetter.map { $0.reduce(1) { $0 | 1 << UInt32($1) } }
        encliticsByLastLetter = (0x0620...0x064A).map { letter in
            CliticPattern.enclitics.indices.reduce(0) { mask, number in
                CliticPattern.enclitics[number].last == UInt32(letter) ? mask | 1 << UInt32(number) : mask
            }
        }
    }
}
