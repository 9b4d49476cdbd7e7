import Foundation

/// What makes a file or folder the same one whatever path reaches it: its device and inode.
struct FileIdentity: Hashable, Sendable {
    /// The device the file is on.
    let device: UInt64
    /// Its inode number on that device.
    let inode: UInt64

    /// The identity in a `stat` result.
    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// The identity of what `path` names (links followed), or nil when it does not exist.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
