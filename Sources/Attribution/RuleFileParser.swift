/// Reads the line-based rule format (`KIND NAME | FIELD | …`, `#` comments) into records.
public struct RuleFileParser: Sendable {
    /// Every record kind, in the order messages list them.
    public static let kinds: [String] = ["cue"] + PhraseListKind.allCases.map(\.rawValue) + ["quote", "setting", "words", "drop"]

    /// The scalars of one part of a line (a field, a word, a form), sharing the line's indices.
    private typealias Part = Substring.UnicodeScalarView

    /// A parser.
    public init() {}

    /// The records of `text`, read from `path` (used in messages).
    /// - Throws: `RuleFileError` at the first malformed line.
    public func parse(_ text: String, path: String) throws -> [RuleRecord] {
        var records: [RuleRecord] = []
        var firstLines: [RuleKey: Int] = [:]
        var lineNumber = 0
        var scalars = Substring(text).unicodeScalars
        // a byte-order mark an editor put at the start is not part of the first record (nor of its columns)
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        // a file saved with CRLF (or CR) line ends is split on each kind of line end: split on "\n"
        // alone it would be one long comment line, read as nothing
        for rawLine in Self.lines(of: scalars) {
            lineNumber += 1
            let content = Self.stripComment(rawLine)
            guard !content.isEmpty else { continue }
            let line = Line(path: path, number: lineNumber, scalars: rawLine)
            let record = try parseRecord(content, on: line)
            let key = record.key
            // a `drop` defines nothing: the record it drops may be written again after it (`drop words
            // NAME` and the list that replaces it)
            if case .drop = record {} else {
                if let first = firstLines[key] {
                    throw RuleFileError.duplicate(path: path, line: lineNumber, column: record.location.column,
                                                  key: key.description, firstLine: first)
                }
                firstLines[key] = lineNumber
            }
            records.append(record)
        }
        return records
    }

    /// One line of a rule file: where its parts are, for locations and messages.
    private struct Line {
        let path: String
        let number: Int
        /// The whole line, without its line end.
        let scalars: Part

        /// The 1-based column of `index`, in Unicode scalars.
        func column(_ index: Part.Index) -> Int {
            scalars.distance(from: scalars.startIndex, to: index) + 1
        }

        /// The location of `index` on this line.
        func location(_ index: Part.Index) -> RuleLocation {
            RuleLocation(path: path, line: number, column: column(index))
        }
    }

