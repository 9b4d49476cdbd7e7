import Foundation

/// Writes files so that a reader never sees half a file and nothing a person wrote is lost.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
    ///
    /// When `keepingBackup` is set and `path` exists with different content, the old file is
    /// first kept as `path.orig` (or `path.orig.2`, `.orig.3`, … when that name is taken).
    /// - Returns: the backup's path, when one was made.
    /// - Throws: `TextFileError.unwritable`; the original file is then unchanged.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, keepingBackup: Bool = false) throws -> String? {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
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
        guard fm.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw TextFileError.unwritable(path: path, reason: "cannot create a temporary file in \(folder)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(atPath: temporary)
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
