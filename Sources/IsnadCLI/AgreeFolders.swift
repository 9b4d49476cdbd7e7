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

    /// Reads every `.ann` (with the `.txt` beside it) in `folders`.
    /// - Throws: `AgreeInputError` for a missing folder or text, differing texts, unreadable or
    ///   malformed files.
    init(_ folders: [String]) throws {
        let fm = FileManager.default
        names = Self.shortNames(folders)
        var perFolder: [[String: (scalars: [Unicode.Scalar], document: AnnotatedDocument, textPath: String)]] = []
        var diagnostics: [Diagnostic] = []
        for folder in folders {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw AgreeInputError.noFolder(path: folder)
            }
            var found: [String: (scalars: [Unicode.Scalar], document: AnnotatedDocument, textPath: String)] = [:]
            for relative in Self.annotationFiles(in: folder) {
                let base = String(relative.dropLast(4))
                let annPath = folder + "/" + relative, textPath = folder + "/" + base + ".txt"
                guard fm.fileExists(atPath: textPath) else { throw AgreeInputError.noText(path: annPath) }
                let text: TextFile, ann: TextFile
                do {
                    text = try TextFile(contentsOf: textPath)
                    ann = try TextFile(contentsOf: annPath)
                } catch {
                    throw AgreeInputError.unreadable("\(error)")
                }
                let (document, problems) = AnnotationDocument.parse(ann.text, path: annPath)
                diagnostics += problems.filter { $0.severity == .error }
                found[base] = (text.scalars, AnnotatedDocument(document), textPath)
            }
            perFolder.append(found)
        }
        guard diagnostics.isEmpty else { throw AgreeInputError.malformed(diagnostics) }
        let paths = Set(perFolder.flatMap(\.keys)).sorted()
        guard !paths.isEmpty else { throw AgreeInputError.noDocuments(folders: folders) }
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

    /// Reads `folders` for `command`, or prints why not on standard error and returns nil.
    static func load(_ folders: [String], command: String, console: Console) -> AgreeFolders? {
        do {
            return try AgreeFolders(folders)
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

    /// The `.ann` files under `folder`, as sorted relative paths.
    static func annotationFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let next = enumerator.nextObject() as? String {
            if next.hasSuffix(".ann"), !URL(fileURLWithPath: next).lastPathComponent.hasPrefix(".") { result.append(next) }
        }
        return result.sorted()
    }
}
