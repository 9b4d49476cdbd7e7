/// A hash table keyed by `Word` that uses the word's precomputed FNV-1a hash directly (open
/// addressing, linear probing): a look-up is a multiply, a few array reads and, on a hash match,
/// one comparison of the text, instead of running `Hasher` over the hash as `Dictionary` does.
struct WordTable<Value: Sendable>: Sendable {
    /// The words in insertion order.
    private(set) var keys: [Word] = []
    /// The value of each word in `keys`.
    private(set) var values: [Value] = []
    /// For each slot, an index into `keys` or -1 for an empty slot.
    private var slots: [Int32]
    /// For each slot, the hash of the word in it (read before the word itself).
    private var slotHashes: [UInt64]
    /// `slots.count` is 2 to the power `bits`.
    private var bits: Int

    /// An empty table.
    init() {
        bits = 4
        slots = [Int32](repeating: -1, count: 1 << 4)
        slotHashes = [UInt64](repeating: 0, count: 1 << 4)
    }

    var isEmpty: Bool { keys.isEmpty }
    var count: Int { keys.count }

    /// The slot a hash starts probing at (Fibonacci hashing on the high bits).
    @inline(__always)
    private func home(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    /// The index of `word` in `keys`, or nil.
    @inline(__always)
    func index(of word: Word) -> Int? {
        let mask = slots.count - 1
        var slot = home(word.hash)
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if slotHashes[slot] == word.hash, keys[Int(entry)] == word { return Int(entry) }
            slot = (slot + 1) & mask
        }
    }

    /// The value stored for `word`.
    subscript(word: Word) -> Value? {
        guard let index = index(of: word) else { return nil }
        return values[index]
    }

    /// The value stored for `word`, or `defaultValue` (stored on a write).
    subscript(word: Word, default defaultValue: @autoclosure () -> Value) -> Value {
        get { self[word] ?? defaultValue() }
        set {
            if let index = index(of: word) {
                values[index] = newValue
            } else {
                insertNew(word, newValue)
            }
        }
    }

    /// Changes the value of every word.
    mutating func updateValues(_ body: (inout Value) -> Void) {
        for index in values.indices { body(&values[index]) }
    }

    /// Adds a word that is not in the table.
    private mutating func insertNew(_ word: Word, _ value: Value) {
        if (keys.count + 1) * 2 > slots.count { grow() }
        keys.append(word)
        values.append(value)
        place(keys.count - 1)
    }

    private mutating func place(_ index: Int) {
        let hash = keys[index].hash
        let mask = slots.count - 1
        var slot = home(hash)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
        slotHashes[slot] = hash
    }

    private mutating func grow() {
        bits += 1
        slots = [Int32](repeating: -1, count: 1 << bits)
        slotHashes = [UInt64](repeating: 0, count: 1 << bits)
        for index in keys.indices { place(index) }
    }
}

/// A set of words backed by a `WordTable`.
struct WordSet: Sendable, ExpressibleByArrayLiteral, WordMembership {
    private var table = WordTable<Bool>()

    init() {}

    init<Words: Sequence>(_ words: Words) where Words.Element == Word {
        formUnion(words)
    }

    init(arrayLiteral elements: Word...) {
        self.init(elements)
    }

    var isEmpty: Bool { table.isEmpty }

    /// The words, in the order they were first added.
    var words: [Word] { table.keys }

    @inline(__always)   // a call on a lexicon's set from mutating code would copy the whole lexicon
    func contains(_ word: Word) -> Bool {
        table.index(of: word) != nil
    }

    mutating func insert(_ word: Word) {
        table[word, default: true] = true
    }

    mutating func formUnion<Words: Sequence>(_ words: Words) where Words.Element == Word {
        for word in words { insert(word) }
    }
}

/// Something that can tell whether it holds a word (`Set<Word>`, `WordSet`).
protocol WordMembership {
    func contains(_ word: Word) -> Bool
}

extension Set: WordMembership where Element == Word {}
