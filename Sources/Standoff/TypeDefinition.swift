/// One type declared in annotation.conf: an entity, event, relation or attribute line.
///
/// `Binding	Theme+:Protein, Site*:Entity`: name `Binding`, two argument rules. For attributes
/// (`Mention	Arg:<ENTITY>, Value:Name|Nominal`) the `Arg` and `Value` keys are kept in
/// `targets` and `values`.
public struct TypeDefinition: Hashable, Sendable {
    /// The storage name used in `.ann` files (the first of the `|`-separated terms).
    public var name: String
    /// Whether it is marked `!` (a grouping node that cannot be used for annotation).
    public var isAbstract: Bool
    /// The argument rules of an event or relation, in order.
    public var arguments: [ArgumentRule]
    /// Reserved keys such as `<REL-TYPE>:symmetric-transitive`, by key.
    public var specialArguments: [String: [String]]
    /// For attributes: what the attribute may be put on (`Arg:`).
    public var targets: [String]
    /// For attributes: the allowed values (`Value:`); empty for a binary attribute.
    public var values: [String]
    /// The 1-based line of annotation.conf it was declared on (0 for built-in definitions).
    public var line: Int

    /// Creates a definition.
    public init(name: String, isAbstract: Bool = false, arguments: [ArgumentRule] = [], specialArguments: [String: [String]] = [:],
                targets: [String] = [], values: [String] = [], line: Int = 0) {
        self.name = name
        self.isAbstract = isAbstract
        self.arguments = arguments
        self.specialArguments = specialArguments
        self.targets = targets
        self.values = values
        self.line = line
    }

    /// The rule for `role` (compared without numeric suffix), if declared.
    public func rule(for role: String) -> ArgumentRule? {
        arguments.first { $0.role == role }
    }
}
