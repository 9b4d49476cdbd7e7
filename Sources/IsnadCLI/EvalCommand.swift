import Agreement
import Foundation

/// `isnad eval`: Score predicted annotations against gold: P/R/F1, attributions, stance.
public enum EvalCommand: Command {
    public static let name = "eval"
    public static let summary = "Score predicted annotations against gold: P/R/F1, attributions, stance."
    public static let synopsis = "isnad eval GOLD_DIR PRED_DIR [--json]"
    public static let discussion = """
    Documents pair up by relative path (DOC.ann beside DOC.txt in both folders; texts must be equal).
    Prints precision, recall and F1 per label with exact and overlap matching (micro and macro),
    attribution P/R/F1 (cue, source and content all overlapping; a missing Source matches a missing
    Source), Stance and Form accuracy on matched attributions, precision per extractor rule (from the
    'rule: NAME' note of each predicted event) and the documents worst first. A gold document without
    a prediction counts as predicting nothing; a predicted document without gold is reported and left out.
    A folder without any .ann file (a wrong path, most likely) is an error. Folders are searched
    recursively, skipping names that start with a dot; each .ann is checked against its .txt first.
    """
    public static let options: [OptionSpec] = [
        .flag("--json", help: "print the scores as JSON"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard arguments.operands.count == 2 else {
            throw UsageError("eval needs a gold folder and a prediction folder", command: name)
        }
        guard let folders = AgreeFolders.load(arguments.operands, command: name, console: console) else { return 1 }
        let report = Evaluation(documents: folders.documents).report()
        if arguments.flag("--json") {
            console.output.write(try EvalJSON.render(report))
        } else {
            console.output.write(EvalTextReport.render(report, gold: arguments.operands[0], predicted: arguments.operands[1]))
        }
        return 0
    }
}
