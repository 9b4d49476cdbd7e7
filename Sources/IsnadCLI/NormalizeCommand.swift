/// `isnad normalize`: Normalize Arabic text (streaming) to standard output.
public enum NormalizeCommand: Command {
    public static let name = "normalize"
    public static let summary = "Normalize Arabic text (streaming) to standard output."
    public static let synopsis = "isnad normalize [--profile NAME] [--keep OP]... [--fold OP]... [FILE...]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad normalize: not built yet")
        return 1
    }
}
