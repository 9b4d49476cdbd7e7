import Foundation

/// Writes files so that a reader never sees half a file and nothing a person wrote is lost.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    ///
    /// When `path` is a symbolic link, the file it points to is written (atomically, next to
    /// it) and the link stays. A file that is replaced keeps its permission bits; a new one
    /// gets `0644` (less the umask). Missing folders are created.
    /// When `keepingBackup` is set and the file exists with different content, the old file is
    /// first kept as `FILE.orig` (or `FILE.orig.2`, `.orig.3`, … when that name is taken).
    /// - Returns: the backup's path, when one was made.
    /// - Throws: `TextFileError.unwritable` (also when `path` is a folder); the original file is
    ///   then unchanged and no backup is made.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, keepingBackup: Bool = false) throws -> String? {
        try replace(bytes, at: path, keepingBackup: keepingBackup).backup
    }

    /// Writes `bytes` to `path` as `write(_:to:keepingBackup:)` does, and returns the file's
    /// stamp right after (taken from the file written, or read when it already held `bytes`
    /// and a backup was asked for) with the backup's path, when one was made.
    /// - Throws: `TextFileError.unwritable`, as `write(_:to:keepingBackup:)`.
    public static func replace(_ bytes: [UInt8], at path: String, keepingBackup: Bool = false) throws -> (stamp: FileStamp?, backup: String?) {
        let target = try resolve(path)
        var backup: String?
        if keepingBackup, target.mode != nil {
            if let existing = try? TextFile.readBytesAndStamp(target.path), existing.bytes == bytes { return (existing.stamp, nil) }
            let name = freeBackupName(for: target.path)
            do {
                try FileManager.default.copyItem(atPath: target.path, toPath: name)
            } catch {
                throw TextFileError.unwritable(path: path, reason: "cannot keep the old file as \(name)")
            }
            backup = name
        }
        let temporary = try writeTemporary(bytes, beside: target.path, mode: target.mode, reportedAs: path)
        if rename(temporary, target.path) != 0 {
            let reason = errno == EISDIR ? "it is a folder" : String(cString: strerror(errno))
            unlink(temporary)
            throw TextFileError.unwritable(path: path, reason: reason)
        }
        return (FileStamp(path: target.path), backup)
    }

    /// Writes `bytes` as a new file at `path`, whole or not at all, unless the name is taken
    /// (by a file, a folder or a link, even a broken one): nothing is replaced. Missing folders
    /// are created. The new file gets `0644` less the umask.
    ///
    /// On Linux the file is written unnamed (`O_TMPFILE`) and then linked under its name, which
    /// costs the file system less than a named temporary file and a rename, and leaves nothing
    /// behind after a crash; elsewhere, or where the file system refuses, a temporary file beside
    /// it is linked under the name and removed.
    /// - Returns: the new file's stamp, or nil when the name was taken.
    /// - Throws: `TextFileError.unwritable`.
    public static func create(_ bytes: [UInt8], at path: String) throws -> FileStamp? {
        try create(bytes, at: path, unnamed: true)
    }

    /// `create(_:at:)` for the file `name` in the folder open as `folder` (a descriptor of an open
    /// folder), `path` being where that is: the folder's path is not looked up again for each
    /// file. Where the unnamed file cannot be made in `folder`, `path` is written the portable way.
    /// - Returns: the new file's stamp, or nil when the name was taken.
    /// - Throws: `TextFileError.unwritable`, naming `path`.
    public static func create(_ bytes: [UInt8], named name: String, in folder: Int32, path: String) throws -> FileStamp? {
        #if os(Linux)
        let descriptor = openat(folder, ".", unnamedFileFlags, 0o644)
        if descriptor >= 0 {
            switch try nameUnnamed(descriptor, filledWith: bytes, named: name, in: folder, path: path) {
            case let .named(stamp): return stamp
            case .taken: return nil
            case .unsupported: break
            }
        }
        #endif
        return try create(bytes, at: path, unnamed: false)
    }

    /// `create(_:at:)`, with the unnamed file only when `unnamed` is set (tests take the portable
    /// way with it clear).
    static func create(_ bytes: [UInt8], at path: String, unnamed: Bool) throws -> FileStamp? {
        let folder = folder(of: path)
        #if os(Linux)
        var descriptor: Int32 = -1
        if unnamed {
            descriptor = open(folder, unnamedFileFlags, 0o644)
            if descriptor < 0 && errno == ENOENT {
                try makeFolders(folder, reportedAs: path)
                descriptor = open(folder, unnamedFileFlags, 0o644)
            }
        }
        if descriptor >= 0 {
            switch try nameUnnamed(descriptor, filledWith: bytes, named: path, in: AT_FDCWD, path: path) {
            case let .named(stamp): return stamp
            case .taken: return nil
            case .unsupported: break
            }
        }
        // the name could not be given this way: the portable way below
        #endif
        let temporary = try writeTemporary(bytes, beside: path, mode: nil, reportedAs: path)
        let linked = Foundation.link(temporary, path) == 0
        let failure = errno
        unlink(temporary)
        guard linked else {
            if failure == EEXIST { return nil }
            throw TextFileError.unwritable(path: path, reason: String(cString: strerror(failure)))
        }
        return FileStamp(path: path)
    }

    #if os(Linux)
    /// `O_TMPFILE | O_WRONLY | O_CLOEXEC` (`O_TMPFILE` is `__O_TMPFILE | O_DIRECTORY`, a macro
    /// Swift does not import; `__O_TMPFILE` is the same on every Linux architecture Swift runs on).
    private static let unnamedFileFlags = 0o20000000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC

    /// Fills the unnamed file `descriptor` with `bytes`, gives it the name `name` in the folder open
    /// as `folder` (for `AT_FDCWD`, the path `name`) and closes it.
    /// - Throws: `TextFileError.unwritable`, naming `path`.
    private static func nameUnnamed(_ descriptor: Int32, filledWith bytes: [UInt8], named name: String, in folder: Int32,
                                    path: String) throws -> UnnamedFileNaming {
        defer { close(descriptor) }
        if let failure = fill(descriptor, with: bytes) {
            throw TextFileError.unwritable(path: path, reason: failure)
        }
        guard let linked = link(unnamed: descriptor, named: name, in: folder) else { return .unsupported }
        guard linked else { return .taken }
        guard let stamp = FileStamp(descriptor: descriptor) else {
            throw TextFileError.unwritable(path: path, reason: String(cString: strerror(errno)))
        }
        return .named(stamp)
    }

    /// What naming an unnamed file came to.
    private enum UnnamedFileNaming {
        /// The file has its name, and this stamp.
        case named(FileStamp)
        /// The name was taken: nothing was named.
        case taken
        /// This kernel or file system cannot name it this way: nothing was named.
        case unsupported
    }

    /// Gives the unnamed file `descriptor` the name `name` in the folder open as `folder` (for
    /// `AT_FDCWD`, the path `name`): true when done, false when the name is taken, nil when this
    /// kernel or file system cannot (then nothing was named).
    private static func link(unnamed descriptor: Int32, named name: String, in folder: Int32) -> Bool? {
        let emptyPath: Int32 = 0x1000  // AT_EMPTY_PATH, not imported either
        if linkat(descriptor, "", folder, name, emptyPath) == 0 { return true }
        if errno == EEXIST { return false }
        // Before Linux 6.10 only a privileged process may link by descriptor; /proc may.
        if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", folder, name, AT_SYMLINK_FOLLOW) == 0 { return true }
        return errno == EEXIST ? false : nil
    }
    #endif

    /// Creates `folder` and its missing parents.
    private static func makeFolders(_ folder: String, reportedAs path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw TextFileError.unwritable(path: path, reason: "cannot create folder \(folder)")
        }
    }

    /// Writes `text` as UTF-8 (no BOM); see `write(_:to:keepingBackup:)`.
    @discardableResult
    public static func write(_ text: String, to path: String, keepingBackup: Bool = false) throws -> String? {
        try write(Array(text.utf8), to: path, keepingBackup: keepingBackup)
    }

    /// The first of `path.orig`, `path.orig.2`, `path.orig.3`, … that does not exist.
    public static func freeBackupName(for path: String) -> String {
        var candidate = path + ".orig"
        var n = 2
        var info = stat()
        while lstat(candidate, &info) == 0 {
            candidate = path + ".orig.\(n)"
            n += 1
        }
        return candidate
    }

    /// The file a write to `path` goes to (symbolic links followed; it need not exist), with
    /// its permission bits when it exists.
    /// - Throws: `TextFileError.unwritable` for a folder, an unreadable link or a link loop.
    static func resolve(_ path: String) throws -> (path: String, mode: mode_t?) {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0 else { return (current, nil) }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let destination = linkDestination(current) else {
                    throw TextFileError.unwritable(path: path, reason: "cannot read the symbolic link \(current)")
                }
                current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
            case S_IFDIR:
                // Checked first: a "backup" of a folder would copy the whole tree before the rename fails.
                throw TextFileError.unwritable(path: path, reason: "it is a folder")
            default:
                return (current, info.st_mode & 0o7777)
            }
        }
        throw TextFileError.unwritable(path: path, reason: "too many levels of symbolic links")
    }

    /// Creates a new temporary file beside `finalPath` holding `bytes`, with permission bits
    /// `mode` when given, creating missing folders; returns its path.
    private static func writeTemporary(_ bytes: [UInt8], beside finalPath: String, mode: mode_t?, reportedAs path: String) throws -> String {
        let folder = folder(of: finalPath)
        let name = finalPath.split(separator: "/").last.map(String.init) ?? "file"
        let prefix = folder + "/." + name + ".tmp-"
        var createdFolder = false
        while true {
            let temporary = prefix + TemporaryNames.shared.next()
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                var failure = fill(descriptor, with: bytes)
                if failure == nil, let mode, fchmod(descriptor, mode) != 0 {
                    failure = "cannot keep the file's permissions: " + String(cString: strerror(errno))
                }
                if close(descriptor) != 0, failure == nil {
                    failure = "cannot close the temporary file"
                }
                if let failure {
                    unlink(temporary)
                    throw TextFileError.unwritable(path: path, reason: failure)
                }
                return temporary
            }
            switch errno {
            case EEXIST, EINTR:
                continue
            case ENOENT where !createdFolder:
                try makeFolders(folder, reportedAs: path)
                createdFolder = true
            default:
                throw TextFileError.unwritable(path: path, reason: "cannot create a temporary file: " + String(cString: strerror(errno)))
            }
        }
    }

    /// Writes all of `bytes` into `descriptor`; the system's reason when it cannot.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8]) -> String? {
        var written = 0
        return bytes.withUnsafeBytes { raw in
            while written < raw.count, let base = raw.baseAddress {
                let n = Foundation.write(descriptor, base + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += n
            }
            return nil
        }
    }

    /// The destination a symbolic link holds, as written in it.
    private static func linkDestination(_ link: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder `path` is in: `.` for a bare name, `/` for a name under the root.
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}
