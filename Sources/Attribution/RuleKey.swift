/// What identifies a rule record: its kind word and its name (`cue speech-qala`).
public struct RuleKey: Sendable, Hashable, CustomStringConvertible {
    /// The kind word: `cue`, `negator`, `quote`, `setting` …
    public var kind: String
    /// The record's name.
    public var name: String

    /// A key.
    public init(kind: String, name: String) {
        self.kind = kind
        self.name = name
    }

    /// `kind name`.
    public var description: String { "\(kind) \(name)" }
}
