/// `isnad annotate`: Tag Source, Cue, Content and Disclaimer in texts; write brat .ann files.
public enum AnnotateCommand: Command {
    public static let name = "annotate"
    public static let summary = "Tag Source, Cue, Content and Disclaimer in texts; write brat .ann files."
    public static let synopsis = "isnad annotate FILE | isnad annotate DIR... --out OUTDIR [--rules FILE] [--force]"
    public static let discussion = ""
    public static let options: [OptionSpec] = []

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        console.error.line("isnad annotate: not built yet")
        return 1
    }
}
