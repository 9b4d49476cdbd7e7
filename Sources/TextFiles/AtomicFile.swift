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
        let target = try resolve(path)
        var backup: String?
        if keepingBackup, target.mode != nil {
            if (try? TextFile.readBytes(target.path)) == bytes { return nil }
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
        return backup
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
                try fill(descriptor, with: bytes, mode: mode, temporary: temporary, reportedAs: path)
                return temporary
            }
            switch errno {
            case EEXIST, EINTR:
                continue
            case ENOENT where !createdFolder:
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw TextFileError.unwritable(path: path, reason: "cannot create folder \(folder)")
                }
                createdFolder = true
            default:
                throw TextFileError.unwritable(path: path, reason: "cannot create a temporary file: " + String(cString: strerror(errno)))
            }
        }
    }

    /// Writes `bytes` into the new file `descriptor`, sets its permission bits to `mode` when
    /// given, and closes it; removes `temporary` on failure.
    private static func fill(_ descriptor: Int32, with bytes: [UInt8], mode: mode_t?, temporary: String, reportedAs path: String) throws {
        var written = 0
        var failure: String? = bytes.withUnsafeBytes { raw in
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
