/// Reads the line-based rule format (`KIND NAME | FIELD | …`, `#` comments) into records.
public struct RuleFileParser: Sendable {
    /// Every record kind, in the order messages list them.
    public static let kinds: [String] = ["cue"] + PhraseListKind.allCases.map(\.rawValue) + ["quote", "setting", "drop"]

    /// A parser.
    public init() {}

    /// The records of `text`, read from `path` (used in messages).
    /// - Throws: `RuleFileError` at the first malformed line.
    public func parse(_ text: String, path: String) throws -> [RuleRecord] {
        var records: [RuleRecord] = []
        var firstLines: [RuleKey: Int] = [:]
        var lineNumber = 0
        var scalars = Substring(text).unicodeScalars
        // a byte-order mark an editor put at the start is not part of the first record
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        // a file saved with CRLF (or CR) line ends is split on each kind of line end: split on "\n"
        // alone it would be one long comment line, read as nothing
        for rawLine in Self.lines(of: scalars) {
            lineNumber += 1
            let content = Self.stripComment(rawLine)
            guard !content.isEmpty else { continue }
            let location = RuleLocation(path: path, line: lineNumber)
            let record = try parseRecord(content, at: location)
            let key = record.key
            if case .drop = record {} else if let first = firstLines[key] {
                throw RuleFileError.duplicate(path: path, line: lineNumber, key: key.description, firstLine: first)
            }
            firstLines[key] = firstLines[key] ?? lineNumber
            records.append(record)
        }
        return records
    }

    /// The lines of `scalars`, each without its line end (LF, CRLF or CR); the text after the last
    /// line end is a line too, even when empty.
    private static func lines(of scalars: Substring.UnicodeScalarView) -> [Substring.UnicodeScalarView] {
        var lines: [Substring.UnicodeScalarView] = []
        var lineStart = scalars.startIndex
        var index = lineStart
        while index != scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(scalars[lineStart..<index])
            index = scalars.index(after: index)
            if scalar == "\r", index != scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lineStart = index
        }
        lines.append(scalars[lineStart...])
        return lines
    }

    private static func stripComment(_ line: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        let uncommented = line.firstIndex(of: "#").map { line[..<$0] } ?? line
        return uncommented.trimmingWhitespace()
    }

    private func parseRecord(_ line: Substring.UnicodeScalarView, at location: RuleLocation) throws -> RuleRecord {
        let kindEnd = line.firstIndex { ScalarClass.isWhitespace($0) || $0 == "|" } ?? line.endIndex
        let kind = line[..<kindEnd].string
        let rest = line[kindEnd...]
        guard Self.kinds.contains(kind) else {
            throw RuleFileError.unknownKind(path: location.path, line: location.line, kind: kind)
        }
        if kind == "drop" { return try parseDrop(rest, at: location) }
        var fields = rest.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace().string }
        let name = fields.removeFirst()
        guard !name.isEmpty, !name.unicodeScalars.contains(where: ScalarClass.isWhitespace(_:)) else {
            throw RuleFileError.missingName(path: location.path, line: location.line, kind: kind)
        }
        switch kind {
        case "cue":
            try expect(fields, count: 4, kind: kind, at: location)
            return .cue(CueRule(
                name: name,
                cueClass: try value(fields[0], field: "class", at: location),
                stance: try value(fields[1], field: "stance", at: location),
                constructions: try constructions(fields[2], at: location),
                forms: try lettered(try list(fields[3], field: "forms", at: location), field: "cue form", at: location),
                location: location))
        case "quote":
            try expect(fields, count: 2, kind: kind, at: location)
            guard !fields[0].isEmpty else { throw RuleFileError.emptyList(path: location.path, line: location.line, field: "opening mark") }
            guard !fields[1].isEmpty else { throw RuleFileError.emptyList(path: location.path, line: location.line, field: "closing mark") }
            return .quote(QuotePair(name: name, open: fields[0], close: fields[1], location: location))
        case "setting":
            try expect(fields, count: 1, kind: kind, at: location)
            let setting: RuleSetting = try value(name, field: "setting", at: location)
            guard let number = Int(fields[0]), number > 0 else {
                throw RuleFileError.notPositive(path: location.path, line: location.line, setting: name, value: fields[0])
            }
            return .setting(setting, number, location)
        default:
            guard let listKind = PhraseListKind(rawValue: kind) else {
                throw RuleFileError.unknownKind(path: location.path, line: location.line, kind: kind)
            }
            try expect(fields, count: 1, kind: kind, at: location)
            var phrases = try list(fields[0], field: "phrases", at: location)
            if listKind == .disclaimer { phrases = try lettered(phrases, field: "disclaimer phrase", at: location) }
            return .phrases(PhraseList(kind: listKind, name: name, phrases: phrases, location: location))
        }
    }

    private func parseDrop(_ rest: Substring.UnicodeScalarView, at location: RuleLocation) throws -> RuleRecord {
        let words = rest.split(whereSeparator: ScalarClass.isWhitespace(_:)).map(\.string)
        guard words.count == 2, Self.kinds.contains(words[0]), words[0] != "drop" else {
            throw RuleFileError.malformedDrop(path: location.path, line: location.line)
        }
        return .drop(kind: words[0], name: words[1], location)
    }

    private func expect(_ fields: [String], count: Int, kind: String, at location: RuleLocation) throws {
        guard fields.count == count else {
            throw RuleFileError.fieldCount(path: location.path, line: location.line, kind: kind, expected: count, found: fields.count)
        }
    }

    private func value<Value: RawRepresentable & CaseIterable>(_ text: String, field: String, at location: RuleLocation) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw RuleFileError.badValue(path: location.path, line: location.line, field: field, value: text,
                                         allowed: Value.allCases.map(\.rawValue))
        }
        return value
    }

    private func constructions(_ text: String, at location: RuleLocation) throws -> Set<Construction> {
        let words = text.unicodeScalars.split(whereSeparator: { ScalarClass.isWhitespace($0) || $0 == "," }).map { String($0) }
        guard !words.isEmpty else { throw RuleFileError.emptyList(path: location.path, line: location.line, field: "constructions") }
        return Set(try words.map { try value($0, field: "construction", at: location) as Construction })
    }

    /// `items`, when every one holds a letter.
    private func lettered(_ items: [String], field: String, at location: RuleLocation) throws -> [String] {
        // tatweel (ـ) is a modifier letter in Unicode, but it only stretches a word
        let isLetter = { (scalar: Unicode.Scalar) in ScalarClass.isAlphabetic(scalar) && scalar != "\u{0640}" }
        if let bare = items.first(where: { !$0.unicodeScalars.contains(where: isLetter) }) {
            throw RuleFileError.noLetter(path: location.path, line: location.line, field: field, item: bare)
        }
        return items
    }

    private func list(_ text: String, field: String, at location: RuleLocation) throws -> [String] {
        let items = text.unicodeScalars.split(whereSeparator: { $0 == "," || $0 == "،" })
            .map { $0.split(whereSeparator: ScalarClass.isWhitespace(_:)).map { String($0) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard !items.isEmpty else { throw RuleFileError.emptyList(path: location.path, line: location.line, field: field) }
        return items
    }
}
