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
        let utf8 = role.utf8
        guard !utf8.isEmpty else { return role }
        var end = utf8.endIndex
        while end > utf8.index(after: utf8.startIndex) {
            let before = utf8.index(before: end)
            guard (0x30...0x39).contains(utf8[before]) else { break }
            end = before
        }
        return end == utf8.endIndex ? role : String(role[..<end])
    }
}
