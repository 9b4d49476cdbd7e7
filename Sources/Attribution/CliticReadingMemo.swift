/// The clitic prefilter's answers (`Lexicon.mayStartCueWithClitics(_:oneWordFormsOnly:)`) for the
/// words of one document, by word hash: a word that recurs (most do) is tested once, later by one
/// table read. Direct-mapped: a word whose slot another word took is tested again. Its size follows
/// the document's (a short news text clears a few kilobytes, not the largest table).
struct CliticReadingMemo {
    /// The hash of the word each slot holds answers for.
    private var hashes: [UInt64]
    /// Per slot: bit 0 the answer for all forms is known, bit 1 that answer; bits 2 and 3 the same
    /// for the one-word forms only.
    private var states: [UInt8]
    /// The most slots a memo has (8192: 72 KB).
    static let maximumSlotBits = 13

    /// An empty memo for a document of `tokenCount` tokens: about two slots per token, from 64 up to
    /// 2^`maximumSlotBits` (the default: the largest).
    init(tokenCount: Int = Int.max) {
        var bits = 6
        while bits < CliticReadingMemo.maximumSlotBits, 1 << bits < 2 * tokenCount { bits += 1 }
        hashes = [UInt64](repeating: 0, count: 1 << bits)
        states = [UInt8](repeating: 0, count: 1 << bits)
    }

    /// The slot of `hash`, by its bits from bit 48 up (as many as the table needs).
    @inline(__always)
    private func slot(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash >> 48) & (hashes.count - 1)
    }

    /// The remembered answer for the word with hash `hash`, or nil.
    @inline(__always)
    func value(of hash: UInt64, oneWordFormsOnly: Bool) -> Bool? {
        let slot = slot(hash)
        guard hashes[slot] == hash else { return nil }
        let state = states[slot] >> (oneWordFormsOnly ? 2 : 0)
        return state & 1 != 0 ? state & 2 != 0 : nil
    }

    /// Remembers `value` as the answer for the word with hash `hash`.
    @inline(__always)
    mutating func remember(_ value: Bool, of hash: UInt64, oneWordFormsOnly: Bool) {
        let slot = slot(hash)
        if hashes[slot] != hash {
            hashes[slot] = hash
            states[slot] = 0
        }
        let bits: UInt8 = value ? 3 : 1
        states[slot] |= bits << (oneWordFormsOnly ? 2 : 0)
    }
}
