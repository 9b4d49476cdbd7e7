/// How two spans must coincide to count as the same annotation.
public enum MatchMode: String, Hashable, Sendable, CaseIterable {
    /// The same fragments, offset for offset.
    case exact
    /// At least one shared position.
    case overlap
}
