/// Where a rule record was read: a file (or default file name) and a 1-based line.
public struct RuleLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path, or the name of a default rule file.
    public var path: String
    /// The 1-based line number.
    public var line: Int

    /// A location.
    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }

    /// `path:line`.
    public var description: String { "\(path):\(line)" }
}
