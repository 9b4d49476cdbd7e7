import Foundation

/// The exact text of a UTF-8 file, as a string and as Unicode scalars.
///
/// Offsets everywhere in Isnad are indices into `scalars`: Unicode scalar (code point)
/// offsets, as brat and Python `str` count them. A BOM and every CR are kept and counted.
public struct TextFile: Sendable {
    /// The path the text was read from (or a label such as `<stdin>`).
    public let path: String
    /// The text, unchanged.
    public let text: String
    /// The text's Unicode scalars; offsets index this array.
    public let scalars: [Unicode.Scalar]

    /// Wraps text already in memory.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.scalars = Array(text.unicodeScalars)
    }

    /// Decodes `bytes` strictly as UTF-8.
    /// - Throws: `TextFileError.invalidUTF8` naming the first bad byte.
    public init(path: String, bytes: [UInt8]) throws {
        if let bad = UTF8Validation.firstInvalidByte(in: bytes) {
            throw TextFileError.invalidUTF8(path: path, byte: bad)
        }
        self.init(path: path, text: String(decoding: bytes, as: UTF8.self))
    }

    /// Reads and strictly decodes the file at `path`.
    /// - Throws: `TextFileError.unreadable` or `.invalidUTF8`.
    public init(contentsOf path: String) throws {
        try self.init(path: path, bytes: try TextFile.readBytes(path))
    }

    /// The raw bytes of the file at `path`.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TextFileError.unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue {
            throw TextFileError.unreadable(path: path, reason: "is a directory")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TextFileError.unreadable(path: path, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
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
