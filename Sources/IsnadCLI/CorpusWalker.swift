import Foundation

/// Finds the `.txt` files of a corpus: files named on the command line and every `.txt`
/// below named folders, in a stable order, with their paths relative to the folder.
struct CorpusWalker {
    /// The extension of the texts it collects.
    static let textExtension = ".txt"

    /// A folder never entered (the output folder, when it lies inside an input folder).
    let excludedFolder: FileIdentity?

    /// What a walk found: the documents in order, and `path: message` lines for what was skipped.
    struct Result {
        var documents: [CorpusDocument] = []
        var problems: [String] = []
    }

    /// Creates a walker that skips `excludedFolder` (any path form; it need not exist).
    init(excluding excludedFolder: String?) {
        self.excludedFolder = excludedFolder.flatMap { FileIdentity(path: $0) }
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
                result.problems.append("\(operand): cannot read: \(CorpusWalker.brokenLink(operand) ?? "no such file or folder")")
                continue
            }
            var found: [CorpusDocument] = []
            if isDirectory.boolValue {
                var visited: Set<FileIdentity> = []
                let problemsBefore = result.problems.count
                collect(folder: operand, relative: "", into: &found, problems: &result.problems, visited: &visited)
                found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
                if found.isEmpty && result.problems.count == problemsBefore {
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

    /// Adds the `.txt` files below `folder` to `found`: one directory listing per folder, and a
    /// status only for texts (their size) and for entries whose kind the listing does not give.
    /// A folder that cannot be listed, a `.txt` that cannot be reached (a broken link) and one that
    /// is no regular file (a named pipe) are `problems`, never dropped in silence.
    private func collect(
        folder: String, relative: String, into found: inout [CorpusDocument], problems: inout [String], visited: inout Set<FileIdentity>
    ) {
        guard let directory = opendir(folder) else {
            let failure = errno
            problems.append("\(folder): cannot read the folder: \(AnnotateFileProblem.describe(failure))")
            return
        }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return }
        let identity = FileIdentity(info)
        if identity == excludedFolder || !visited.insert(identity).inserted { return }
        var entries: [(name: String, kind: Int32)] = []
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(entry)
            if !name.hasPrefix(".") { entries.append((name, Int32(entry.pointee.d_type))) }
        }
        for (name, kind) in entries.sorted(by: { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }) {
            let isText = name.hasSuffix(CorpusWalker.textExtension)
            if kind != DT_DIR && !isText && kind != DT_LNK && kind != DT_UNKNOWN { continue }
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if kind == DT_DIR {
                collect(folder: path, relative: relativePath, into: &found, problems: &problems, visited: &visited)
                continue
            }
            guard fstatat(descriptor, name, &info, 0) == 0 else {
                let failure = errno
                let reason = (failure == ENOENT ? CorpusWalker.brokenLink(path) : nil) ?? AnnotateFileProblem.describe(failure)
                if isText { problems.append("\(path): cannot read: \(reason)") }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                collect(folder: path, relative: relativePath, into: &found, problems: &problems, visited: &visited)
            } else if isText && info.st_mode & S_IFMT != S_IFREG {
                // a named pipe, socket or device: reading it could wait for ever
                problems.append("\(path): not a regular file; skipped")
            } else if isText {
                found.append(CorpusDocument(sourcePath: path, relativePath: relativePath, byteCount: Int(info.st_size)))
            }
        }
    }

    /// `broken symbolic link to 'TARGET'` when `path` is a link (its target is then missing, as
    /// following it failed with no such file); nil when it is no link.
    private static func brokenLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &buffer, buffer.count - 1)
        guard length >= 0 else { return nil }
        return "broken symbolic link to '\(String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self))'"
    }

    /// Whether `path` (links followed) is a folder, and its size; nil when it does not exist.
    private static func status(of path: String) -> (isDirectory: Bool, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return ((info.st_mode & S_IFMT) == S_IFDIR, Int(info.st_size))
    }
}
