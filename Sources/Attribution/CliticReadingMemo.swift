/// The clitic prefilter's answers (`Lexicon.mayStartCueWithClitics(_:oneWordFormsOnly:)`) by word
/// hash, for the documents one thread reads with one extractor (`CliticMemoPool`): a word that
/// recurs (most do) is tested once, later by one table read. Two-way: a word may sit in its slot or
/// the slot's partner (`slot ^ 1`, in the same cache line); a new word takes its slot, the word there
/// moves to the partner, and the partner's word is pushed out (tested again when it recurs).
///
/// The slots are read and written through pointers (every slot index is below the slot count by
/// construction: no bounds check, no copy-on-write check). A memo is a reference so that the pool can
/// hand it from one document to the next; it is unchecked `Sendable` because it crosses threads only
/// through the pool's lock, and one document at a time uses it (`CliticMemoPool.take()`).
final class CliticReadingMemo: @unchecked Sendable {
    /// The hash of the word each slot holds answers for.
    private let hashes: UnsafeMutablePointer<UInt64>
    /// Per slot: bit 0 the answer for all forms is known, bit 1 that answer; bits 2 and 3 the same
    /// for the one-word forms only.
    private let states: UnsafeMutablePointer<UInt8>
    private static let slotBits = 13
    private static let slotCount = 1 << slotBits

    /// An empty memo.
    init() {
        hashes = UnsafeMutablePointer.allocate(capacity: CliticReadingMemo.slotCount)
        hashes.initialize(repeating: 0, count: CliticReadingMemo.slotCount)
        states = UnsafeMutablePointer.allocate(capacity: CliticReadingMemo.slotCount)
        states.initialize(repeating: 0, count: CliticReadingMemo.slotCount)
    }

    deinit {
        hashes.deallocate()
        states.deallocate()
    }

    /// The slot of `hash`, by its high bits (below `slotCount`).
    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
    }

    /// The remembered answer for the word with hash `hash`, or nil.
    @inline(__always)
    func value(of hash: UInt64, oneWordFormsOnly: Bool) -> Bool? {
        var slot = CliticReadingMemo.slot(hash)
        if hashes[slot] != hash {
            slot ^= 1
            guard hashes[slot] == hash else { return nil }
        }
        let state = states[slot] >> (oneWordFormsOnly ? 2 : 0)
        return state & 1 != 0 ? state & 2 != 0 : nil
    }

    /// Remembers `value` as the answer for the word with hash `hash`.
    @inline(__always)
    func remember(_ value: Bool, of hash: UInt64, oneWordFormsOnly: Bool) {
        var slot = CliticReadingMemo.slot(hash)
        if hashes[slot] != hash {
            let partner = slot ^ 1
            if hashes[partner] == hash {
                slot = partner
            } else if states[slot] == 0 {
                // an empty slot (nothing known yet) is taken as it is
                hashes[slot] = hash
            } else {
                // the newer word takes the first slot, the one it held moves to the partner (an empty
                // partner or the older of the pair's words)
                hashes[partner] = hashes[slot]
                states[partner] = states[slot]
                hashes[slot] = hash
                states[slot] = 0
            }
        }
        let bits: UInt8 = value ? 3 : 1
        states[slot] |= bits << (oneWordFormsOnly ? 2 : 0)
    }
}