    /// The lines of `scalars`, each without its line end (LF, CRLF or CR); the text after the last
    /// line end is a line too, even when empty.
    private static func lines(of scalars: Part) -> [Part] {
        var lines: [Part] = []
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

    private static func stripComment(_ line: Part) -> Part {
        let uncommented = line.firstIndex(of: "#").map { line[..<$0] } ?? line
        return uncommented.trimmingWhitespace()
    }

    /// `part` without white space around it; an empty part where `part` starts when nothing is left,
    /// so that a message about an empty field points at the field.
    private static func trimmed(_ part: Part) -> Part {
        let trimmed = part.trimmingWhitespace()
        return trimmed.isEmpty ? part[part.startIndex..<part.startIndex] : trimmed
    }

    private func parseRecord(_ content: Part, on line: Line) throws -> RuleRecord {
        let kindEnd = content.firstIndex { ScalarClass.isWhitespace($0) || $0 == "|" } ?? content.endIndex
        let kind = content[..<kindEnd].string
        let rest = content[kindEnd...]
        guard Self.kinds.contains(kind) else {
            throw RuleFileError.unknownKind(path: line.path, line: line.number, column: line.column(content.startIndex), kind: kind)
        }
        if kind == "drop" { return try parseDrop(rest, end: content.endIndex, on: line) }
        let separated = rest.split(separator: "|", omittingEmptySubsequences: false)
        var fields = separated.map(Self.trimmed)
        let name = fields.removeFirst()
        guard !name.isEmpty, !name.contains(where: ScalarClass.isWhitespace(_:)) else {
            // an empty name is pointed at where it is missing, before the `|` that follows the kind
            let column = line.column(name.isEmpty ? separated[0].endIndex : name.startIndex)
            throw RuleFileError.missingName(path: line.path, line: line.number, column: column, kind: kind)
        }
        // names are mostly printable ASCII, ruled out byte by byte before any scalar is asked
        if Substring(name).utf8.contains(where: { $0 < 0x21 || $0 > 0x7E }),
           let invisible = name.firstIndex(where: RuleFileError.isInvisible(_:)) {
            throw RuleFileError.invisibleInName(path: line.path, line: line.number, column: line.column(invisible), name: name.string)
        }
        let location = line.location(name.startIndex)
        let expect = { (count: Int) throws in
            try self.expect(fields, count: count, kind: kind, separated: separated, end: content.endIndex, on: line)
        }
        switch kind {
        case "cue":
            try expect(4)
            return .cue(CueRule(
                name: name.string,
                cueClass: try value(fields[0], field: "class", on: line),
                stance: try value(fields[1], field: "stance", on: line),
                constructions: try constructions(fields[2], on: line),
                forms: try lettered(try list(fields[3], field: "forms", on: line), field: "cue form", on: line).map(\.text),
                location: location))
        case "quote":
            try expect(2)
            for (field, what) in zip(fields, ["opening mark", "closing mark"]) where field.isEmpty {
                throw RuleFileError.emptyList(path: line.path, line: line.number, column: line.column(field.startIndex), field: what)
            }
            return .quote(QuotePair(name: name.string, open: fields[0].string, close: fields[1].string, location: location))
        case "setting":
            try expect(1)
            let setting: RuleSetting = try value(name, field: "setting", on: line)
            guard let number = Int(fields[0].string), number > 0 else {
                throw RuleFileError.notPositive(path: line.path, line: line.number, column: line.column(fields[0].startIndex),
                                                setting: setting.rawValue, value: fields[0].string)
            }
            return .setting(setting, number, location)
        case "words":
            try expect(1)
            let listName: WordListName = try value(name, field: "word list", on: line)
            let words = try lettered(try list(fields[0], field: "words", on: line), field: "word", on: line)
            // (`list` joins the words of an item with one space)
            if let phrase = words.first(where: { $0.text.utf8.contains(0x20) }) {
                throw RuleFileError.notOneWord(path: line.path, line: line.number, column: line.column(phrase.start), item: phrase.text)
            }
            return .words(listName, words.map(\.text), location)
        default:
            guard let listKind = PhraseListKind(rawValue: kind) else {
                throw RuleFileError.unknownKind(path: line.path, line: line.number, column: line.column(content.startIndex), kind: kind)
            }
            try expect(1)
            var phrases = try list(fields[0], field: "phrases", on: line)
            if listKind == .disclaimer { phrases = try lettered(phrases, field: "disclaimer phrase", on: line) }
            return .phrases(PhraseList(kind: listKind, name: name.string, phrases: phrases.map(\.text), location: location))
        }
    }

    /// `drop KIND NAME`; `end` is where the line's content ends (a missing word is pointed at there).
    private func parseDrop(_ rest: Part, end: Part.Index, on line: Line) throws -> RuleRecord {
        let words = rest.split(whereSeparator: ScalarClass.isWhitespace(_:))
        let kindIsValid = words.first.map { Self.kinds.contains($0.string) && $0.string != "drop" } ?? false
        guard words.count == 2, kindIsValid else {
            // the first wrong word: a kind that is none, a word after the name, or where the name is missing
            let offending = !kindIsValid ? words.first?.startIndex ?? end : words.count > 2 ? words[2].startIndex : end
            throw RuleFileError.malformedDrop(path: line.path, line: line.number, column: line.column(offending))
        }
        return .drop(kind: words[0].string, name: words[1].string, line.location(words[1].startIndex))
    }

    /// Throws unless there are `count` fields after the name: pointed at the `|` that opens the first
    /// extra field, or at the content's `end` when fields are missing.
    private func expect(_ fields: [Part], count: Int, kind: String, separated: [Part], end: Part.Index, on line: Line) throws {
        guard fields.count != count else { return }
        // separated[0] is the name; the `|` before separated[count + 1] opens the first extra field
        let offending = fields.count > count ? separated[count].endIndex : end
        throw RuleFileError.fieldCount(path: line.path, line: line.number, column: line.column(offending),
                                       kind: kind, expected: count, found: fields.count)
    }

    private func value<Value: RawRepresentable & CaseIterable>(_ part: Part, field: String, on line: Line) throws -> Value
    where Value.RawValue == String {
        let text = part.string
        guard let value = Value(rawValue: text) else {
            throw RuleFileError.badValue(path: line.path, line: line.number, column: line.column(part.startIndex), field: field,
                                         value: text, allowed: Value.allCases.map(\.rawValue))
        }
        return value
    }

    /// The constructions of a cue record; each restriction among them needs a construction it acts on.
    private func constructions(_ part: Part, on line: Line) throws -> Set<Construction> {
        let words = part.split(whereSeparator: { ScalarClass.isWhitespace($0) || $0 == "," })
        guard !words.isEmpty else {
            throw RuleFileError.emptyList(path: line.path, line: line.number, column: line.column(part.startIndex), field: "constructions")
        }
        var constructions = Set<Construction>()
        var restrictions: [(word: Part, restriction: Construction)] = []
        for word in words {
            let construction: Construction = try value(word, field: "construction", on: line)
            constructions.insert(construction)
            if construction.isRestriction { restrictions.append((word, construction)) }
        }
        for (word, restriction) in restrictions where constructions.isDisjoint(with: restriction.restrictedPatterns) {
            throw RuleFileError.restrictionWithoutConstruction(path: line.path, line: line.number, column: line.column(word.startIndex),
                                                               restriction: restriction.rawValue,
                                                               needs: restriction.restrictedPatterns.map(\.rawValue))
        }
        return constructions
    }

    /// `items`, when every one holds a letter.
    private func lettered(_ items: [(text: String, start: Part.Index)], field: String, on line: Line) throws
        -> [(text: String, start: Part.Index)] {
        // tatweel (ـ) is a modifier letter in Unicode, but it only stretches a word
        let isLetter = { (scalar: Unicode.Scalar) in ScalarClass.isAlphabetic(scalar) && scalar != "\u{0640}" }
        if let bare = items.first(where: { !$0.text.unicodeScalars.contains(where: isLetter) }) {
            throw RuleFileError.noLetter(path: line.path, line: line.number, column: line.column(bare.start), field: field, item: bare.text)
        }
        return items
    }

    /// The items of a `,`- or `،`-separated list, white space inside each one collapsed to one space,
    /// with where each starts.
    private func list(_ part: Part, field: String, on line: Line) throws -> [(text: String, start: Part.Index)] {
        var items: [(text: String, start: Part.Index)] = []
        for item in part.split(whereSeparator: { $0 == "," || $0 == "،" }) {
            let words = item.split(whereSeparator: ScalarClass.isWhitespace(_:))
            guard let first = words.first else { continue }
            // most forms are one word: nothing to join
            items.append((words.count == 1 ? first.string : words.map(\.string).joined(separator: " "), first.startIndex))
        }
        guard !items.isEmpty else {
            throw RuleFileError.emptyList(path: line.path, line: line.number, column: line.column(part.startIndex), field: field)
        }
        return items
    }
}
