import Foundation
import Parallelism
import Standoff

/// `isnad check`: Validate .ann files against their .txt and scheme; --fix repairs hand edits.
public enum CheckCommand: Command {
    public static let name = "check"
    public static let summary = "Validate .ann files against their .txt and scheme; --fix repairs hand edits."
    public static let synopsis = "isnad check [--fix] [--eol] PATH..."
    public static let discussion = """
    Checks every DOC.ann (files, or folders searched recursively) against DOC.txt beside it and
    the nearest annotation.conf in its folder or above (the Isnad scheme when there is none), and
    prints each problem as PATH:LINE:COLUMN: error|warning: MESSAGE, sorted. Offsets and columns
    count Unicode scalars. Exit status: 1 when there is an error, 0 otherwise, 2 for bad usage.

    --fix repairs hand edits and writes canonical files (the old one kept as DOC.ann.orig):
      T?<TAB>Source<TAB>دميتري موسياكوف      a span by its text: offsets and a fresh ID are filled in
      T?<TAB>Source @2<TAB>…                 the 2nd occurrence of the text
      E?<TAB>Cue:@L12 Source:@L11            E?/A?/R?/N?/#? get fresh IDs; @L12 = the annotation on line 12
      a span whose text and offsets disagree is moved to an occurrence of its text chosen by its
      context in DOC.txt.orig (if kept) and by how far its neighbouring spans moved; a near tie
      stays an error listing the candidates.
    A byte order mark at the start of a DOC.ann is removed, and its CRLF/CR line ends become LF.
    --fix --eol also turns a CRLF (or CR) DOC.txt into LF, drops a BOM, and shifts the offsets.

    Examples:
      isnad check Annotations/gold
      isnad check --fix news01.ann
    """
    public static let options: [OptionSpec] = [
        .flag("--fix", help: "repair hand edits (T? spans, @L references, stale offsets) and write the files"),
        .flag("--eol", help: "with --fix: convert CRLF/CR line ends of the .txt to LF and shift offsets"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        guard !arguments.operands.isEmpty else {
            throw UsageError("check needs at least one .ann file or folder", command: name)
        }
        let fix = arguments.flag("--fix")
        let endOfLines = arguments.flag("--eol")
        if endOfLines && !fix {
            throw UsageError("--eol only works with --fix", command: name)
        }
        let (files, missing) = CheckFileCollector.annotationFiles(in: arguments.operands)
        var schemes: [String: ProjectScheme] = [:]
        var diagnostics = missing
        var checkers: [AnnotationFileChecker] = []
        for file in files {
            let folder = file.lastIndex(of: "/").map { $0 == file.startIndex ? "/" : String(file[..<$0]) } ?? "."
            if schemes[folder] == nil {
                let scheme = ProjectScheme.forDocuments(in: folder)
                schemes[folder] = scheme
                diagnostics += scheme.diagnostics
            }
            if let scheme = schemes[folder] {
                checkers.append(AnnotationFileChecker(scheme: scheme, fix: fix, endOfLines: endOfLines))
            }
        }
        let results = ParallelMap.map(Array(zip(files, checkers))) { pair in pair.1.check(pair.0) }
        var seen = Set<Diagnostic>()
        diagnostics = (diagnostics + results.flatMap(\.diagnostics)).filter { seen.insert($0).inserted }.sorted()
        for diagnostic in diagnostics { console.output.line(diagnostic.description) }
        for result in results where !result.written.isEmpty {
            for (path, backup) in result.written {
                console.error.line("\(path): fixed\(backup.map { " (previous kept as \($0))" } ?? "")")
            }
            for repair in result.repairs { console.error.line("  \(repair)") }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        console.error.line("isnad check: \(files.count) file\(files.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        return errors > 0 ? 1 : 0
    }
}
