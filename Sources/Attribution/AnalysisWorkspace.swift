import ArabicText

/// The memory of a document's analysis, kept from one document to the next (`AnalysisWorkspacePool`):
/// the token arrays, the per-token and per-line tables, the readings' store and the clitic buffer
/// keep their capacity, so that a document of the usual size allocates almost nothing for them and
/// writes into memory that is already in cache.
///
/// `DocumentAnalysis.init(scalars:tokenizer:splitter:workspace:)` takes the arrays out and empties
/// them before filling them; `DocumentAnalysis.recycle(into:)` puts them back when the run is done.
/// Nothing is read before it is written again, and a part still held elsewhere (a copy of an array,
/// a `WordReadings`) is replaced instead of reused (arrays copy on write; the store and the clitic
/// buffer are reused only when `isKnownUniquelyReferenced`): output never depends on the documents
/// read before. Unchecked `Sendable`: it crosses threads only through the pool's lock, and one
/// document at a time uses it.
final class AnalysisWorkspace: @unchecked Sendable {
    var buffer = TokenBuffer()
    var conjunctionStemSlots: [Int32] = []
    var sentences: [Sentence] = []
    var sentenceOfToken: [Int] = []
    var lineStarts: [Int] = []
    var lineOfToken: [Int] = []
    var firstTokenOfLine: [Int] = []
    var readingsSlots: [Int32] = []
    var readingsComputed: [WordReadings] = []
    private var readingStore = WordReadingStore()
    private var clitics = CliticBox()
    private var keysMemory = WordColumn.Memory()
    private var stemsMemory = WordColumn.Memory()

    /// An empty workspace.
    init() {}

    /// The readings' store, emptied: the one kept when nothing else holds it (no analysis, no
    /// `WordReadings`), a new one otherwise. Call after `readingsComputed` is emptied.
    func takeReadingStore() -> WordReadingStore {
        if isKnownUniquelyReferenced(&readingStore) {
            readingStore.removeAll()
        } else {
            readingStore = WordReadingStore()
        }
        return readingStore
    }

    /// The clitic buffer: the one kept when nothing else holds it, a new one otherwise.
    func takeClitics() -> CliticBox {
        if !isKnownUniquelyReferenced(&clitics) { clitics = CliticBox() }
        return clitics
    }

    /// Memory for the keys' column (`WordColumn.Builder.init(capacity:memory:)`), emptied.
    func takeKeysMemory() -> WordColumn.Memory {
        AnalysisWorkspace.emptied(&keysMemory)
    }

    /// Memory for the column of the stems without a conjunction, emptied.
    func takeStemsMemory() -> WordColumn.Memory {
        AnalysisWorkspace.emptied(&stemsMemory)
    }

    /// `memory` emptied when nothing else holds it (no column made in it is left), replaced by new
    /// memory otherwise.
    private static func emptied(_ memory: inout WordColumn.Memory) -> WordColumn.Memory {
        if isKnownUniquelyReferenced(&memory) {
            memory.removeAll()
        } else {
            memory = WordColumn.Memory()
        }
        return memory
    }
}
