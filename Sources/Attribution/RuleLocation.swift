/// Where a rule record was read: a file (or default file name), a 1-based line and the 1-based column
/// of the record's name.
public struct RuleLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path, or the name of a default rule file.
    public var path: String
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column of the record's name, in Unicode scalars (a byte-order mark at the file's
    /// start not counted).
    public var column: Int

    /// A location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }
}
