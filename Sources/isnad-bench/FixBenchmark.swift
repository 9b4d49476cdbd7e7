import Foundation
import IsnadCLI
import Parallelism

/// Runs the fix benchmark and returns the exit code: writes one document whose text was edited
/// after it was annotated (see `StaleSpanDocument`), with about N stale spans and, unless
/// `--no-kept`, the old text kept as `DOC.txt.orig`, and times `isnad check --fix` on it.
/// `--vocabulary N` writes the text with only N different words, so that every span's text
/// occurs many times and the shift of its neighbours decides.
/// `--chain` writes the same sentence N times and one letter before each span instead, and
/// `--chain --distinct` a different word in each sentence (see `StaleSpanDocument.init(chainOf:)`).
/// Arguments: `[--spans N] [--edits N] [--vocabulary N] [--chain [--distinct]] [--seed N] [--corpus DIR] [--no-kept] [--keep FOLDER]`.
func runFixBenchmark(_ arguments: [String]) -> Int32 {
    func option(_ name: String) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
    let spans = option("--spans").flatMap(Int.init) ?? 2_000
    let edits = option("--edits").flatMap(Int.init) ?? max(8, spans / 100)
    let seed = option("--seed").flatMap(UInt64.init) ?? 1
    let corpus = option("--corpus") ?? "Corpora/dev"
    let vocabulary = option("--vocabulary").flatMap(Int.init)
    let keptOld = !arguments.contains("--no-kept")
    let kept = option("--keep")
    let folder = kept ?? NSTemporaryDirectory() + "isnad-fix-bench-" + UUID().uuidString
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let document: StaleSpanDocument
    do {
        if arguments.contains("--chain") {
            document = StaleSpanDocument(chainOf: spans, distinct: arguments.contains("--distinct"))
        } else {
            let lines = try StaleSpanDocument.corpusLines(in: corpus)
            guard !lines.isEmpty else {
                print("isnad-bench fix: no text in \(corpus)/*.txt")
                return 1
            }
            document = StaleSpanDocument(lines: lines, staleSpans: spans, edits: edits, seed: seed, vocabulary: vocabulary)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(document.newText.utf8).write(to: URL(fileURLWithPath: folder + "/doc.txt"))
        if keptOld { try Data(document.oldText.utf8).write(to: URL(fileURLWithPath: folder + "/doc.txt.orig")) }
        try Data(document.annotations.utf8).write(to: URL(fileURLWithPath: folder + "/doc.ann"))
    } catch {
        print("isnad-bench fix: \(error)")
        return 1
    }
    print("fix: \(document.spanCount) spans, \(document.staleCount) stale, \(arguments.contains("--chain") ? "one letter before each" : "\(edits) edits"), text \(document.newText.unicodeScalars.count) scalars (was \(document.oldText.unicodeScalars.count)), \(keptOld ? "old text kept as doc.txt.orig" : "no kept old text")\(vocabulary.map { ", \($0) different words" } ?? "")")
    let console = Console.memory()
    let started = Date()
    let code = Isnad.main(["check", "--fix", folder], console: console)
    let seconds = Date().timeIntervalSince(started)
    let output = (console.output.text + "\n" + console.error.text).split(separator: "\n")
    let moved = output.filter { $0.contains(" re-anchored from ") }.count
    let missing = output.filter { $0.contains("cannot re-anchor") && $0.hasSuffix("does not occur in the text") }.count
    let ambiguous = output.filter { $0.contains("cannot re-anchor") && $0.contains("are about equally near") }.count
    print("fix: isnad check --fix \(String(format: "%.3f", seconds)) s wall (exit \(code)): \(moved) re-anchored, \(ambiguous) ambiguous, \(missing) missing")
    return 0
}
