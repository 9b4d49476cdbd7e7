import Foundation
import TestSupport
@testable import IsnadCLI

/// Temp folders, the bundled corpus and a fake extractor for the annotate tests.
enum AnnotateTestSupport {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The bundled corpus.
    static let corpora = root + "/Corpora"
    /// How many `.txt` documents the bundled corpus holds (`dev/` and `test/`), counted from the folders.
    static let corpusDocumentCount = ["dev", "test"].reduce(0) { count, folder in
        count + ((try? FileManager.default.contentsOfDirectory(atPath: corpora + "/" + folder)) ?? []).filter { $0.hasSuffix(".txt") }.count
    }

    /// A stand-in extractor: a Cue span on every `قال`, a Source span on every `وكالة`, and an
    /// event per Cue, so the batch machinery is tested without the real rules.
    static let fakeAnnotate: CorpusAnnotator.Annotate = { file in
        var lines: [String] = []
        var t = 0
        var e = 0
        let scalars = file.scalars
        for (label, word) in [("Cue", "قال"), ("Source", "وكالة")] {
            let pattern = Array(word.unicodeScalars)
            guard scalars.count >= pattern.count else { continue }
            for start in 0...(scalars.count - pattern.count) where scalars[start..<(start + pattern.count)].elementsEqual(pattern) {
                t += 1
                lines.append("T\(t)\t\(label) \(start) \(start + pattern.count)\t\(word)")
                if label == "Cue" { e += 1; lines.append("E\(e)\tCue:T\(t)") }
            }
        }
        return DocumentAnnotation(bytes: Array(lines.map { $0 + "\n" }.joined().utf8), spans: t, attributions: e)
    }

    /// A stand-in brat conf writer.
    static let fakeConfiguration: @Sendable (String) throws -> Void = { folder in
        try "[entities]\nSource\nCue\nContent\nDisclaimer\n".write(toFile: folder + "/annotation.conf", atomically: true, encoding: .utf8)
        try "[labels]\nCue | Cue\n".write(toFile: folder + "/visual.conf", atomically: true, encoding: .utf8)
    }

    /// Runs `isnad annotate ARGUMENTS` in-process with the fake extractor.
    static func runFake(_ arguments: [String], terminal: Bool = false) throws -> (status: Int32, output: String, error: String) {
        let console = Console(output: OutputSink(), error: OutputSink(), input: InputSource(bytes: []), errorIsTerminal: terminal)
        let parsed = try ArgumentParser(command: AnnotateCommand.name, options: AnnotateCommand.options).parse(arguments)
        let status = try AnnotateCommand.run(
            parsed, console: console, extractor: { _ in fakeAnnotate }, configuration: fakeConfiguration)
        return (status, console.output.text, console.error.text)
    }

    /// Runs `isnad ARGUMENTS` through the real dispatcher.
    static func runIsnad(_ arguments: [String]) -> (status: Int32, output: String, error: String) {
        let console = Console.memory()
        let status = Isnad.main(arguments, console: console)
        return (status, console.output.text, console.error.text)
    }

    /// Every file below `folder` (relative path → bytes), hidden ones included.
    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    /// The inode number of every file below `folder` (atomic writes change it).
    static func inodes(_ folder: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for relative in snapshot(folder).keys {
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + relative)
            result[relative] = (attributes?[.systemFileNumber] as? NSNumber)?.intValue
        }
        return result
    }
}

/// Temp folders for one test, removed when the test's suite instance goes away.
typealias AnnotateScratch = TemporaryFolder

extension TemporaryFolder {
    /// Copies some corpus texts into a new folder (`dev/…` kept) and returns the folder.
    func smallCorpus(_ names: [String] = ["dev/article.txt", "dev/news01.txt", "dev/news02.txt"]) throws -> String {
        let folder = try folder() + "/in"
        for name in names {
            let target = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: AnnotateTestSupport.corpora + "/" + name, toPath: target)
        }
        return folder
    }
}
