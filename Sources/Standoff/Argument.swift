/// One `ROLE:ID` argument of an event or relation, such as `Source:T1` or `Content2:T5`.
public struct Argument: Hashable, Sendable {
    /// The role as written, numbered roles included (`Content2`).
    public var role: String
    /// The identifier of the annotation that fills the role.
    public var id: String

    /// Creates an argument.
    public init(role: String, id: String) {
        self.role = role
        self.id = id
    }

    /// The role without its numeric suffix (`Content2` → `Content`), as brat compares roles.
    public var baseRole: String {
        var scalars = Substring(role).unicodeScalars
        while scalars.count > 1, let last = scalars.last, ("0"..."9").contains(last) {
            scalars.removeLast()
        }
        return String(scalars)
    }
}
