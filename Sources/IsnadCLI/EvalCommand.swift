/// `isnad eval`: Score predicted annotations against gold: P/R/F1, attributions, stance.
public enum EvalCommand: Command {
    public static let name = "eval"
    public static let summary = "Score predicted annotations against gold: P/R/F1, attributions, stance."
    public static let synopsis = "isnad eval GOLD_DIR PRED_DIR [--json]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad eval: not built yet")
        return 1
    }
}
