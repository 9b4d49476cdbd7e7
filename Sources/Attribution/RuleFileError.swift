/// A rule file that cannot be used, with where: `path:line:column: message` (or `path: message`).
///
/// Lines and columns are 1-based; columns count Unicode scalars (a byte-order mark at the file's start
/// not counted) and point at the offending field, value or form. Invisible and control characters in a
/// quoted value are written out (`'<U+FEFF>cue'`).
public enum RuleFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file cannot be read or is not UTF-8.
    case unreadable(path: String, reason: String)
    /// The first word is not a record kind.
    case unknownKind(path: String, line: Int, column: Int, kind: String)
    /// The record has no name after its kind (or one with white space in it).
    case missingName(path: String, line: Int, column: Int, kind: String)
    /// The record has the wrong number of `|`-separated fields: the column of the first extra `|`, or
    /// the line's end when fields are missing.
    case fieldCount(path: String, line: Int, column: Int, kind: String, expected: Int, found: Int)
    /// A field holds a value that is not allowed there.
    case badValue(path: String, line: Int, column: Int, field: String, value: String, allowed: [String])
    /// A forms or phrases field is empty.
    case emptyList(path: String, line: Int, column: Int, field: String)
    /// The same kind and name twice in one file (the column of the second name).
    case duplicate(path: String, line: Int, column: Int, key: String, firstLine: Int)
    /// `drop` names a record that does not exist.
    case nothingToDrop(path: String, line: Int, column: Int, key: String)
    /// A `drop` line that is not `drop KIND NAME`.
    case malformedDrop(path: String, line: Int, column: Int)
    /// A cue form or disclaimer phrase without a single letter (`ـ`, `"`, `…` alone), which matches nothing
    /// or everything.
    case noLetter(path: String, line: Int, column: Int, field: String, item: String)
    /// A setting whose value is not a whole number above 0.
    case notPositive(path: String, line: Int, column: Int, setting: String, value: String)
    /// A list that belongs to a cue record (`claim-object NAME`) names no cue record.
    case unknownCue(path: String, line: Int, column: Int, kind: String, name: String)
    /// A restriction (`comma-object`) on a cue record that licenses none of the constructions it acts on.
    case restrictionWithoutConstruction(path: String, line: Int, column: Int, restriction: String, needs: [String])
    /// A record name with an invisible or control character in it (the column of that character): it
    /// would not match the default record it was meant to replace.
    case invisibleInName(path: String, line: Int, column: Int, name: String)
    /// An item of a `words` list with a space in it: the lists hold single words.
    case notOneWord(path: String, line: Int, column: Int, item: String)

    /// The file the error is in.
    public var path: String {
        switch self {
        case .unreadable(let path, _), .unknownKind(let path, _, _, _), .missingName(let path, _, _, _),
             .fieldCount(let path, _, _, _, _, _), .badValue(let path, _, _, _, _, _), .emptyList(let path, _, _, _),
             .duplicate(let path, _, _, _, _), .nothingToDrop(let path, _, _, _), .malformedDrop(let path, _, _),
             .noLetter(let path, _, _, _, _), .notPositive(let path, _, _, _, _), .unknownCue(let path, _, _, _, _),
             .restrictionWithoutConstruction(let path, _, _, _, _), .invisibleInName(let path, _, _, _),
             .notOneWord(let path, _, _, _):
            return path
        }
    }

    /// The 1-based line and column, when the error is on one line.
    public var place: (line: Int, column: Int)? {
        switch self {
        case .unreadable: return nil
        case .unknownKind(_, let line, let column, _), .missingName(_, let line, let column, _),
             .fieldCount(_, let line, let column, _, _, _), .badValue(_, let line, let column, _, _, _),
             .emptyList(_, let line, let column, _), .duplicate(_, let line, let column, _, _),
             .nothingToDrop(_, let line, let column, _), .malformedDrop(_, let line, let column),
             .noLetter(_, let line, let column, _, _), .notPositive(_, let line, let column, _, _),
             .unknownCue(_, let line, let column, _, _), .restrictionWithoutConstruction(_, let line, let column, _, _),
             .invisibleInName(_, let line, let column, _), .notOneWord(_, let line, let column, _):
            return (line, column)
        }
    }

    /// The 1-based line, when the error is on one line.
    public var line: Int? { place?.line }

    /// The 1-based column in Unicode scalars, when the error is on one line.
    public var column: Int? { place?.column }

    /// What is wrong, without the location.
    public var message: String {
        let shown = Self.visible
        switch self {
        case .unreadable(_, let reason):
            return reason
        case .unknownKind(_, _, _, let kind):
            return "unknown record kind '\(shown(kind))' (expected one of: \(RuleFileParser.kinds.joined(separator: ", ")))"
        case .missingName(_, _, _, let kind):
            return "'\(kind)' needs a name without spaces: \(kind) NAME | …"
        case .fieldCount(_, _, _, let kind, let expected, let found):
            return "'\(kind)' takes \(expected) field\(expected == 1 ? "" : "s") after its name, separated by '|', found \(found)"
        case .badValue(_, _, _, let field, let value, let allowed):
            return "\(field) '\(shown(value))' is not one of: \(allowed.joined(separator: ", "))"
        case .emptyList(_, _, _, let field):
            return "empty \(field)"
        case .duplicate(_, _, _, let key, let firstLine):
            return "'\(shown(key))' is defined twice (first on line \(firstLine))"
        case .nothingToDrop(_, _, _, let key):
            return "cannot drop '\(shown(key))': no such record"
        case .malformedDrop:
            return "'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"
        case .noLetter(_, _, _, let field, let item):
            return "\(field) '\(shown(item))' has no letter"
        case .notPositive(_, _, _, let setting, let value):
            return "setting '\(setting)' needs a whole number above 0, found '\(shown(value))'"
        case .unknownCue(_, _, _, let kind, let name):
            return "'\(kind) \(shown(name))' names no cue record (a \(kind) list is named after the cue it belongs to)"
        case .restrictionWithoutConstruction(_, _, _, let restriction, let needs):
            return "restriction '\(restriction)' needs one of the constructions it acts on: \(needs.joined(separator: ", "))"
        case .invisibleInName(_, _, _, let name):
            return "name '\(shown(name))' holds an invisible character"
        case .notOneWord(_, _, _, let item):
            return "'\(shown(item))' is more than one word (a words list holds single words)"
        }
    }

    /// `path:line:column: message`, or `path: message` when there is no line.
    public var description: String {
        if let place { return "\(path):\(place.line):\(place.column): \(message)" }
        return "\(path): \(message)"
    }

    /// `text` with every invisible or control character written as `<U+XXXX>`: a stray byte-order mark,
    /// a zero-width or no-break space, a tab would otherwise hide in the message.
    static func visible(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                shown += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// Whether `scalar` shows nothing (or nothing telling) when printed: controls, format characters
    /// (U+FEFF, U+200B–U+200F), separators other than the plain space, and default-ignorable ones.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // printable ASCII, what names are mostly made of, shows itself
        if scalar.value > 0x20 && scalar.value < 0x7F { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return true
        case .spaceSeparator:
            return scalar != " "
        default:
            return scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
