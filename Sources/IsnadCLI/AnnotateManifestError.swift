/// A manifest that cannot be used.
enum AnnotateManifestError: Error, Equatable, CustomStringConvertible {
    /// The manifest file could not be read (the message says where and why).
    case unreadable(String)
    /// A line is not `path<TAB>16 hex digits<TAB>size<TAB>inode<TAB>ctime` (or the older `path<TAB>16 hex digits`).
    case malformed(path: String, line: Int)

    var description: String {
        switch self {
        case let .unreadable(message): return message
        case let .malformed(path, line):
            return "\(path):\(line):1: expected 'relative/path<TAB>16 hex digits<TAB>size<TAB>inode<TAB>ctime'; remove the line or the file to start afresh"
        }
    }
}
