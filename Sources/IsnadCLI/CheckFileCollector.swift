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
                let found = (manager.enumerator(atPath: base)?.compactMap { $0 as? String } ?? [])
                    .filter { $0.hasSuffix(".ann") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
                files += found.map { base + "/" + $0 }
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
}
