/// The keys of a document's tokens (or another list of words made once and then only read), in one
/// buffer read in place, as from an array. Freeing it releases only the bytes of the words longer
/// than 16 bytes, found from a list of their positions: a short word holds no reference, so it needs
/// no release, where an array of `Word` runs every element's destroy. Copies share the buffer (it is
/// never changed), and its memory can serve the next document's column once no column uses it
/// (`Memory`, `Builder.init(capacity:memory:)`).
struct WordColumn: RandomAccessCollection {
    /// The memory of a column: its words and where the long ones are, kept alive by every column
    /// made in it and freed with the last reference. A builder takes the memory over while it
    /// collects and hands it back when it finishes.
    final class Memory {
        fileprivate var base: UnsafeMutablePointer<Word>?
        fileprivate var capacity = 0
        /// The number of words initialized at `base`.
        fileprivate var count = 0
        /// The positions of the words longer than 16 bytes (the only ones holding a reference).
        fileprivate var longWords: UnsafeMutablePointer<Int>?
        fileprivate var longCount = 0
        fileprivate var longCapacity = 0

        /// Memory holding nothing yet.
        init() {}

        deinit {
            if let base, let longWords { WordColumn.release(base, longWords: longWords, longCount: longCount) }
        }

        /// Empties the memory (its words released, its buffers kept) for a new column. Only when no
        /// column is made in it any more (its owner alone holds it: `isKnownUniquelyReferenced`).
        func removeAll() {
            if let base, let longWords {
                for index in 0..<longCount { (base + longWords[index]).deinitialize(count: 1) }
            }
            count = 0
            longCount = 0
        }
    }

    /// Collects words in order, then makes the column (`finish()`, which consumes it); one builder
    /// makes one column. It cannot be copied (two copies would free the same memory), and one
    /// dropped unfinished frees what it collected.
    struct Builder: ~Copyable {
        /// Where the column's memory goes back when the builder finishes (held with a retain of
        /// its own: a builder can be discarded only when its stored properties are plain values).
        private let memory: Unmanaged<Memory>
        private var base: UnsafeMutablePointer<Word>
        private var count = 0
        private var capacity: Int
        /// The positions of the long words collected.
        private var longWords: UnsafeMutablePointer<Int>
        private var longCount = 0
        private var longCapacity: Int

        /// A builder with room for `capacity` words (it grows when more come).
        init(capacity: Int) {
            self.init(capacity: capacity, memory: Memory())
        }

        /// A builder with room for `capacity` words (it grows when more come) in `memory`'s buffers,
        /// which it takes over: `memory` must be empty and serve no column (a new one, or one emptied
        /// with `removeAll()` while its owner alone held it).
        init(capacity: Int, memory: Memory) {
            precondition(memory.count == 0 && memory.longCount == 0, "memory still holding a column")
            self.memory = .passRetained(memory)
            let capacity = Swift.max(capacity, 1)
            if let base = memory.base, memory.capacity >= capacity {
                self.base = base
                self.capacity = memory.capacity
            } else {
                memory.base?.deallocate()
                base = UnsafeMutablePointer.allocate(capacity: capacity)
                self.capacity = capacity
            }
            if let longWords = memory.longWords {
                self.longWords = longWords
                longCapacity = memory.longCapacity
            } else {
                longCapacity = 8
                longWords = UnsafeMutablePointer.allocate(capacity: longCapacity)
            }
            // the builder owns the buffers until it finishes
            memory.base = nil
            memory.capacity = 0
            memory.longWords = nil
            memory.longCapacity = 0
        }

        deinit {
            WordColumn.release(base, longWords: longWords, longCount: longCount)
            memory.release()
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

        /// The column of the words collected; the builder hands its buffers back to its memory.
        consuming func finish() -> WordColumn {
            let memory = self.memory.takeRetainedValue()
            memory.base = base
            memory.capacity = capacity
            memory.count = count
            memory.longWords = longWords
            memory.longCount = longCount
            memory.longCapacity = longCapacity
            let column = WordColumn(memory: memory, base: base, count: count)
            discard self
            return column
        }
    }

    /// Keeps the words alive (never read through: `base` and `endIndex` are its words).
    private let memory: Memory
    private let base: UnsafeMutablePointer<Word>
    let endIndex: Int

    private init(memory: Memory, base: UnsafeMutablePointer<Word>, count: Int) {
        self.memory = memory
        self.base = base
        endIndex = count
    }

    /// Frees words collected at `base` and the list of where the long ones are: only a long word's
    /// bytes need releasing, a short word is plain numbers.
    private static func release(_ base: UnsafeMutablePointer<Word>, longWords: UnsafeMutablePointer<Int>, longCount: Int) {
        for index in 0..<longCount { (base + longWords[index]).deinitialize(count: 1) }
        base.deallocate()
        longWords.deallocate()
    }

    var startIndex: Int { 0 }

    typealias Indices = Range<Int>
    var indices: Range<Int> { 0..<endIndex }

    /// The word at `position`, read in place.
    subscript(position: Int) -> Word {
        unsafeAddress {
            precondition(position >= 0 && position < endIndex, "word out of range")
            return UnsafePointer(base + position)
        }
    }
}
