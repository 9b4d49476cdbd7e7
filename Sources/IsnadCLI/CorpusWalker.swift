import Foundation

/// Finds the `.txt` files of a corpus: files named on the command line and every `.txt`
/// below named folders, in a stable order, with their paths relative to the folder.
struct CorpusWalker {
    /// The extension of the texts it collects.
    static let textExtension = ".txt"

    /// A folder never entered (the output folder, when it lies inside an input folder).
    let excludedFolder: String?

    /// What a walk found: the documents in order, and `path: message` lines for what was skipped.
    struct Result {
        var documents: [CorpusDocument] = []
        var problems: [String] = []
    }

    /// Creates a walker that skips `excludedFolder` (any path form; it need not exist).
    init(excluding excludedFolder: String?) {
        self.excludedFolder = excludedFolder.map(CorpusWalker.canonical)
    }

    /// The documents of `operands` (files and folders), in operand order, each folder's
    /// files sorted by relative path. Hidden files and folders are skipped. Two documents
    /// that would share an output path keep the first; the second is a problem, and so is a
    /// folder without any `.txt` file.
    func walk(_ operands: [String]) -> Result {
        var result = Result()
        var claimed: [String: String] = [:]
        for operand in operands {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: operand, isDirectory: &isDirectory) else {
                result.problems.append("\(operand): cannot read: no such file or folder")
                continue
            }
            var found: [CorpusDocument] = []
            if isDirectory.boolValue {
                var visited: Set<String> = []
                collect(folder: operand, relative: "", into: &found, visited: &visited)
                found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                if found.isEmpty {
                    result.problems.append("\(operand): no \(CorpusWalker.textExtension) files found")
                    continue
                }
            } else if operand.hasSuffix(CorpusWalker.textExtension) {
                let name = URL(fileURLWithPath: operand).lastPathComponent
                found.append(CorpusDocument(sourcePath: operand, relativePath: name, byteCount: CorpusWalker.status(of: operand)?.size ?? 0))
            } else {
                result.problems.append("\(operand): not a \(CorpusWalker.textExtension) file; skipped")
                continue
            }
            for document in found {
                if let first = claimed[document.relativePath] {
                    result.problems.append("\(document.sourcePath): same output path as \(first); skipped")
                    continue
                }
                claimed[document.relativePath] = document.sourcePath
                result.documents.append(document)
            }
        }
        return result
    }

    private func collect(folder: String, relative: String, into found: inout [CorpusDocument], visited: inout Set<String>) {
        let canonicalFolder = CorpusWalker.canonical(folder)
        if canonicalFolder == excludedFolder || !visited.insert(canonicalFolder).inserted { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            guard let status = CorpusWalker.status(of: path) else { continue }
            if status.isDirectory {
                collect(folder: path, relative: relativePath, into: &found, visited: &visited)
            } else if name.hasSuffix(CorpusWalker.textExtension) {
                found.append(CorpusDocument(sourcePath: path, relativePath: relativePath, byteCount: status.size))
            }
        }
    }

    /// Whether `path` (links followed) is a folder, and its size; nil when it does not exist.
    private static func status(of path: String) -> (isDirectory: Bool, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return ((info.st_mode & S_IFMT) == S_IFDIR, Int(info.st_size))
    }

    /// `path` made absolute, standardized and with symbolic links resolved.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
