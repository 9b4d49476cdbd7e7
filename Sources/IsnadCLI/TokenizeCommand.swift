/// `isnad tokenize`: Print tokens with kinds, scalar offsets and normalized forms.
public enum TokenizeCommand: Command {
    public static let name = "tokenize"
    public static let summary = "Print tokens with kinds, scalar offsets and normalized forms."
    public static let synopsis = "isnad tokenize [--format tsv|jsonl] [--sentences] [FILE...]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad tokenize: not built yet")
        return 1
    }
}
