import Agreement
import Foundation
import Standoff
import TextFiles

/// Annotation folders read for `agree` and `eval`: documents paired by relative path.
struct AgreeFolders {
    /// The annotators' names: the folders' last path components (whole paths when two are alike).
    var names: [String]
    /// The documents, sorted by path.
    var documents: [DocumentAnnotations]
    /// Warnings from reading and validating the annotation files (errors refuse the folders).
    var warnings: [Diagnostic] = []

    /// Whether some document has annotations from two folders or more: without one, nothing can be
    /// compared (one folder given a level above or below the other, most likely).
    var shareADocument: Bool {
        documents.contains { document in document.annotations.lazy.filter { $0 != nil }.count >= 2 }
    }

    /// Reads every `.ann` (with the `.txt` beside it) in `folders`.
    /// Each `.ann` is checked against its text by the Standoff `Validator` (spans past the end,
    /// covered text differing from the `.txt`, …) under the scheme `check` would use (the nearest
    /// `annotation.conf`, or the Isnad scheme); scheme problems are warnings only.
    /// Folders are searched recursively, skipping names that start with a dot, as `check` does.
    /// - Throws: `AgreeInputError` for a missing folder or text, a folder without `.ann` files,
    ///   differing texts, unreadable or malformed files.
    init(_ folders: [String]) throws {
        let fm = FileManager.default
        names = Self.shortNames(folders)
        var perFolder: [[String: (scalars: [Unicode.Scalar], document: AnnotatedDocument, textPath: String)]] = []
        var diagnostics: [Diagnostic] = []
        var validators: [String: Validator] = [:]
        for folder in folders {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isFolder) else { throw AgreeInputError.noFolder(path: folder) }
            guard isFolder.boolValue else { throw AgreeInputError.notAFolder(path: folder) }
            let listing = CheckFileCollector.annotationFiles(under: folder)
            if let problem = listing.problems.first { throw AgreeInputError.unreadable(problem.description) }
            guard !listing.relativePaths.isEmpty else { throw AgreeInputError.noAnnotations(folder: folder) }
            let root = listing.folder == "/" ? "" : listing.folder
            var found: [String: (scalars: [Unicode.Scalar], document: AnnotatedDocument, textPath: String)] = [:]
            for relative in listing.relativePaths {
                let base = String(relative.dropLast(4))
                let annPath = root + "/" + relative, textPath = root + "/" + base + ".txt"
                guard fm.fileExists(atPath: textPath) else { throw AgreeInputError.noText(path: annPath) }
                let text: TextFile, ann: TextFile
                do {
                    text = try TextFile(contentsOf: textPath)
                    ann = try TextFile(contentsOf: annPath)
                } catch {
                    throw AgreeInputError.unreadable("\(error)")
                }
                let (document, problems) = AnnotationDocument.parse(ann.text, path: annPath)
                let documentFolder = (annPath as NSString).deletingLastPathComponent
                if validators[documentFolder] == nil {
                    let scheme = ProjectScheme.forDocuments(in: documentFolder.isEmpty ? "." : documentFolder)
                    validators[documentFolder] = Validator(configuration: scheme.validator.configuration, enforcesScheme: false)
                    for var problem in scheme.diagnostics {
                        problem.severity = .warning
                        if !warnings.contains(problem) { warnings.append(problem) }
                    }
                }
                let validator = validators[documentFolder] ?? Self.isnadValidator
                // Each problem once, as `isnad check` prints it (a member listed twice is one problem).
                var seen = Set<Diagnostic>()
                let checked = (problems + validator.validate(document, text: text.scalars, path: annPath)).filter { seen.insert($0).inserted }
                diagnostics += checked.filter { $0.severity == .error }
                warnings += checked.filter { $0.severity != .error }
                found[base] = (text.scalars, AnnotatedDocument(document), textPath)
            }
            perFolder.append(found)
        }
        guard diagnostics.isEmpty else { throw AgreeInputError.malformed(diagnostics) }
        let paths = Set(perFolder.flatMap(\.keys)).sorted()
        documents = try paths.map { path in
            var reference: (scalars: [Unicode.Scalar], textPath: String)?
            for entry in perFolder.compactMap({ $0[path] }) {
                if let reference, reference.scalars != entry.scalars {
                    let first = zip(reference.scalars, entry.scalars).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(reference.scalars.count, entry.scalars.count)
                    throw AgreeInputError.differentText(path: entry.textPath, reference: reference.textPath, scalar: first)
                }
                if reference == nil { reference = (entry.scalars, entry.textPath) }
            }
            return DocumentAnnotations(path: path, scalars: reference?.scalars ?? [],
                                       annotations: perFolder.map { $0[path]?.document })
        }
    }

    /// Brat's structural checks as errors; the Isnad scheme's checks as warnings.
    private static let isnadValidator = Validator(configuration: .isnad, enforcesScheme: false)

    /// Reads `folders` for `command`, or prints why not on standard error and returns nil.
    /// Warnings go to standard error either way.
    static func load(_ folders: [String], command: String, console: Console) -> AgreeFolders? {
        do {
            let loaded = try AgreeFolders(folders)
            for warning in loaded.warnings { console.error.line(warning.description) }
            return loaded
        } catch AgreeInputError.malformed(let diagnostics) {
            console.error.line(AgreeInputError.malformed(diagnostics).description)
            return nil
        } catch {
            console.error.line("isnad \(command): \(error)")
            return nil
        }
    }

    /// The shortest trailing paths that tell the folders apart (`gold/dev`, `second-annotator/dev`).
    static func shortNames(_ folders: [String]) -> [String] {
        let parts = folders.map { URL(fileURLWithPath: $0).standardizedFileURL.pathComponents.filter { $0 != "/" } }
        let longest = parts.map(\.count).max() ?? 0
        for depth in 1...max(1, longest) {
            let names = parts.map { $0.suffix(depth).joined(separator: "/") }
            if Set(names).count == names.count { return names }
        }
        return folders
    }
}
