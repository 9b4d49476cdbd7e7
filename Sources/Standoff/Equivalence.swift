/// An equivalence (`*` line): annotations of one type that are the same thing.
///
/// `*<TAB>Equiv T1 T2 T3` (no identifier of its own).
public struct Equivalence: Hashable, Sendable {
    /// The equivalence type, such as `Equiv` or `Alias`.
    public var type: String
    /// The identifiers of the equivalent annotations, in the order written.
    public var members: [String]

    /// Creates an equivalence.
    public init(type: String, members: [String]) {
        self.type = type
        self.members = members
    }
}
