import Foundation
import Standoff

/// Finds the `.ann` files `isnad check` should look at.
enum CheckFileCollector {
    /// The `.ann` files named by `operands` (files, or folders searched recursively), sorted and
    /// without repeats; and a diagnostic for each operand that names nothing to check.
    static func annotationFiles(in operands: [String]) -> (files: [String], problems: [Diagnostic]) {
        var files: [String] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for operand in operands {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: operand, isDirectory: &isFolder) else {
                problems.append(Diagnostic(path: operand, line: 0, column: 0, severity: .error, message: "cannot read: no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                let base = operand.hasSuffix("/") ? String(operand.dropLast()) : operand
                collect(in: base, into: &files)
            } else if operand.hasSuffix(".txt") {
                let annotation = String(operand.dropLast(4)) + ".ann"
                if manager.fileExists(atPath: annotation) {
                    files.append(annotation)
                } else {
                    problems.append(Diagnostic(path: operand, line: 0, column: 0, severity: .error, message: "no annotation file \(annotation) beside it"))
                }
            } else {
                files.append(operand)
            }
        }
        var seen = Set<String>()
        return (files.filter { seen.insert($0).inserted }.sorted(), problems)
    }

    /// Appends the `.ann` files under `folder` (recursively, skipping names that start with a
    /// dot) to `files`. Reads each folder once with `readdir`, whose entry types spare a `stat`
    /// per file (the folder enumerator of Foundation costs more than checking the files).
    private static func collect(in folder: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let (name, type) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                (String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self), entry.pointee.d_type)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folder + "/" + name
            if type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && isFolder(path)) {
                collect(in: path, into: &files)
            } else if name.hasSuffix(".ann") {
                files.append(path)
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
