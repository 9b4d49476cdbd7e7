import Foundation

/// The folder a worker reads from or writes into, kept open while consecutive documents lie in
/// it: their files are opened and named relative to it, so that the folder's path is looked up
/// once for them all rather than once for every file.
struct FolderDescriptor: ~Copyable {
    /// The path of the folder open now (or that could not be opened), nil before the first.
    private var path: Substring?
    /// Its descriptor, or -1.
    private var descriptor: Int32 = -1

    /// No folder open yet.
    init() {}

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The descriptor of the folder `folder`, opened unless it is the one open now (the one open
    /// before is closed); nil when it cannot be opened: the caller then uses paths.
    mutating func descriptor(for folder: Substring) -> Int32? {
        if path.map({ !$0.utf8.elementsEqual(folder.utf8) }) ?? true {
            if descriptor >= 0 { close(descriptor) }
            path = folder
            descriptor = open(String(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        return descriptor >= 0 ? descriptor : nil
    }

    /// The folder part and the name of `path` (`a/b/c.txt` → `a/b`, `c.txt`; `c.txt` → `.`,
    /// `c.txt`; `/c.txt` → `/`, `c.txt`).
    static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path[...]) }
        let name = path[path.index(after: slash)...]
        return (slash == path.startIndex ? "/" : path[..<slash], name)
    }
}
