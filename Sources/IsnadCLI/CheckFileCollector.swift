import Foundation
import Standoff

/// Finds the `.ann` files `isnad check`, `eval` and `agree` look at: folders are searched
/// recursively, skipping files and folders whose names start with a dot (`.git`, editor files).
enum CheckFileCollector {
    /// The `.ann` files named by `operands` (files, or folders searched recursively), sorted and
    /// without repeats (a file named twice, even as `dir/d.ann` and `./dir/d.ann`, is checked, and
    /// fixed, once); and an error for each operand that names nothing to check (a missing path, a
    /// folder without `.ann` files, a file that is neither `DOC.ann` nor `DOC.txt`).
    static func annotationFiles(in operands: [String]) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for operand in operands {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: operand, isDirectory: &isFolder) else {
                problems.append(error(operand, "cannot read: no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                let found = annotationFiles(under: operand)
                problems += found.problems
                if found.relativePaths.isEmpty && found.problems.isEmpty {
                    problems.append(error(operand, "no .ann files in this folder or below (names starting with a dot are skipped)"))
                }
                files += found.relativePaths.map { (found.folder == "/" ? "" : found.folder) + "/" + $0 }
            } else if operand.hasSuffix(".txt") {
                let annotation = String(operand.dropLast(4)) + ".ann"
                if manager.fileExists(atPath: annotation) {
                    files.append(annotation)
                } else {
                    problems.append(error(operand, "no annotation file \(annotation) beside it"))
                }
            } else if operand.hasSuffix(".ann") {
                files.append(operand)
            } else {
                problems.append(error(operand, "not an annotation file: give DOC.ann, DOC.txt or a folder"))
            }
        }
        var seen = Set<String>()
        return (files.filter { seen.insert(canonicalPath($0)).inserted }.sorted(), problems)
    }

    /// The absolute path of `path` without `.`, `..` or symbolic links (`path` itself when the
    /// system cannot resolve it).
    static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The `.ann` files under `folder` as sorted paths relative to it, the folder as they are
    /// relative to (without a trailing `/`), and an error for each folder that cannot be read.
    static func annotationFiles(under folder: String) -> (folder: String, relativePaths: [String], problems: [Diagnostic]) {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var paths: [String] = []
        var problems: [Diagnostic] = []
        collect(in: base, relative: "", into: &paths, problems: &problems)
        return (base, paths.sorted(), problems)
    }

    /// Appends the `.ann` files under `folder` (recursively, skipping names that start with a
    /// dot), as paths after `relative`, to `files`. Reads each folder once with `readdir`, whose
    /// entry types spare a `stat` per file (the folder enumerator of Foundation costs more than
    /// checking the files).
    private static func collect(in folder: String, relative: String, into files: inout [String], problems: inout [Diagnostic]) {
        guard let directory = opendir(folder) else {
            problems.append(error(folder, "cannot read the folder: \(String(cString: strerror(errno)))"))
            return
        }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = DirectoryEntry.name(entry)
            let type = entry.pointee.d_type
            guard !name.hasPrefix(".") else { continue }
            let path = (folder == "/" ? "" : folder) + "/" + name
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isFolder(path)) {
                collect(in: path, relative: relative + name + "/", into: &files, problems: &problems)
            } else if name.hasSuffix(".ann") && [DT_FIFO, DT_SOCK, DT_CHR, DT_BLK].contains(Int(type)) {
                // reading a named pipe would wait for ever
                problems.append(error(path, "not a regular file"))
            } else if name.hasSuffix(".ann") {
                files.append(relative + name)
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func error(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: 0, column: 0, severity: .error, message: message)
    }
}
