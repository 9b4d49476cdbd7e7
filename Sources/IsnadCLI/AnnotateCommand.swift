import Dispatch
import Foundation
import TextFiles

/// `isnad annotate`: Tag Source, Cue, Content and Disclaimer in texts; write brat .ann files.
public enum AnnotateCommand: Command {
    public static let name = "annotate"
    public static let summary = "Tag Source, Cue, Content and Disclaimer in texts; write brat .ann files."
    public static let synopsis = "isnad annotate FILE | isnad annotate DIR|FILE... --out OUTDIR [--rules FILE]... [--force] [--jobs N]"
    public static let discussion = """
    With one FILE (or - for standard input) and no --out, prints its .ann to standard output.
    With --out, walks the folders for .txt files (sorted, hidden ones and OUTDIR skipped) and writes
    OUTDIR/REL/DOC.ann, a copy of REL/DOC.txt, and brat's annotation.conf and visual.conf, so brat
    opens OUTDIR as it is. The output is the same whatever the number of jobs.

    A .ann or .txt copy edited by a person since isnad wrote it (OUTDIR/.isnad-manifest.tsv keeps
    hashes of what isnad wrote) is reported and the pair kept; --force rewrites it and keeps the old
    one as .ann.orig or .txt.orig.
    A document that cannot be read (or is not UTF-8) is reported and skipped; the exit code is then 1.
    A progress line is shown when standard error is a terminal, and a summary at the end.

    Examples:
      isnad annotate Corpora/dev/article.txt
      isnad annotate Corpora --out out
      isnad annotate news/ --out out --rules my.rules --jobs 2
    """
    public static let options: [OptionSpec] = [
        .value("--out", alias: "-o", valueName: "OUTDIR", help: "write DOC.ann, DOC.txt and brat conf files below OUTDIR"),
        .value("--rules", valueName: "FILE", repeatable: true, help: "add to or override the default rules (may be repeated)"),
        .flag("--force", help: "rewrite .ann and .txt files edited since isnad wrote them (old ones kept as .orig)"),
        .value("--jobs", alias: "-j", valueName: "N", help: "documents annotated at once (default: the number of cores)"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        try run(arguments, console: console, extractor: AnnotateExtractor.make, configuration: AnnotateExtractor.writeConfiguration)
    }

    /// Runs `isnad annotate` on `arguments` (as after the command's name) with each document's
    /// `.ann` made by `annotate` from the document's bytes instead of by the extractor (`--rules`
    /// is then ignored): benchmarks time with it everything a run does around the extractor.
    /// - Throws: `UsageError` for bad arguments.
    public static func run(_ arguments: [String], console: Console, annotatingWith annotate: @escaping @Sendable ([UInt8]) -> [UInt8]) throws -> Int32 {
        let parsed = try ArgumentParser(command: name, options: options).parse(arguments)
        let replacement: CorpusAnnotator.Annotate = { file in DocumentAnnotation(bytes: annotate(file.bytes), spans: 0, attributions: 0) }
        return try run(parsed, console: console, extractor: { _ in replacement }, configuration: AnnotateExtractor.writeConfiguration)
    }

    /// Runs `isnad annotate` on `arguments` (as after the command's name), adding the CPU time
    /// of each phase of each document to `phases`: benchmarks tell with it the extractor's time
    /// from the time around it.
    /// - Throws: `UsageError` for bad arguments.
    public static func run(_ arguments: [String], console: Console, measuring phases: AnnotatePhaseTimes) throws -> Int32 {
        let parsed = try ArgumentParser(command: name, options: options).parse(arguments)
        return try run(parsed, console: console, extractor: AnnotateExtractor.make, configuration: AnnotateExtractor.writeConfiguration, phases: phases)
    }

    /// Runs the command with the per-document function made by `extractor` (from the rule
    /// files given) and the brat conf writer `configuration`, timing each phase into `phases`.
    static func run(
        _ arguments: ParsedArguments, console: Console,
        extractor: ([String]) throws -> CorpusAnnotator.Annotate,
        configuration: @escaping (String) throws -> Void,
        phases: AnnotatePhaseTimes? = nil
    ) throws -> Int32 {
        let operands = arguments.operands
        guard !operands.isEmpty else {
            throw UsageError("give a FILE, or folders and --out OUTDIR", command: name)
        }
        let jobs = try parseJobs(arguments.value("--jobs"))
        guard let outFolder = arguments.value("--out") else {
            var isDirectory: ObjCBool = false
            if operands.count > 1 || (FileManager.default.fileExists(atPath: operands[0], isDirectory: &isDirectory) && isDirectory.boolValue) {
                throw UsageError("folders and several files need --out OUTDIR", command: name)
            }
            if arguments.flag("--force") {
                throw UsageError("--force rewrites files in OUTDIR: it needs --out OUTDIR", command: name)
            }
            guard let annotate = loadExtractor(extractor, rules: arguments.allValues("--rules"), console: console) else { return 1 }
            return annotateOne(operands[0], annotate: annotate, console: console)
        }
        guard !outFolder.isEmpty else { throw UsageError("--out needs a folder name", command: name) }
        guard let annotate = loadExtractor(extractor, rules: arguments.allValues("--rules"), console: console) else { return 1 }
        return annotateCorpus(
            operands, outFolder: outFolder, force: arguments.flag("--force"), jobs: jobs,
            annotate: annotate, configuration: configuration, console: console, phases: phases)
    }

    private static func parseJobs(_ value: String?) throws -> Int {
        guard let value else { return max(1, ProcessInfo.processInfo.activeProcessorCount) }
        guard let jobs = Int(value), jobs >= 1 else {
            throw UsageError("--jobs needs a whole number of at least 1, not '\(value)'", command: name)
        }
        return jobs
    }

    private static func loadExtractor(
        _ extractor: ([String]) throws -> CorpusAnnotator.Annotate, rules: [String], console: Console
    ) -> CorpusAnnotator.Annotate? {
        do {
            return try extractor(rules)
        } catch {
            console.error.line("\(error)")
            return nil
        }
    }

    /// Prints the `.ann` of one file (or `-`, standard input).
    private static func annotateOne(_ path: String, annotate: CorpusAnnotator.Annotate, console: Console) -> Int32 {
        do {
            let file = path == "-"
                ? try TextFile(path: "<stdin>", bytes: console.input.readAll())
                : try TextFile(contentsOf: path)
            console.output.write(bytes: try annotate(file).bytes)
            return 0
        } catch let error as TextFileError {
            console.error.line(error.description)
        } catch {
            console.error.line("\(path): cannot annotate: \(error)")
        }
        return 1
    }

    /// Creates `outFolder` if needed, checks that files can be made in it, and reads its manifest.
    private static func prepareOutputFolder(_ outFolder: String) throws -> AnnotateManifest {
        try makeFolder(outFolder, isTheOutput: true)
        if access(outFolder, W_OK | X_OK) != 0 {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
        }
        return try AnnotateManifest(readingFrom: outFolder)
    }

    /// Creates `path` and its missing parents, with the system's reason when it cannot
    /// (`it is a file` for the output folder itself, `not a directory` for a parent).
    private static func makeFolder(_ path: String, isTheOutput: Bool) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw isTheOutput ? CocoaError(.fileWriteFileExists) : NSError(domain: NSPOSIXErrorDomain, code: Int(ENOTDIR))
        }
        if let parent = parentFolder(of: path) { try makeFolder(parent, isTheOutput: false) }
        if mkdir(path, 0o777) != 0, errno != EEXIST {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
        }
    }

    /// The folder `path` is in (`a/b/` → `a`), or nil for a bare name or a name under `/`.
    static func parentFolder(of path: String) -> String? {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return nil }
        let parent = trimmed[..<slash]
        return parent.isEmpty ? nil : String(parent)
    }

    /// Annotates every document of `operands` into `outFolder`.
    private static func annotateCorpus(
        _ operands: [String], outFolder: String, force: Bool, jobs: Int,
        annotate: @escaping CorpusAnnotator.Annotate, configuration: @escaping (String) throws -> Void, console: Console,
        phases: AnnotatePhaseTimes?
    ) -> Int32 {
        let started = DispatchTime.now().uptimeNanoseconds
        if let output = FileIdentity(path: outFolder), operands.contains(where: { FileIdentity(path: $0) == output }) {
            // the walk skips OUTDIR, so nothing would be annotated, but the conf files would land among the texts
            console.error.line("\(outFolder): cannot use as output folder: it is also an input folder; give --out a folder of its own")
            return 1
        }
        let manifest: AnnotateManifest
        do {
            manifest = try prepareOutputFolder(outFolder)
        } catch let error as AnnotateManifestError {
            console.error.line(error.description)
            return 1
        } catch {
            console.error.line("\(outFolder): cannot use as output folder: \(AnnotateFileProblem.reason(error))")
            return 1
        }
        let walk = CorpusWalker(excluding: outFolder).walk(operands)
        let tally = AnnotateTally(
            documents: walk.documents, error: console.error, showsProgress: console.errorIsTerminal,
            manifest: manifest, outFolder: outFolder, started: started)
        walk.problems.forEach(tally.fail)
        do {
            let messages = try AnnotateBratConfiguration(writeFiles: configuration).install(in: outFolder, force: force)
            messages.forEach { console.error.line($0) }
        } catch {
            tally.fail("\(outFolder): cannot write the brat conf files: \(AnnotateFileProblem.reason(error))")
        }
        let annotator = CorpusAnnotator(annotate: annotate, outFolder: outFolder, manifest: manifest, force: force, jobs: jobs, phases: phases)
        annotator.run(walk.documents, tally: tally)
        var (summary, updated) = tally.finish()
        if let updated {
            do {
                try updated.write(to: outFolder)
            } catch {
                console.error.line("\(error)")
                summary.problems += 1
            }
        }
        console.error.line(summary.description)
        return summary.hasFailures ? 1 : 0
    }
}
