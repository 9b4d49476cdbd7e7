/// A rule file that cannot be used, with where: `path:line: message` (or `path: message`).
public enum RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read or is not UTF-8.
    case unreadable(path: String, reason: String)
    /// The first word is not a record kind.
    case unknownKind(path: String, line: Int, kind: String)
    /// The record has no name after its kind.
    case missingName(path: String, line: Int, kind: String)
    /// The record has the wrong number of `|`-separated fields.
    case fieldCount(path: String, line: Int, kind: String, expected: Int, found: Int)
    /// A field holds a value that is not allowed there.
    case badValue(path: String, line: Int, field: String, value: String, allowed: [String])
    /// A forms or phrases field is empty.
    case emptyList(path: String, line: Int, field: String)
    /// The same kind and name twice in one file.
    case duplicate(path: String, line: Int, key: String, firstLine: Int)
    /// `drop` names a record that does not exist.
    case nothingToDrop(path: String, line: Int, key: String)
    /// A `drop` line that is not `drop KIND NAME`.
    case malformedDrop(path: String, line: Int)
    /// A cue form or disclaimer phrase without a single letter (`ـ`, `"`, `…` alone), which matches nothing
    /// or everything.
    case noLetter(path: String, line: Int, field: String, item: String)
    /// A setting whose value is not a whole number above 0.
    case notPositive(path: String, line: Int, setting: String, value: String)
    /// A list that belongs to a cue record (`claim-object NAME`) names no cue record.
    case unknownCue(path: String, line: Int, kind: String, name: String)

    /// The file the error is in.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .unknownKind(let path, _, _), .missingName(let path, _, _),
             .fieldCount(let path, _, _, _, _), .badValue(let path, _, _, _, _), .emptyList(let path, _, _),
             .duplicate(let path, _, _, _), .nothingToDrop(let path, _, _), .malformedDrop(let path, _),
             .noLetter(let path, _, _, _), .notPositive(let path, _, _, _), .unknownCue(let path, _, _, _):
            return path
        }
    }

    /// The 1-based line, when the error is on one line.
    public var line: Int? {
        switch self {
        case .unreadable: return nil
        case .unknownKind(_, let line, _), .missingName(_, let line, _), .fieldCount(_, let line, _, _, _),
             .badValue(_, let line, _, _, _), .emptyList(_, let line, _), .duplicate(_, let line, _, _),
             .nothingToDrop(_, let line, _), .malformedDrop(_, let line), .noLetter(_, let line, _, _),
             .notPositive(_, let line, _, _), .unknownCue(_, let line, _, _):
            return line
        }
    }

    /// What is wrong, without the location.
    public var message: String {
        switch self {
        case .unreadable(_, let reason):
            return reason
        case .unknownKind(_, _, let kind):
            return "unknown record kind '\(kind)' (expected one of: \(RuleFileParser.kinds.joined(separator: ", ")))"
        case .missingName(_, _, let kind):
            return "'\(kind)' needs a name: \(kind) NAME | …"
        case .fieldCount(_, _, let kind, let expected, let found):
            return "'\(kind)' takes \(expected) field\(expected == 1 ? "" : "s") after its name, separated by '|', found \(found)"
        case .badValue(_, _, let field, let value, let allowed):
            return "\(field) '\(value)' is not one of: \(allowed.joined(separator: ", "))"
        case .emptyList(_, _, let field):
            return "empty \(field)"
        case .duplicate(_, _, let key, let firstLine):
            return "'\(key)' is defined twice (first on line \(firstLine))"
        case .nothingToDrop(_, _, let key):
            return "cannot drop '\(key)': no such record"
        case .malformedDrop:
            return "'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"
        case .noLetter(_, _, let field, let item):
            return "\(field) '\(item)' has no letter"
        case .notPositive(_, _, let setting, let value):
            return "setting '\(setting)' needs a whole number above 0, found '\(value)'"
        case .unknownCue(_, _, let kind, let name):
            return "'\(kind) \(name)' names no cue record (a \(kind) list is named after the cue it belongs to)"
        }
    }

    /// `path:line: message`, or `path: message` when there is no line.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
