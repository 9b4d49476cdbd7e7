/// A command line that does not fit the command: printed with a hint, exit code 2.
public struct UsageError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in one sentence.
    public let message: String
    /// The command it concerns (for the `see 'isnad help …'` hint), or nil for the top level.
    public let command: String?

    /// Creates a usage error.
    public init(_ message: String, command: String?) {
        self.message = message
        self.command = command
    }

    /// The full text, with a pointer to the help.
    public var description: String { description(usage: nil) }

    /// The full text with `usage: SYNOPSIS` (when given) before the pointer to the help.
    public func description(usage synopsis: String?) -> String {
        let help = command.map { "isnad help \($0)" } ?? "isnad --help"
        return "isnad: \(message)\n" + (synopsis.map { "usage: \($0)\n" } ?? "") + "see '\(help)'"
    }
}
