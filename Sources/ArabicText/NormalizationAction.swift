/// What the normalizer does with one input scalar under a given profile (precomputed).
struct NormalizationAction: Sendable {
    /// The kind of action.
    enum Kind: UInt8, Sendable {
        /// Write the input scalar unchanged.
        case copy
        /// Write `first` instead.
        case replace
        /// Write nothing; the scalar belongs to the output scalar before it (a mark, tatweel).
        case dropAttached
        /// Write nothing; the scalar belongs to nothing (an invisible control).
        case dropFree
        /// Write one space, unless the last output was a space.
        case space
        /// Farsi yeh: `first` inside a word, `second` at its end (decided by the next scalar).
        case positionalYeh
        /// Several actions: `count` entries of the expansion table from index `second`.
        case expand
    }

    /// What to do.
    var kind: Kind
    /// Whether the scalar is an Arabic letter (decides Farsi yeh's position).
    var isLetter: Bool
    /// Whether the scalar is a mark or tatweel (looked through when deciding Farsi yeh's position).
    var isTransparent: Bool
    /// The number of expansion entries.
    var count: UInt16 = 0
    /// The replacement scalar, or the inside form of Farsi yeh.
    var first: UInt32 = 0
    /// The final form of Farsi yeh, or the index of the first expansion entry.
    var second: UInt32 = 0
}
