/// The kinds of word and phrase lists a rule file can hold besides cues.
public enum PhraseListKind: String, Sendable, CaseIterable, Hashable {
    /// Words that negate a following cue (لم، لا، ما، ليس).
    case negator
    /// Words that introduce reported speech (أن، إن، بأن).
    case complementizer
    /// Phrases before which a Source noun phrase stops (في مقابلة، أمس).
    case sourceEnd = "source-end"
    /// Time words and adverbs (اليوم، أمس، بالفعل): a Source stops before them, as before a
    /// `source-end` phrase, and right after a cue they are skipped before its Source
    /// (`حذرت اليوم وزارة الصحة …`).
    case adverbial
    /// Prepositions: a comma segment opening with one ends a Source; a governed one stays outside an object.
    case preposition
    /// Words a Source before its cue does not reach back past (لكن، حيث، قد).
    case boundary
    /// Relative pronouns that end a Source (الذي، التي).
    case relative
    /// Words allowed between a quotation and its cue (هذا الخبر نشرته).
    case anaphor
    /// Prepositions that introduce the original speaker inside a publication cue's gap (نقلت X عن Y).
    case relay
    /// Contents that turn a cue's stance to Deny (وصفها بأنها ملفقة).
    case denialContent = "denial-content"
    /// Prepositions a cue governs before an object Content (`كشفت عن`، `دعا إلى`); they stay outside it.
    case governed
    /// Words that open a new clause: a cue's Source gap stops there, and a Content stops at a comma
    /// before one that starts with و (`، ومن المؤكد`).
    case clauseBreak = "clause-break"
    /// Phrases that mark the outlet's disclaimer sentence; `…` skips up to eight words.
    case disclaimer
    /// Line openings that make no claim (كلمات دلالية، اقرأ أيضا، المصدر).
    case notClaim = "not-claim"
    /// Marks that open a tweet's signature line (`— CNN (@CNN) …`).
    case signature
    /// Cue forms that, with no Source before their complementizer, are the writer's impersonal
    /// passive (`ويُذكر أن`، `يُتوقع أن`): no claim, unless an according-to phrase names who says it.
    case impersonal
    /// Words that start a verb's object after its subject (`نفى المتحدث صحة …`، `أي`).
    case objectStart = "object-start"
    /// Nouns that head a construct phrase in a Source (`وزير الداخلية`): a definite word after one
    /// continues the Source rather than starting an object.
    case construct
    /// Words a cue's Content must start with, for the cue record the list is named after: `رفض`
    /// denies a claim (`رفض التقارير`، `هذه المزاعم`), not an action (`رفض حضور الاجتماع`).
    case claimObject = "claim-object"
    /// Words that, right after an according-to cue, name a rule or a plan rather than a speaker
    /// (`طبقا للقانون`، `بحسب الاتفاق`: "in line with"): no attribution.
    case notSpeaker = "not-speaker"
    /// Nouns that, right after a relay (`روى الصحفي عن رحلته`، `حكى عن معاناته`), name what is told
    /// about, not who told it: عن is "about", no relayed speaker.
    case topic
    /// Inanimate subjects that point to something rather than say it (`الأرقام`، `المؤشرات`): as a cue's
    /// Source they make no claim (`الأرقام لا تشير إلى تحسن`), unlike a report or a study.
    case evidence
}
