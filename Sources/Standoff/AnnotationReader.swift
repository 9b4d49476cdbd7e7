/// Reads the lines of a `.ann` file the way brat does, keeping every line and reporting
/// each problem with its line and column.
struct AnnotationReader {
    /// A problem on one line: where (an index into the line) and what.
    struct Problem: Error {
        var at: String.Index
        var message: String
    }

    let path: String
    private var firstLineOfID: [Substring: Int] = [:]
    private var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func read(_ text: String) -> (AnnotationDocument, [Diagnostic]) {
        var body = Substring(text)
        var document = AnnotationDocument()
        if body.unicodeScalars.first == "\u{FEFF}" {
            document.hasByteOrderMark = true
            body = Substring(body.unicodeScalars.dropFirst())
            diagnostics.append(Diagnostic(path: path, line: 1, column: 1, severity: .error,
                message: "the file begins with a byte order mark (U+FEFF); brat reads it as part of the first identifier"))
        }
        let utf8 = body.utf8
        var lineStart = utf8.startIndex
        var number = 0
        while lineStart < utf8.endIndex {
            number += 1
            var cursor = lineStart
            while cursor < utf8.endIndex, utf8[cursor] != 0x0A, utf8[cursor] != 0x0D {
                cursor = utf8.index(after: cursor)
            }
            let line = body[lineStart..<cursor]
            var next = cursor
            if cursor < utf8.endIndex {
                next = utf8.index(after: cursor)
                if utf8[cursor] == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            }
            let terminator: String
            switch utf8.distance(from: cursor, to: next) {
            case 0: terminator = ""
            case 2: terminator = "\r\n"
            default: terminator = utf8[cursor] == 0x0A ? "\n" : "\r"
            }
            let annotation = parseLine(line, number: number)
            document.lines.append(AnnotationLine(annotation: annotation, raw: String(line), terminator: terminator, number: number))
            lineStart = next
        }
        return (document, diagnostics)
    }

    private mutating func parseLine(_ line: Substring, number: Int) -> Annotation {
        var id: Substring?
        do {
            guard !line.isEmpty else {
                throw Problem(at: line.startIndex, message: "empty line: expected an annotation such as ID<TAB>…")
            }
            guard let tab = line.utf8.firstIndex(of: 0x09) else {
                throw Problem(at: line.endIndex, message: "expected a TAB after the identifier (ID<TAB>…)")
            }
            let candidate = line[..<tab]
            if candidate == "T?" {
                throw Problem(at: line.startIndex, message: "a span given by its text alone (T?): run 'isnad check --fix' to find its offsets and give it an identifier")
            }
            guard AnnotationID.isValid(candidate) else {
                throw Problem(at: line.startIndex, message: "'\(candidate)' is not an identifier: expected letters and a number such as T1, E2, A3, #4, or * for an equivalence")
            }
            if candidate != "*" {
                if let first = firstLineOfID[candidate] {
                    id = candidate
                    throw Problem(at: line.startIndex, message: "duplicate identifier \(candidate), first used on line \(first)")
                }
                firstLineOfID[candidate] = number
                id = candidate
            }
            let rest = line[line.utf8.index(after: tab)...]
            let data: Substring
            let tail: Substring?
            if let second = rest.utf8.firstIndex(of: 0x09) {
                data = rest[..<second]
                tail = rest[rest.utf8.index(after: second)...]
            } else {
                data = rest
                tail = nil
            }
            let idString = String(candidate)
            switch candidate.unicodeScalars.first {
            case "T": return .textBound(try textBound(idString, data, tail))
            case "E": return .event(try event(idString, data))
            case "R": return .relation(try relation(idString, data))
            case "A": return .attribute(try attribute(idString, data))
            case "M": return .attribute(try modifier(idString, data))
            case "N": return .normalization(try normalization(idString, data, tail))
            case "#": return .note(try note(idString, data, tail))
            case "*": return .equivalence(try equivalence(data))
            default:
                throw Problem(at: line.startIndex, message: "unknown kind of line '\(candidate)': an identifier starts with T, E, R, A, M, N, # or is *")
            }
        } catch let problem as Problem {
            let column = line[..<problem.at].unicodeScalars.count + 1
            diagnostics.append(Diagnostic(path: path, line: number, column: column, severity: .error, message: problem.message))
            return .unparsed(UnparsedLine(id: id.map(String.init), text: String(line), problem: problem.message))
        } catch {
            return .unparsed(UnparsedLine(id: id.map(String.init), text: String(line), problem: "\(error)"))
        }
    }

