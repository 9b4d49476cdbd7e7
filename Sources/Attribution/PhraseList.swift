/// A named list of words or phrases of one kind (`negator arabic | لم، لا، ما`).
public struct PhraseList: Sendable, Hashable {
    /// What the phrases are for.
    public var kind: PhraseListKind
    /// The record's name, unique within its kind.
    public var name: String
    /// The phrases as written; spaces separate words.
    public var phrases: [String]
    /// Where the record was read.
    public var location: RuleLocation

    /// A phrase list.
    public init(kind: PhraseListKind, name: String, phrases: [String], location: RuleLocation) {
        self.kind = kind
        self.name = name
        self.phrases = phrases
        self.location = location
    }
}
