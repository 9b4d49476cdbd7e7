/// One form of a cue, compiled: its normalized words and the rule it belongs to.
struct CueEntry: Sendable {
    /// Normalized words; the first is the lexicon key.
    var words: [Word]
    /// A proclitic the form ends with (`لـ` in `وفقا لـ`), attached to the next word or standing alone.
    var trailingProclitic: Word?
    /// The index of the rule in `Lexicon.rules`.
    var rule: Int
    /// Whether the form is a circumstantial participle (`قائلا`، `مضيفا`).
    var isParticiple: Bool

    /// How many words and clitics the form covers, to prefer the longest match.
    var weight: Int { words.count * 2 + (trailingProclitic == nil ? 0 : 1) }
}
