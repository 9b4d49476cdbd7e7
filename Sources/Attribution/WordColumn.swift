/// The keys of a document's tokens (or another list of words made once and then only read), in one
/// buffer behind a reference and read in place, as from an array. Freeing it releases only the bytes
/// of the words longer than 16 bytes, found from a list of their positions: a short word holds no
/// reference, so it needs no release, where an array of `Word` runs every element's destroy. Copies
/// share the buffer (it is never changed).
struct WordColumn: RandomAccessCollection {
    /// The words and their number, and where the long ones are (`let`s: read without an exclusivity
    /// check).
    private final class Storage {
        let base: UnsafeMutablePointer<Word>
        let count: Int
        /// The positions of the words longer than 16 bytes (the only ones holding a reference).
        let longWords: UnsafeMutablePointer<Int>
        let longCount: Int

        init(base: UnsafeMutablePointer<Word>, count: Int, longWords: UnsafeMutablePointer<Int>, longCount: Int) {
            self.base = base
            self.count = count
            self.longWords = longWords
            self.longCount = longCount
        }

        deinit {
            WordColumn.release(base, longWords: longWords, longCount: longCount)
        }
    }

    /// Collects words in order, then makes the column (`finish()`, which consumes it); one builder
    /// makes one column. It cannot be copied (two copies would free the same memory), and one
    /// dropped unfinished frees what it collected.
    struct Builder: ~Copyable {
        private var base: UnsafeMutablePointer<Word>
        private var count = 0
        private var capacity: Int
        /// The positions of the long words collected.
        private var longWords: UnsafeMutablePointer<Int>
        private var longCount = 0
        private var longCapacity = 8

        /// A builder with room for `capacity` words (it grows when more come).
        init(capacity: Int) {
            self.capacity = Swift.max(capacity, 1)
            base = UnsafeMutablePointer.allocate(capacity: self.capacity)
            longWords = UnsafeMutablePointer.allocate(capacity: longCapacity)
        }

        deinit {
            WordColumn.release(base, longWords: longWords, longCount: longCount)
        }

        /// The number of words collected.
        var collected: Int { count }

        /// Appends `word`.
        @inline(__always)
        mutating func append(_ word: Word) {
            if count == capacity { grow() }
            if word.isLong { noteLong(at: count) }
            (base + count).initialize(to: word)
            count += 1
        }

        /// Records that the word at `position` is long.
        private mutating func noteLong(at position: Int) {
            if longCount == longCapacity {
                let newWords = UnsafeMutablePointer<Int>.allocate(capacity: 2 * longCapacity)
                newWords.moveInitialize(from: longWords, count: longCount)
                longWords.deallocate()
                longWords = newWords
                longCapacity *= 2
            }
            longWords[longCount] = position
            longCount += 1
        }

        private mutating func grow() {
            let newBase = UnsafeMutablePointer<Word>.allocate(capacity: 2 * capacity)
            newBase.moveInitialize(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity *= 2
        }

        /// The column of the words collected; the builder hands its memory over to it.
        consuming func finish() -> WordColumn {
            let column = WordColumn(storage: Storage(base: base, count: count, longWords: longWords, longCount: longCount))
            discard self
            return column
        }
    }

    private let storage: Storage

    private init(storage: Storage) {
        self.storage = storage
    }

    /// Frees words collected at `base` and the list of where the long ones are: only a long word's
    /// bytes need releasing, a short word is plain numbers.
    private static func release(_ base: UnsafeMutablePointer<Word>, longWords: UnsafeMutablePointer<Int>, longCount: Int) {
        for index in 0..<longCount { (base + longWords[index]).deinitialize(count: 1) }
        base.deallocate()
        longWords.deallocate()
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