    // MARK: - Line kinds

    private func textBound(_ id: String, _ data: Substring, _ tail: Substring?) throws -> TextBound {
        guard let space = data.utf8.firstIndex(of: 0x20) else {
            throw Problem(at: data.endIndex, message: "expected offsets after the label (\(id)<TAB>LABEL START END<TAB>TEXT)")
        }
        let label = data[..<space]
        guard !label.isEmpty else { throw Problem(at: data.startIndex, message: "expected a label before the offsets") }
        var fragments: [Range<Int>] = []
        var fragmentStart = data.utf8.index(after: space)
        let end = max(trimmedEnd(data), fragmentStart)
        while true {
            let stop = data[fragmentStart..<end].utf8.firstIndex(of: 0x3B) ?? end
            let pair = data[fragmentStart..<stop]
            guard let gap = pair.utf8.firstIndex(of: 0x20) else {
                throw Problem(at: pair.endIndex, message: "expected START END (two offsets separated by a space), found '\(pair)'")
            }
            let startField = pair[..<gap]
            let endField = pair[pair.utf8.index(after: gap)...]
            guard let start = offset(startField) else {
                throw Problem(at: startField.startIndex, message: "expected a start offset (a number of 0 or more), found '\(startField)'")
            }
            guard let finish = offset(endField) else {
                let hint = endField.contains(" ") ? " (a space instead of a TAB before the text?)" : ""
                throw Problem(at: endField.startIndex, message: "expected an end offset (a number of 0 or more), found '\(endField)'\(hint)")
            }
            guard start <= finish else {
                throw Problem(at: startField.startIndex, message: "start offset \(start) is after end offset \(finish)")
            }
            fragments.append(start..<finish)
            if stop == end { break }
            fragmentStart = data.utf8.index(after: stop)
        }
        return TextBound(id: id, label: String(label), fragments: fragments, text: tail.map(String.init) ?? "")
    }

    private func event(_ id: String, _ data: Substring) throws -> Event {
        let fields = fields(of: data, tabsToo: true)
        guard let head = fields.first else {
            throw Problem(at: data.startIndex, message: "expected TYPE:TRIGGER (\(id)<TAB>TYPE:TRIGGER ROLE:ID …)")
        }
        guard head.startIndex == data.startIndex else {
            throw Problem(at: data.startIndex, message: "expected TYPE:TRIGGER right after the TAB")
        }
        let (type, trigger) = try pair(head, expected: "TYPE:TRIGGER")
        let arguments = try fields.dropFirst().map { field -> Argument in
            let (role, target) = try pair(field, expected: "ROLE:ID")
            return Argument(role: String(role), id: String(target))
        }
        return Event(id: id, type: String(type), trigger: String(trigger), arguments: arguments)
    }

    private func relation(_ id: String, _ data: Substring) throws -> Relation {
        let fields = fields(of: data, tabsToo: false)
        guard let type = fields.first, type.startIndex == data.startIndex, fields.count > 1 else {
            throw Problem(at: data.startIndex, message: "expected TYPE ROLE:ID ROLE:ID (\(id)<TAB>TYPE Arg1:ID Arg2:ID)")
        }
        guard fields.count == 3 else {
            throw Problem(at: fields.count > 3 ? fields[3].startIndex : data.endIndex,
                          message: "a relation has exactly two arguments, found \(fields.count - 1)")
        }
        let first = try pair(fields[1], expected: "ROLE:ID")
        let second = try pair(fields[2], expected: "ROLE:ID")
        guard first.0 != second.0 else {
            throw Problem(at: fields[2].startIndex, message: "the two arguments of a relation need different roles, both are '\(first.0)'")
        }
        return Relation(id: id, type: String(type), arguments: [
            Argument(role: String(first.0), id: String(first.1)), Argument(role: String(second.0), id: String(second.1)),
        ])
    }

