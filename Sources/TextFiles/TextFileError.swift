import Foundation

/// A failure to read or write a text file, carrying the path it happened at.
public enum TextFileError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)
    /// The bytes are not valid UTF-8; `byte` is the 0-based offset of the first bad byte.
    case invalidUTF8(path: String, byte: Int)
    /// The file could not be written (the original, if any, is untouched).
    case unwritable(path: String, reason: String)

    /// The message in the `path: message` form every Isnad command prints.
    public var description: String {
        switch self {
        case let .unreadable(path, _), let .invalidUTF8(path, _), let .unwritable(path, _): return "\(path): \(message)"
        }
    }

    /// The message without the path, for reports that name the file already.
    public var message: String {
        switch self {
        case let .unreadable(_, reason): return "cannot read: \(reason)"
        case let .invalidUTF8(_, byte): return "not valid UTF-8 at byte \(byte)"
        case let .unwritable(_, reason): return "cannot write: \(reason)"
        }
    }
}
