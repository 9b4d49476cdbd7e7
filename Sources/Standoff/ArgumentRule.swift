/// What annotation.conf allows for one role of an event or relation: `Theme+:Protein|<EVENT>`.
public struct ArgumentRule: Hashable, Sendable {
    /// The role, without repetition marks (`Theme`).
    public var role: String
    /// The types that may fill it: labels, event types, or `<ENTITY>`, `<EVENT>`, `<ANY>`.
    public var types: [String]
    /// The fewest times it must appear (`?`, `*` → 0; plain, `+` → 1; `{n}`, `{n-m}` → n).
    public var minimum: Int
    /// The most times it may appear (`?`, plain → 1; `*`, `+` → Int.max; `{n-m}` → m).
    public var maximum: Int

    /// Creates a rule.
    public init(role: String, types: [String], minimum: Int = 1, maximum: Int = 1) {
        self.role = role
        self.types = types
        self.minimum = minimum
        self.maximum = maximum
    }
}
