/// A problem found in a file, printed like a compiler's: `path:line:column: error: message`.
///
/// Lines and columns are 1-based; columns count Unicode scalars. Line 0 means the whole file
/// (printed as `path: error: message`).
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file the problem is in.
    public var path: String
    /// The 1-based line, or 0 for the whole file.
    public var line: Int
    /// The 1-based column in Unicode scalars, or 0 for the whole line or file.
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, naming the cause and the unit.
    public var message: String

    /// Creates a diagnostic.
    public init(path: String, line: Int, column: Int, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `path:line:column: severity: message` (line and column left out when 0).
    public var description: String {
        var place = path
        if line > 0 {
            place += ":\(line)"
            if column > 0 { place += ":\(column)" }
        }
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// Orders by path, line, column, severity, then message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}
