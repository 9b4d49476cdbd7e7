import Standoff

/// Why annotation folders cannot be compared.
public enum AgreeInputError: Error, Equatable, CustomStringConvertible {
    /// The folder does not exist.
    case noFolder(path: String)
    /// The path is a file where a folder of annotations was expected.
    case notAFolder(path: String)
    /// A `.ann` file has no `.txt` beside it.
    case noText(path: String)
    /// The same document's text differs between two folders.
    case differentText(path: String, reference: String, scalar: Int)
    /// A file cannot be read (not UTF-8, unreadable).
    case unreadable(String)
    /// A `.ann` file has lines that do not parse, or spans its text refutes.
    case malformed([Diagnostic])
    /// A folder holds no `.ann` file (a wrong path, most likely): nothing of it to compare.
    case noAnnotations(folder: String)

    /// `path: message`, as the command line prints it.
    public var description: String {
        switch self {
        case .noFolder(let path): return "\(path): no such folder"
        case .notAFolder(let path): return "\(path): not a folder: give the folder that holds the DOC.ann files"
        case .noText(let path): return "\(path): no .txt beside the annotations"
        case .differentText(let path, let reference, let scalar):
            return "\(path): text differs from \(reference) (first difference at scalar \(scalar))"
        case .unreadable(let message): return message
        case .malformed(let diagnostics):
            return diagnostics.map(\.description).joined(separator: "\n") + "\n(run 'isnad check' on these files)"
        case .noAnnotations(let folder): return "\(folder): no .ann files in this folder or below (names starting with a dot are skipped)"
        }
    }
}
