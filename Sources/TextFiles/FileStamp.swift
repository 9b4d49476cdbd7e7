import Foundation

/// What tells one version of a file from another without reading it: its size, its inode and
/// its status-change time (`ctime`), which the system moves on at every write, rename, link
/// or change of permissions, and which no program can set back.
///
/// Two equal stamps taken at different times mean the file was not changed in between, as far
/// as the file system can tell: on Linux 6.13 and later a change right after a `stat` always
/// gets a new time; on older kernels a change in the same clock tick (1–10 ms) as the stamp keeps
/// it, and on file systems with coarse times (FAT: 2 s) a change that soon after keeps it too.
public struct FileStamp: Hashable, Sendable {
    /// The size in bytes.
    public var size: Int
    /// The inode number.
    public var inode: UInt64
    /// The status-change time, in nanoseconds since 1970.
    public var changed: Int64

    /// A stamp given by its parts.
    public init(size: Int, inode: UInt64, changed: Int64) {
        self.size = size
        self.inode = inode
        self.changed = changed
    }

    /// The stamp in a `stat` result.
    public init(_ status: stat) {
        self.init(
            size: Int(status.st_size), inode: UInt64(status.st_ino),
            changed: Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec))
    }

    /// The stamp of the file `path` names (links followed), or nil when it cannot be had
    /// (no such file, no permission).
    public init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of the open file `descriptor`, or nil when `fstat` fails.
    init?(descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        self.init(status)
    }
}
