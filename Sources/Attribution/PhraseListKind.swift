/// The kinds of word and phrase lists a rule file can hold besides cues.
public enum PhraseListKind: String, Sendable, CaseIterable, Hashable {
    /// Words that negate a following cue (لم، لا، ما، ليس).
    case negator
    /// Words that introduce reported speech (أن، إن، بأن).
    case complementizer
    /// Phrases before which a Source noun phrase stops (في مقابلة، أمس).
    case sourceEnd = "source-end"
    /// Phrases that mark the outlet's disclaimer sentence; `…` skips up to eight words.
    case disclaimer
    /// Line openings that make no claim (كلمات دلالية، اقرأ أيضا، المصدر).
    case notClaim = "not-claim"
    /// Marks that open a tweet's signature line (`— CNN (@CNN) …`).
    case signature
}
