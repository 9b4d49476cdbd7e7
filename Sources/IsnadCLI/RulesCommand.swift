/// `isnad rules`: Print the default rule files, to copy and edit.
public enum RulesCommand: Command {
    public static let name = "rules"
    public static let summary = "Print the default rule files, to copy and edit."
    public static let synopsis = "isnad rules [NAME]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad rules: not built yet")
        return 1
    }
}
