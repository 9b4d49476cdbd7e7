/// The readings computed for the words of one document, kept in chunks that never move: a word's
/// readings lie together in one chunk and are handed out in place (`WordReadings`), with no array
/// made or freed per word and none copied when the store grows. Used on one thread (the
/// document's extraction).
final class WordReadingStore {
    /// The chunks and how far the last is filled (behind a pointer, read and changed without the
    /// exclusivity check a class's stored `var` costs).
    private struct Storage {
        /// Every chunk's start and the readings it holds (the last one's count is `used`).
        var chunks: [(base: UnsafeMutablePointer<WordReading>, count: Int)] = []
        /// The last chunk (nil before the first word).
        var base: UnsafeMutablePointer<WordReading>?
        var used = 0
        var capacity = 0
        /// Where the word being stored starts in the last chunk.
        var wordStart = 0
    }

    /// The readings a chunk holds, unless one word has more.
    static let chunkCapacity = 128

    private let storage: UnsafeMutablePointer<Storage>

    /// An empty store.
    init() {
        storage = UnsafeMutablePointer.allocate(capacity: 1)
        storage.initialize(to: Storage())
    }

    deinit {
        if let base = storage.pointee.base { storage.pointee.chunks.append((base, storage.pointee.used)) }
        for chunk in storage.pointee.chunks {
            chunk.base.deinitialize(count: chunk.count)
            chunk.base.deallocate()
        }
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// Forgets every reading, keeping the last chunk's memory for the next document. Only when no
    /// `WordReadings` of the store is held (`AnalysisWorkspace.takeReadingStore()` checks).
    func removeAll() {
        for chunk in storage.pointee.chunks {
            chunk.base.deinitialize(count: chunk.count)
            chunk.base.deallocate()
        }
        storage.pointee.chunks.removeAll(keepingCapacity: true)
        if let base = storage.pointee.base { base.deinitialize(count: storage.pointee.used) }
        storage.pointee.used = 0
        storage.pointee.wordStart = 0
    }

    /// Starts storing the readings of a word that has `count` of them.
    func beginWord(readingCount count: Int) {
        if storage.pointee.base == nil || storage.pointee.used + count > storage.pointee.capacity {
            if let base = storage.pointee.base { storage.pointee.chunks.append((base, storage.pointee.used)) }
            let capacity = max(WordReadingStore.chunkCapacity, count)
            storage.pointee.base = UnsafeMutablePointer.allocate(capacity: capacity)
            storage.pointee.used = 0
            storage.pointee.capacity = capacity
        }
        storage.pointee.wordStart = storage.pointee.used
    }

    /// Stores `reading` after the word's others (at most the count given to `beginWord`).
    func append(_ reading: WordReading) {
        precondition(storage.pointee.used < storage.pointee.capacity, "more readings than announced")
        guard let base = storage.pointee.base else { preconditionFailure("a reading before its word") }
        (base + storage.pointee.used).initialize(to: reading)
        storage.pointee.used += 1
    }

    /// The readings stored since `beginWord`.
    func endWord() -> WordReadings {
        guard let base = storage.pointee.base else { preconditionFailure("no word begun") }
        let start = storage.pointee.wordStart
        return WordReadings(self, UnsafePointer(base + start), count: storage.pointee.used - start)
    }
}
