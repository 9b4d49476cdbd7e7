import Foundation

/// The exact text of a UTF-8 file, as a string and as Unicode scalars.
///
/// Offsets everywhere in Isnad are indices into `scalars`: Unicode scalar (code point)
/// offsets, as brat and Python `str` count them. A BOM and every CR are kept and counted.
public struct TextFile: Sendable {
    /// The path the text was read from (or a label such as `<stdin>`).
    public let path: String
    /// The file's bytes, unchanged (valid UTF-8).
    public let bytes: [UInt8]
    /// The text's Unicode scalars; offsets index this array.
    public let scalars: [Unicode.Scalar]

    /// The text, unchanged (made from `bytes` on each use: callers that need only the
    /// scalars never pay for a `String`).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Wraps text already in memory.
    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.scalars = Array(text.unicodeScalars)
    }

    /// Decodes `bytes` strictly as UTF-8.
    /// - Throws: `TextFileError.invalidUTF8` naming the first bad byte.
    public init(path: String, bytes: [UInt8]) throws {
        guard let scalars = UTF8Validation.scalars(decoding: bytes) else {
            throw TextFileError.invalidUTF8(path: path, byte: UTF8Validation.firstInvalidByte(in: bytes) ?? 0)
        }
        self.path = path
        self.bytes = bytes
        self.scalars = scalars
    }

    /// Reads and strictly decodes the file at `path`.
    /// - Throws: `TextFileError.unreadable` or `.invalidUTF8`.
    public init(contentsOf path: String) throws {
        try self.init(path: path, bytes: try TextFile.readBytes(path))
    }

    /// The raw bytes of the file at `path` (one `open`, `fstat` and, for a regular file, one
    /// `read` of its size; other files are read until their end).
    /// - Throws: `TextFileError.unreadable` (`no such file`, `is a directory`, …).
    public static func readBytes(_ path: String) throws -> [UInt8] {
        try readBytesAndStamp(path).bytes
    }

    /// The raw bytes of the file at `path`, as `readBytes`, with the file's stamp as it was
    /// when it was opened.
    /// - Throws: `TextFileError.unreadable` (`no such file`, `is a directory`, …).
    public static func readBytesAndStamp(_ path: String) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let systemReason = TextFile.systemReason
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw TextFileError.unreadable(path: path, reason: systemReason(errno))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw TextFileError.unreadable(path: path, reason: systemReason(errno))
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw TextFileError.unreadable(path: path, reason: "is a directory")
        }
        // A regular file is read up to its size; others (and files such as /proc's that report
        // a size of 0) until the end.
        let size = status.st_mode & S_IFMT == S_IFREG && status.st_size > 0 ? Int(status.st_size) : nil
        guard let bytes = readAll(descriptor, expected: size) else {
            throw TextFileError.unreadable(path: path, reason: systemReason(errno))
        }
        return (bytes, FileStamp(status))
    }

    /// The raw bytes of the file at `path`, which a folder listing found holding `expectedSize`
    /// bytes: one `open`, one `read` of one byte more (a read that comes back short is the end of
    /// the file) and `close`, without `fstat`. A file that has grown since is read to its end.
    /// - Throws: `TextFileError.unreadable` (`no such file`, `is a directory`, …).
    public static func readBytes(_ path: String, expectedSize: Int) throws -> [UInt8] {
        try readBytes(named: path, in: AT_FDCWD, path: path, expectedSize: expectedSize)
    }

    /// `readBytes(_:expectedSize:)` for the file `name` in the folder open as `folder` (a
    /// descriptor of an open folder), `path` being where that is (for messages): the folder's
    /// path is not looked up again for each file.
    /// - Throws: `TextFileError.unreadable`, naming `path`.
    public static func readBytes(named name: String, in folder: Int32, path: String, expectedSize: Int) throws -> [UInt8] {
        func unreadable(_ code: Int32) -> TextFileError {
            .unreadable(path: path, reason: systemReason(code))
        }
        let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw unreadable(errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var request = max(0, expectedSize) + 1
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: request) { buffer, initialized in
                initialized = 0
                var result = -1
                repeat {
                    result = read(descriptor, buffer.baseAddress, request)
                } while result < 0 && errno == EINTR
                if result < 0 { failure = errno } else { initialized = result }
            }
            if failure != 0 { throw unreadable(failure) }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < request { return bytes }
            request = max(request, 65_536)
        }
    }

    /// The system's reason for `code`, lower case (`permission denied`, `input/output error`).
    private static func systemReason(_ code: Int32) -> String {
        code == ENOENT ? "no such file" : String(cString: strerror(code)).lowercased()
    }

    /// Everything `descriptor` yields until the end of the file, or until `expected` bytes
    /// (a regular file's size) have come; nil on a read error.
    private static func readAll(_ descriptor: Int32, expected: Int?) -> [UInt8]? {
        if let expected {
            // the usual case: one read into an array of the file's size
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
                initialized = 0
                while initialized < expected, let base = buffer.baseAddress {
                    let result = read(descriptor, base + initialized, expected - initialized)
                    if result < 0 && errno == EINTR { continue }
                    if result < 0 { failed = true }
                    if result <= 0 { break }
                    initialized += result
                }
            }
            return failed ? nil : bytes
        }
        var bytes = [UInt8](repeating: 0, count: 4096)
        var count = 0
        while true {
            if count == bytes.count { bytes += repeatElement(0, count: bytes.count) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + count }, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The text of the scalar range `range` (clamped to the text).
    public func slice(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
