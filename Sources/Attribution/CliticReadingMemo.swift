/// The clitic prefilter's answers (`Lexicon.mayStartCueWithClitics(_:oneWordFormsOnly:)`) by word
/// hash, for the documents one thread reads with one extractor (`CliticMemoPool`): a word that
/// recurs (most do) is tested once, later by one table read. Direct-mapped: a word whose slot
/// another word took is tested again.
struct CliticReadingMemo {
    /// The hash of the word each slot holds answers for.
    private var hashes: [UInt64]
    /// Per slot: bit 0 the answer for all forms is known, bit 1 that answer; bits 2 and 3 the same
    /// for the one-word forms only.
    private var states: [UInt8]
    private static let slotBits = 13

    /// An empty memo.
    init() {
        hashes = [UInt64](repeating: 0, count: 1 << CliticReadingMemo.slotBits)
        states = [UInt8](repeating: 0, count: 1 << CliticReadingMemo.slotBits)
    }

    /// The slot of `hash`, by its high bits.
    @inline(__always)
    private static func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - slotBits))
    }

    /// The remembered answer for the word with hash `hash`, or nil.
    @inline(__always)
    func value(of hash: UInt64, oneWordFormsOnly: Bool) -> Bool? {
        let slot = CliticReadingMemo.slot(hash)
        guard hashes[slot] == hash else { return nil }
        let state = states[slot] >> (oneWordFormsOnly ? 2 : 0)
        return state & 1 != 0 ? state & 2 != 0 : nil
    }

    /// Remembers `value` as the answer for the word with hash `hash`.
    @inline(__always)
    mutating func remember(_ value: Bool, of hash: UInt64, oneWordFormsOnly: Bool) {
        let slot = CliticReadingMemo.slot(hash)
        if hashes[slot] != hash {
            hashes[slot] = hash
            states[slot] = 0
        }
        let bits: UInt8 = value ? 3 : 1
        states[slot] |= bits << (oneWordFormsOnly ? 2 : 0)
    }
}
