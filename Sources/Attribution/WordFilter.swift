/// A set of words tested by their precomputed hash: a bit table rules most other words out
/// without hashing into a `Set`, which is asked only when the bit is set. A second bit table, by
/// the first four UTF-8 bytes (two Arabic letters), rules out a piece of text before it is hashed.
struct WordFilter: Sendable {
    private var bits: [UInt64]
    /// `bits.count * 64 - 1`: the table size is a power of two, so a bucket is a mask, not a division.
    private var bucketMask: UInt64
    /// The hashes, open addressing by their high bits (0: an empty slot; a zero hash is `hasZero`).
    private var hashSlots: [UInt64]
    private var hasZero: Bool
    /// A bit for the first four bytes of every word that has four (`WordFilter.prefixBitCount` bits).
    private var prefixBits: [UInt64]
    private static let prefixBitCount = 1 << 14

    /// A filter holding the hashes of `words`, with `bitWords` × 64 bits (`bitWords` rounded up to
    /// a power of two); by default 16 bits per word (about one other word in 16 passes to the hash
    /// slots), so that the table stays small in the caches.
    init<Words: Sequence>(_ words: Words, bitWords: Int? = nil) where Words.Element == Word {
        let words = Array(words)
        let bitWords = bitWords ?? min(4096, max(64, words.count / 4))
        var prefixBits = [UInt64](repeating: 0, count: WordFilter.prefixBitCount / 64)
        for word in words {
            word.withUTF8 { bytes in
                guard bytes.count >= 4 else { return }
                let bit = WordFilter.prefixBit(bytes[...])
                prefixBits[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        self.prefixBits = prefixBits
        let hashes = Set(words.map(\.hash))
        var slotCount = 16
        while slotCount < 2 * hashes.count { slotCount *= 2 }
        var hashSlots = [UInt64](repeating: 0, count: slotCount)
        for hash in hashes where hash != 0 {
            var slot = WordFilter.home(hash, slotCount)
            while hashSlots[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            hashSlots[slot] = hash
        }
        self.hashSlots = hashSlots
        hasZero = hashes.contains(0)
        var count = 1
        while count < bitWords { count *= 2 }
        bits = [UInt64](repeating: 0, count: count)
        bucketMask = UInt64(count * 64 - 1)
        for hash in hashes {
            let bit = bit(hash)
            bits[bit.word] |= bit.mask
        }
    }

    /// The bit of the first four of `bytes` in `prefixBits`.
    @inline(__always)
    private static func prefixBit(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        let start = bytes.startIndex
        let value = UInt32(bytes[start]) | UInt32(bytes[start + 1]) << 8 | UInt32(bytes[start + 2]) << 16
            | UInt32(bytes[start + 3]) << 24
        return Int((value &* 0x9E37_79B1) >> 18)
    }

    /// Whether a word of at least four bytes starting with the first four of `bytes` may be in the
    /// filter (never false for one that is).
    @inline(__always)
    func mayHoldWord(startingWith bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let bit = WordFilter.prefixBit(bytes)
        return prefixBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The bit of a word hash.
    private func bit(_ hash: UInt64) -> (word: Int, mask: UInt64) {
        let bucket = Int(truncatingIfNeeded: (hash >> 20) & bucketMask)
        return (bucket >> 6, 1 << UInt64(bucket & 63))
    }

    /// The slot a hash starts probing at in a table of `count` (a power of two) slots.
    @inline(__always)
    private static func home(_ hash: UInt64, _ count: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & (count - 1)
    }

    /// Whether a word with `hash` may be in the filter (never false for one that is; a hash of a
    /// word that is not in it can collide).
    func mayContain(_ hash: UInt64) -> Bool {
        let bit = bit(hash)
        guard bits[bit.word] & bit.mask != 0 else { return false }
        guard hash != 0 else { return hasZero }
        let mask = hashSlots.count - 1
        var slot = WordFilter.home(hash, hashSlots.count)
        while hashSlots[slot] != 0 {
            if hashSlots[slot] == hash { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether a word with `hash` may be in the filter, by the bit table alone.
    func bitIsSet(_ hash: UInt64) -> Bool {
        let bit = bit(hash)
        return bits[bit.word] & bit.mask != 0
    }
}
