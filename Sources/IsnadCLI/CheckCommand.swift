/// `isnad check`: Validate .ann files against their .txt and scheme; --fix repairs hand edits.
public enum CheckCommand: Command {
    public static let name = "check"
    public static let summary = "Validate .ann files against their .txt and scheme; --fix repairs hand edits."
    public static let synopsis = "isnad check [--fix] [--eol] PATH..."
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad check: not built yet")
        return 1
    }
}
