/// `isnad agree`: Inter-annotator agreement over two or more annotation folders.
public enum AgreeCommand: Command {
    public static let name = "agree"
    public static let summary = "Inter-annotator agreement over two or more annotation folders."
    public static let synopsis = "isnad agree DIR_A DIR_B [DIR_C...] [--json|--csv] [--html FILE]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad agree: not built yet")
        return 1
    }
}