    private func attribute(_ id: String, _ data: Substring) throws -> Attribute {
        guard let space = data.utf8.firstIndex(of: 0x20), space != data.startIndex else {
            throw Problem(at: data.endIndex, message: "expected NAME TARGET [VALUE] (\(id)<TAB>NAME TARGET VALUE)")
        }
        let name = data[..<space]
        let rest = data[data.utf8.index(after: space)...]
        let target: Substring
        var value: Substring?
        if let gap = rest.utf8.firstIndex(of: 0x20) {
            target = rest[..<gap]
            value = rest[rest.utf8.index(after: gap)...]
            if value?.isEmpty == true { throw Problem(at: rest.endIndex, message: "expected a value after the space") }
        } else {
            target = rest
        }
        guard AnnotationID.split(target) != nil || LineReference.number(in: target) != nil else {
            throw Problem(at: target.startIndex, message: "expected the identifier of an annotation as target, found '\(target)'")
        }
        return Attribute(id: id, name: String(name), target: String(target), value: value.map(String.init))
    }

    private func modifier(_ id: String, _ data: Substring) throws -> Attribute {
        let fields = fields(of: data, tabsToo: false)
        guard fields.count == 2, AnnotationID.split(fields[1]) != nil || LineReference.number(in: fields[1]) != nil else {
            throw Problem(at: data.startIndex, message: "expected NAME TARGET (\(id)<TAB>NAME TARGET)")
        }
        return Attribute(id: id, name: String(fields[0]), target: String(fields[1]), value: nil)
    }

    private func normalization(_ id: String, _ data: Substring, _ tail: Substring?) throws -> Normalization {
        let fields = fields(of: data, tabsToo: false, keepingEmpty: true)
        guard fields.count == 3, !fields[0].isEmpty, !fields[1].isEmpty else {
            throw Problem(at: data.startIndex, message: "expected TYPE TARGET RESOURCE:ENTRY (\(id)<TAB>Reference T1 Wikipedia:534366<TAB>TEXT)")
        }
        let (resource, entry) = try pair(fields[2], expected: "RESOURCE:ENTRY")
        return Normalization(id: id, type: String(fields[0]), target: String(fields[1]), resource: String(resource),
                             entry: String(entry), text: tail.map(String.init) ?? "")
    }

    private func note(_ id: String, _ data: Substring, _ tail: Substring?) throws -> Note {
        let fields = fields(of: data, tabsToo: false, keepingEmpty: true)
        guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
            throw Problem(at: data.startIndex, message: "expected TYPE TARGET (\(id)<TAB>AnnotatorNotes T1<TAB>TEXT)")
        }
        return Note(id: id, type: String(fields[0]), target: String(fields[1]), text: tail.map(String.init) ?? "")
    }

    private func equivalence(_ data: Substring) throws -> Equivalence {
        let fields = fields(of: data, tabsToo: true)
        guard fields.count >= 2, fields[0].startIndex == data.startIndex else {
            throw Problem(at: data.startIndex, message: "expected TYPE ID ID … (*<TAB>Equiv T1 T2)")
        }
        return Equivalence(type: String(fields[0]), members: fields.dropFirst().map(String.init))
    }

    // MARK: - Pieces

    /// Splits `A:B` at its only colon; both sides non-empty.
    private func pair(_ field: Substring, expected: String) throws -> (Substring, Substring) {
        guard let colon = field.utf8.firstIndex(of: 0x3A) else {
            throw Problem(at: field.startIndex, message: "expected \(expected), found '\(field)'")
        }
        let left = field[..<colon]
        let right = field[field.utf8.index(after: colon)...]
        guard !left.isEmpty, !right.isEmpty, !right.utf8.contains(0x3A) || expected == "RESOURCE:ENTRY" else {
            throw Problem(at: field.startIndex, message: "expected \(expected), found '\(field)'")
        }
        return (left, right)
    }

    /// The fields of `data` separated by spaces (and TABs when `tabsToo`), split on bytes.
    private func fields(of data: Substring, tabsToo: Bool, keepingEmpty: Bool = false) -> [Substring] {
        var result: [Substring] = []
        let utf8 = data.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x20 || (tabsToo && byte == 0x09) {
                if keepingEmpty || start < index { result.append(data[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if keepingEmpty || start < utf8.endIndex { result.append(data[start..<utf8.endIndex]) }
        return result
    }

    /// A non-negative decimal offset, or nil.
    private func offset(_ field: Substring) -> Int? {
        guard !field.isEmpty, field.utf8.count <= 18 else { return nil }
        var value = 0
        for byte in field.utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// The end of `data` without trailing spaces (brat ignores them after the last offset).
    private func trimmedEnd(_ data: Substring) -> String.Index {
        var end = data.endIndex
        while end > data.startIndex {
            let before = data.utf8.index(before: end)
            guard data.utf8[before] == 0x20 else { break }
            end = before
        }
        return end
    }
}
