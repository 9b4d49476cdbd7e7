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
    /// Whether the form is a plural verb (`قالوا`، `يكتبون`، `طالبوه`): see `CueEntry.isPluralVerb(_:isParticiple:)`.
    let isPluralVerb: Bool

    init(words: [Word], trailingProclitic: Word?, rule: Int, cueClass: CueClass, isParticiple: Bool) {
        self.words = words
        self.trailingProclitic = trailingProclitic
        self.rule = rule
        self.cueClass = cueClass
        self.isParticiple = isParticiple
        weight = words.count * 2 + (trailingProclitic == nil ? 0 : 1)
        secondWordHash = words.count > 1 ? words[1].hash : nil
        isPluralVerb = words.first.map { CueEntry.isPluralVerb($0.text, isParticiple: isParticiple) } ?? false
    }

    /// Whether a form whose first word is `form` is a plural verb (`قالوا`، `يكتبون`، `طالبوه`): its subject is
    /// in the verb, so no Source follows it unless it is a sound plural (`وطالبوا رئيس الحزب بـ…`: the noun
    /// after it is the addressee; `يكتبون كذبا أن …`). A participle (`قائلين`) is none.
    static func isPluralVerb(_ form: String, isParticiple: Bool) -> Bool {
        guard !isParticiple, let first = form.unicodeScalars.first else { return false }
        if form.hasSuffix("وا") { return true }
        // طالبوه، اتهموهم (not نوه، ينوه "pointed out")
        if ["وه", "وها", "وهم"].contains(where: { form.hasSuffix($0) }), !"يتنم".unicodeScalars.contains(first),
           form.unicodeScalars.count >= 4 { return true }
        return (first == "ي" || first == "ت") && form.hasSuffix("ون")
    }
}
