/// The clitic prefilter's answers (`Lexicon.mayStartCueWithClitics(_:oneWordFormsOnly:)`) by word,
/// for the documents one thread reads with one extractor (`CliticMemoPool`): a word that recurs (most
/// do) is tested once, later by one table read. Two-way: a word may sit in its slot (chosen by its
/// hash) or the slot's partner (`slot ^ 1`); a new word takes its slot, the word there moves to the
/// partner, and the partner's word is pushed out (tested again when it recurs).
///
/// A slot holds the word's whole text (`Word.packedText`), not only its hash, so two words never
/// share an answer; a word longer than 16 bytes (rare) is not remembered. The slots are read and
/// written through pointers (every slot index is below the slot count by construction: no bounds
/// check, no copy-on-write check). A memo is a reference so that the pool can hand it from one
/// document to the next; it is unchecked `Sendable` because it crosses threads only through the
/// pool's lock, and one document at a time uses it (`CliticMemoPool.take()`).
final class CliticReadingMemo: @unchecked Sendable {
    /// The packed text (`Word.packedText`) of the word each slot holds answers for.
    private let lows: UnsafeMutablePointer<UInt64>
    private let highs: UnsafeMutablePointer<UInt64>
    /// Per slot: bits 0–4 the word's byte count (0: the slot is empty); bit 5 the answer for all
    /// forms is known, bit 6 that answer; bits 7 and 8 the same for the one-word forms only.
    private let states: UnsafeMutablePointer<UInt16>
    private static let slotBits = 13
    private static let slotCount = 1 << slotBits
    private static let countMask: UInt16 = 0x1F

    /// An empty memo.
    init() {
        lows = UnsafeMutablePointer.allocate(capacity: CliticReadingMemo.slotCount)
        lows.initialize(repeating: 0, count: CliticReadingMemo.slotCount)
        highs = UnsafeMutablePointer.allocate(capacity: CliticReadingMemo.slotCount)
        highs.initialize(repeating: 0, count: CliticReadingMemo.slotCount)
        states = UnsafeMutablePointer.allocate(capacity: CliticReadingMemo.slotCount)
        states.initialize(repeating: 0, count: CliticReadingMemo.slotCount)
    }

    deinit {
        lows.deallocate()
        highs.deallocate()
        states.deallocate()
    }

    /// The slot of a word with hash `hash`, by its high bits (below `slotCount`).
    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
    }

    /// Whether `slot` holds the word whose packed text is `text`.
    @inline(__always)
    private func holds(_ slot: Int, _ text: (low: UInt64, high: UInt64, count: Int)) -> Bool {
        lows[slot] == text.low && highs[slot] == text.high && Int(states[slot] & CliticReadingMemo.countMask) == text.count
    }

    /// The remembered answer for `word`, or nil.
    @inline(__always)
    func value(of word: Word, oneWordFormsOnly: Bool) -> Bool? {
        guard let text = word.packedText else { return nil }
        var slot = CliticReadingMemo.slot(word.hash)
        if !holds(slot, text) {
            slot ^= 1
            guard holds(slot, text) else { return nil }
        }
        let state = states[slot] >> (oneWordFormsOnly ? 7 : 5)
        return state & 1 != 0 ? state & 2 != 0 : nil
    }

    /// Remembers `value` as the answer for `word` (nothing for a word longer than 16 bytes).
    @inline(__always)
    func remember(_ value: Bool, of word: Word, oneWordFormsOnly: Bool) {
        guard let text = word.packedText, text.count > 0 else { return }
        var slot = CliticReadingMemo.slot(word.hash)
        if !holds(slot, text) {
            let partner = slot ^ 1
            if holds(partner, text) {
                slot = partner
            } else {
                if states[slot] != 0 {
                    // the newer word takes the first slot, the one it held moves to the partner (an
                    // empty partner or the older of the pair's words)
                    lows[partner] = lows[slot]
                    highs[partner] = highs[slot]
                    states[partner] = states[slot]
                }
                lows[slot] = text.low
                highs[slot] = text.high
                states[slot] = UInt16(truncatingIfNeeded: text.count)
            }
        }
        let bits: UInt16 = value ? 3 : 1
        states[slot] |= bits << (oneWordFormsOnly ? 7 : 5)
    }
}
