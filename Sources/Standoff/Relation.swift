/// A binary relation (`R` line): `R1<TAB>Located Arg1:T1 Arg2:T2`.
public struct Relation: Hashable, Sendable {
    /// The identifier, such as `R1`.
    public var id: String
    /// The relation type.
    public var type: String
    /// The two arguments, in the order written.
    public var arguments: [Argument]

    /// Creates a relation.
    public init(id: String, type: String, arguments: [Argument]) {
        self.id = id
        self.type = type
        self.arguments = arguments
    }
}
