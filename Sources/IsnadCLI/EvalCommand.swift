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
    A folder without any .ann file, or two folders without a document in common (a wrong path, most
    likely), is an error. Folders are searched recursively, skipping names that start with a dot;
    each .ann is checked against its .txt first.
    """
    public static let options: [OptionSpec] = [
        .flag("--json", help: "print the scores as JSON"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard arguments.operands.count == 2 else {
            throw UsageError("eval needs a gold folder and a prediction folder", command: name)
        }
        guard let folders = AgreeFolders.load(arguments.operands, command: name, console: console) else { return 1 }
        if !folders.shareADocument, let problem = unpaired(folders.documents, gold: arguments.operands[0], predicted: arguments.operands[1]) {
            console.error.line("isnad eval: " + problem)
            return 1
        }
        let report = Evaluation(documents: folders.documents).report()
        if arguments.flag("--json") {
            console.output.write(try EvalJSON.render(report))
        } else {
            console.output.write(EvalTextReport.render(report, gold: arguments.operands[0], predicted: arguments.operands[1]))
        }
        return 0
    }

    /// Why nothing can be scored when not one document is in both folders (one folder given a
    /// level above or below the other, most likely: `gold/dev` against `out`), with an example path of
    /// each; nil when a folder has none to show.
    static func unpaired(_ documents: [DocumentAnnotations], gold: String, predicted: String) -> String? {
        guard let goldExample = documents.first(where: { ($0.annotations.first ?? nil) != nil })?.path,
              let predictedExample = documents.first(where: { ($0.annotations.last ?? nil) != nil })?.path
        else { return nil }
        return "no document of \(predicted) has the relative path of one in \(gold) (\(gold) has \(goldExample).ann, "
            + "\(predicted) has \(predictedExample).ann): give two folders at the same level"
    }
}
