/// The numeric settings a rule file can change (`setting max-source-words | 30`).
public enum RuleSetting: String, Sendable, CaseIterable, Hashable {
    /// The longest Source noun phrase, in words.
    case maxSourceWords = "max-source-words"
    /// The longest subject before a headline colon, in words.
    case maxHeadlineSourceWords = "max-headline-source-words"
    /// How many words may separate a cue and its complementizer or colon.
    case maxCueGap = "max-cue-gap"

    /// The value when no rule file sets it.
    public var defaultValue: Int {
        switch self {
        case .maxSourceWords: return 30
        case .maxHeadlineSourceWords: return 4
        case .maxCueGap: return 30
        }
    }
}
