/// One form of a cue, compiled: its normalized words and the rule it belongs to.
///
/// A class: every match of the form shares it, so a `CueMatch` copies one reference, not the words.
final class CueEntry: Sendable {
    /// Normalized words; the first is the lexicon key.
    let words: [Word]
    /// A proclitic the form ends with (`لـ` in `وفقا لـ`), attached to the next word or standing alone.
    let trailingProclitic: Word?
    /// The index of the rule in `Lexicon.rules`.
    let rule: Int
    /// The class of the rule (kept here so that matching reads no rule).
    let cueClass: CueClass
    /// Whether the form is a circumstantial participle (`قائلا`، `مضيفا`).
    let isParticiple: Bool
    /// How many words and clitics the form covers, to prefer the longest match.
    let weight: Int
    /// The hash of the second word, if any: most multiword forms are ruled out on it alone.
    let secondWordHash: UInt64?

    init(words: [Word], trailingProclitic: Word?, rule: Int, cueClass: CueClass, isParticiple: Bool) {
        self.words = words
        self.trailingProclitic = trailingProclitic
        self.rule = rule
        self.cueClass = cueClass
        self.isParticiple = isParticiple
        weight = words.count * 2 + (trailingProclitic == nil ? 0 : 1)
        secondWordHash = words.count > 1 ? words[1].hash : nil
    }
}
