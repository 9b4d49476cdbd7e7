/// The readings of one word token (`DocumentAnalysis.readings(_:)`): unsegmented first, then the
/// clitic splits, read in place from the document's `WordReadingStore`, whose chunks never move
/// (nothing is copied to hand them out; they stay valid while the store grows).
struct WordReadings: RandomAccessCollection {
    /// The store, kept alive while its readings are read.
    private let store: WordReadingStore
    private let base: UnsafePointer<WordReading>
    let endIndex: Int
    var startIndex: Int { 0 }

    /// The `count` readings at `base`, in `store`.
    init(_ store: WordReadingStore, _ base: UnsafePointer<WordReading>, count: Int) {
        self.store = store
        self.base = base
        endIndex = count
    }

    typealias Indices = Range<Int>
    var indices: Range<Int> { 0..<endIndex }

    /// The reading at `position` (`indices`), read in place.
    subscript(position: Int) -> WordReading {
        unsafeAddress {
            precondition(position >= 0 && position < endIndex, "reading out of range")
            return base + position
        }
    }
}
