/// The clitic readings that can start a cue (their stem is a cue form's first word) of the words a
/// run met that may start a cue once clitics are split off (`Lexicon.mayStartCueWithClitics`), by the
/// word as written: the readings depend only on the written word and the lexicon, so a run keeps them
/// from one document to the next and splits a recurring word (`وقال`، `وأضاف`) once.
///
/// Keyed by the token's scalars, not its normalized key: how a word splits, and where its conjunction
/// ends, can depend on letters the normalization folds (hamza forms, diacritics). A word is found by
/// a hash of its scalars and then compared scalar by scalar.
struct CueReadingMemo {
    /// A reading of a word that can start a cue: what `ExtractionRun.consider` reads of a `WordReading`,
    /// with the conjunction's end counted from the word's start.
    struct Reading: Equatable {
        /// The normalized stem.
        var stem: Word
        /// The normalized proclitics before the stem, in order.
        var proclitics: [String]
        /// How many scalars a leading conjunction و/ف covers (0 without one).
        var conjunctionLength: Int
        /// Whether an attached pronoun follows the stem.
        var hasEnclitic: Bool
    }

    /// A remembered word: its scalars' hash, its scalars, and its readings that can start a cue.
    private struct Entry {
        var hash: UInt64
        var surface: [Unicode.Scalar]
        var readings: [Reading]
    }

    /// The most words remembered (later words are split every time, as without a memo).
    static let capacity = 2048
    /// Per slot, an index into `entries` or -1 (twice as many slots as words at most).
    private var slots = [Int32](repeating: -1, count: 2 * CueReadingMemo.capacity)
    private var entries: [Entry] = []

    /// The remembered readings of the word written `surface` (whose `hash(of:)` is `hash`), or nil.
    func readings(of surface: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> [Reading]? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 40) & mask
        while slots[slot] >= 0 {
            let entry = entries[Int(slots[slot])]
            if entry.hash == hash, entry.surface.elementsEqual(surface) { return entry.readings }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Remembers `readings` for the word written `surface` (whose hash is `hash`, not remembered yet);
    /// ignored once `capacity` words are.
    mutating func remember(_ readings: [Reading], of surface: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) {
        guard entries.count < CueReadingMemo.capacity else { return }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 40) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, surface: Array(surface), readings: readings))
    }

    /// The number of words remembered.
    var count: Int { entries.count }

    /// A hash of a word's scalars (FNV-1a over their values, then mixed).
    static func hash(of surface: UnsafeBufferPointer<Unicode.Scalar>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in surface { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3 }
        return (hash ^ hash >> 29) &* 0xBF58_476D_1CE4_E5B9
    }
}
