import Agreement
import Foundation
import TextFiles

/// `isnad agree`: Inter-annotator agreement over two or more annotation folders.
public enum AgreeCommand: Command {
    public static let name = "agree"
    public static let summary = "Inter-annotator agreement over two or more annotation folders."
    public static let synopsis = "isnad agree DIR_A DIR_B [DIR_C...] [--json|--csv] [--html FILE] [--pairs FILE.csv] [--seed N] [--samples N] [--units tokens|scalars]"
    public static let discussion = """
    Each folder holds one annotator's DOC.ann files beside their DOC.txt; documents pair up by relative
    path. A document missing from some folders is reported and treated as missing data (but at least
    one document must be in two folders); texts that
    differ between folders are an error. Prints span P/R/F1 (exact and overlap, per pair), Cohen's κ,
    Fleiss' κ, Krippendorff's α, percent agreement and Gwet's AC1 in IO encoding per label, unitizing
    αu over scalar offsets, attribution F1 and Stance/Form agreement, a label confusion matrix and the
    documents worst first, each figure with a bootstrap 95% interval over documents and its coverage.
    An undefined figure is printed as undefined with its reason. A folder without any .ann file (a
    wrong path, most likely) is an error.
    """
    public static let options: [OptionSpec] = [
        .flag("--json", help: "print the report as JSON"),
        .flag("--csv", help: "print one CSV row per figure"),
        .value("--html", valueName: "FILE", help: "also write a self-contained HTML report"),
        .value("--pairs", valueName: "FILE.csv", help: "also write every aligned span pair as CSV, for adjudication"),
        .value("--seed", valueName: "N", help: "bootstrap seed (default 1)"),
        .value("--samples", valueName: "N", help: "bootstrap resamples (default 1000; 0: no intervals; at most 100000)"),
        .value("--units", valueName: "tokens|scalars", help: "units of κ and α (default tokens)"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard arguments.operands.count >= 2 else {
            throw UsageError("agree needs at least two annotation folders", command: name)
        }
        guard !(arguments.flag("--json") && arguments.flag("--csv")) else {
            throw UsageError("--json and --csv exclude each other", command: name)
        }
        for option in ["--html", "--pairs"] {
            var isFolder: ObjCBool = false
            if let path = arguments.value(option), FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw UsageError("\(option) needs a file name, and '\(path)' is a folder", command: name)
            }
        }
        let bootstrap = try bootstrapOption(arguments)
        let kindName = arguments.value("--units") ?? UnitKind.tokens.rawValue
        guard let kind = UnitKind(rawValue: kindName) else {
            throw UsageError("--units must be tokens or scalars, not '\(kindName)'", command: name)
        }
        guard let folders = AgreeFolders.load(arguments.operands, command: name, console: console) else { return 1 }
        guard folders.shareADocument else {
            console.error.line("isnad agree: no document is annotated in two of the folders (same relative path, "
                + "e.g. a/news01.ann and b/news01.ann): give folders at the same level")
            return 1
        }
        let study = AgreementStudy(annotators: folders.names, documents: folders.documents)
        let report = study.report(unitKind: kind, units: kind.segmenter, bootstrap: bootstrap,
                                  keepPairs: arguments.value("--pairs") != nil)
        if arguments.flag("--json") {
            console.output.write(try AgreeJSON.render(report))
        } else if arguments.flag("--csv") {
            console.output.write(AgreeCSV.figures(report))
        } else {
            console.output.write(AgreeTextReport.render(report))
        }
        do {
            if let path = arguments.value("--html") {
                try AtomicFile.write(AgreeHTML.render(report, documents: folders.documents), to: path, keepingBackup: true)
            }
            if let path = arguments.value("--pairs") {
                try AtomicFile.write(AgreeCSV.pairs(report), to: path, keepingBackup: true)
            }
        } catch {
            console.error.line("isnad agree: \(error)")
            return 1
        }
        return 0
    }

    /// The most resamples `--samples` accepts. Every resample's figures are kept until the intervals
    /// are read off (about 4 KB a resample for two annotators), so a count past this would ask for
    /// more memory than a machine has and stop the run with a trap instead of a message.
    static let maximumSamples = 100_000

    /// The bootstrap from `--seed` and `--samples`, or nil for `--samples 0`.
    /// - Throws: `UsageError` for a seed that is no whole number ≥ 0 or a count outside 0…`maximumSamples`.
    static func bootstrapOption(_ arguments: ParsedArguments) throws -> Bootstrap? {
        var bootstrap = Bootstrap()
        if let text = arguments.value("--seed") {
            guard let seed = UInt64(text) else { throw UsageError("--seed needs a whole number ≥ 0, not '\(text)'", command: name) }
            bootstrap.seed = seed
        }
        if let text = arguments.value("--samples") {
            guard let samples = Int(text), (0...maximumSamples).contains(samples) else {
                throw UsageError("--samples needs a whole number from 0 to \(maximumSamples), not '\(text)'", command: name)
            }
            bootstrap.samples = samples
        }
        return bootstrap.samples > 0 ? bootstrap : nil
    }
}
