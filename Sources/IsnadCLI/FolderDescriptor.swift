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
        if path.map({ !FolderDescriptor.same($0, folder) }) ?? true {
            if descriptor >= 0 { close(descriptor) }
            path = folder
            descriptor = open(String(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        }
        return descriptor >= 0 ? descriptor : nil
    }

    /// Whether `a` and `b` hold the same UTF-8 bytes (compared with `memcmp` where both are
    /// contiguous, as the paths of a walk are).
    private static func same(_ a: Substring, _ b: Substring) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let compared = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                guard let x = first.baseAddress, let y = second.baseAddress else { return true }
                return memcmp(x, y, first.count) == 0
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// The folder part and the name of `path` (`a/b/c.txt` → `a/b`, `c.txt`; `c.txt` → `.`,
    /// `c.txt`; `/c.txt` → `/`, `c.txt`).
    static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = lastSlash(in: path) else { return (".", path[...]) }
        // a `/` is one byte: the index after it starts a scalar
        let name = path[path.utf8.index(after: slash)...]
        return (slash == path.startIndex ? "/" : path[..<slash], name)
    }

    /// The index of the last `/` in `path`: its UTF-8 bytes scanned from the end in place (the
    /// generic `lastIndex(of:)` of the UTF-8 view steps through index values, a few hundred
    /// instructions a path, several times a document).
    static func lastSlash(in path: String) -> String.Index? {
        let offset = path.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var position = bytes.count - 1
            while position >= 0, bytes[position] != UInt8(ascii: "/") { position -= 1 }
            return position >= 0 ? position : nil
        }
        guard let offset else { return path.utf8.lastIndex(of: UInt8(ascii: "/")) }
        return offset.map { path.utf8.index(path.utf8.startIndex, offsetBy: $0) }
    }
}
