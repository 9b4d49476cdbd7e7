import Foundation

/// Writes files so that a reader never sees half a file and nothing a person wrote is lost.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    ///
    /// When `keepingBackup` is set and `path` exists with different content, the old file is
    /// first kept as `path.orig` (or `path.orig.2`, `.orig.3`, … when that name is taken).
    /// - Returns: the backup's path, when one was made.
    /// - Throws: `TextFileError.unwritable` (also when `path` is a folder); the original file is
    ///   then unchanged and no backup is made.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, keepingBackup: Bool = false) throws -> String? {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            // Checked first: a "backup" of a folder would copy the whole tree before the rename fails.
            throw TextFileError.unwritable(path: path, reason: "it is a folder")
        }
        do {
            if !fm.fileExists(atPath: folder) { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        } catch {
            throw TextFileError.unwritable(path: path, reason: "cannot create folder \(folder)")
        }
        var backup: String?
        if keepingBackup, fm.fileExists(atPath: path) {
            let old = fm.contents(atPath: path).map { [UInt8]($0) }
            if old == bytes { return nil }
            let name = freeBackupName(for: path)
            do {
                try fm.copyItem(atPath: path, toPath: name)
            } catch {
                throw TextFileError.unwritable(path: path, reason: "cannot keep the old file as \(name)")
            }
            backup = name
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + UUID().uuidString
        try writeNew(bytes, to: temporary, finalPath: path)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw TextFileError.unwritable(path: path, reason: reason)
        }
        return backup
    }

    /// Creates `temporary` (which must not exist) holding `bytes`, with one open, write and close.
    private static func writeNew(_ bytes: [UInt8], to temporary: String, finalPath: String) throws {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else {
            throw TextFileError.unwritable(path: finalPath, reason: "cannot create a temporary file: " + String(cString: strerror(errno)))
        }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += n
            }
            return nil
        }
        if close(fd) != 0 || failure != nil {
            unlink(temporary)
            throw TextFileError.unwritable(path: finalPath, reason: failure ?? "cannot close the temporary file")
        }
    }

    /// Writes `text` as UTF-8 (no BOM); see `write(_:to:keepingBackup:)`.
    @discardableResult
    public static func write(_ text: String, to path: String, keepingBackup: Bool = false) throws -> String? {
        try write(Array(text.utf8), to: path, keepingBackup: keepingBackup)
    }

    /// The first of `path.orig`, `path.orig.2`, `path.orig.3`, … that does not exist.
    public static func freeBackupName(for path: String) -> String {
        let fm = FileManager.default
        var candidate = path + ".orig"
        var n = 2
        while fm.fileExists(atPath: candidate) {
            candidate = path + ".orig.\(n)"
            n += 1
        }
        return candidate
    }
}
