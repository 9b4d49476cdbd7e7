/// The keys of a document's tokens (or another list of words made once and then only read), in one
/// buffer behind a reference and read in place, as from an array. Freeing it releases only the texts
/// of the words longer than 16 bytes: a short word holds no reference, so it needs no release, where
/// an array of `Word` runs every element's destroy. Copies share the buffer (it is never changed).
struct WordColumn: RandomAccessCollection {
    /// The words and their number (`let`s: read without an exclusivity check).
    private final class Storage {
        let base: UnsafeMutablePointer<Word>
        let count: Int

        init(base: UnsafeMutablePointer<Word>, count: Int) {
            self.base = base
            self.count = count
        }

        deinit {
            // only a long word's text needs releasing
            for index in 0..<count where base[index].longText != nil { (base + index).deinitialize(count: 1) }
            base.deallocate()
        }
    }

    /// Collects words in order, then makes the column (`finish()`); one builder makes one column.
    struct Builder {
        private var base: UnsafeMutablePointer<Word>
        private var count = 0
        private var capacity: Int

        /// A builder with room for `capacity` words (it grows when more come).
        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 1)
            base = UnsafeMutablePointer.allocate(capacity: self.capacity)
        }

        /// The number of words collected.
        var collected: Int { count }

        /// Appends `word`.
        @inline(__always)
        mutating func append(_ word: Word) {
            if count == capacity { grow() }
            (base + count).initialize(to: word)
            count += 1
        }

        private mutating func grow() {
            let newBase = UnsafeMutablePointer<Word>.allocate(capacity: 2 * capacity)
            newBase.moveInitialize(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity *= 2
        }

        /// The column of the words collected (the builder is not used after).
        func finish() -> WordColumn {
            WordColumn(storage: Storage(base: base, count: count))
        }
    }

    private let storage: Storage

    private init(storage: Storage) {
        self.storage = storage
    }

    var startIndex: Int { 0 }
    var endIndex: Int { storage.count }

    typealias Indices = Range<Int>
    var indices: Range<Int> { 0..<storage.count }

    /// The word at `position`, read in place.
    subscript(position: Int) -> Word {
        unsafeAddress {
            precondition(position >= 0 && position < storage.count, "word out of range")
            return UnsafePointer(storage.base + position)
        }
    }
}
