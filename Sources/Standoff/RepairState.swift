/// The working state of one repair.
struct RepairState {
    var document: AnnotationDocument
    let text: [Unicode.Scalar]
    let path: String
    var repairs: [String] = []
    var problems: [Diagnostic] = []
    /// The identifier defined on each 1-based line.
    private var idOnLine: [Int: String] = [:]
    /// The lines whose placeholder (`T?`, `E?` …) could not be given an identifier.
    private var unplacedLines: Set<Int> = []
    /// The lines of `T?` spans placed by their text (they have no old offsets to re-anchor).
    private var placedByText: Set<Int> = []

    init(document: AnnotationDocument, text: [Unicode.Scalar], path: String) {
        self.document = document
        self.text = text
        self.path = path
    }

    private mutating func problem(_ line: AnnotationLine, _ column: Int, _ message: String) {
        problems.append(Diagnostic(path: path, line: line.number, column: column, severity: .error, message: message))
    }

    // MARK: - Fresh identifiers

    mutating func assignIdentifiers() {
        var builder = AnnotationDocumentBuilder(document: document)
        for index in document.lines.indices {
            let line = document.lines[index]
            if let id = line.annotation.id { idOnLine[line.number] = id }
            guard case .unparsed(let unparsed) = line.annotation, let question = placeholderPrefix(unparsed.text) else { continue }
            if question == "T" {
                guard let bound = locate(unparsed.text, line) else { unplacedLines.insert(line.number); continue }
                let id = builder.freshID(prefix: "T")
                let t = TextBound(id: id, label: bound.label, fragments: bound.fragments, text: TextBound.coveredText(of: bound.fragments, in: text) ?? "")
                document.lines[index].annotation = .textBound(t)
                idOnLine[line.number] = id
                placedByText.insert(line.number)
                repairs.append("line \(line.number): T? \(bound.label) → \(id) \(t.offsetsField)")
            } else {
                let id = builder.freshID(prefix: question == "A" || question == "M" ? "A" : question)
                let rewritten = id + unparsed.text.dropFirst(question.count + 1)
                let (parsed, diagnostics) = AnnotationDocument.parse(rewritten, path: path)
                guard diagnostics.isEmpty, let annotation = parsed.lines.first?.annotation else {
                    unplacedLines.insert(line.number)
                    problem(line, 1, "cannot read this line even with a fresh identifier: \(diagnostics.first?.message ?? "empty")")
                    continue
                }
                document.lines[index].annotation = annotation
                idOnLine[line.number] = id
                repairs.append("line \(line.number): \(question)? → \(id)")
            }
        }
    }

    /// `T` for a line starting `T?<TAB>`, `E` for `E?<TAB>` …, else nil.
    private func placeholderPrefix(_ line: String) -> String? {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let head = line[..<tab]
        guard head.hasSuffix("?") else { return nil }
        let prefix = String(head.dropLast())
        return ["T", "E", "R", "A", "M", "N", "#"].contains(prefix) ? prefix : nil
    }

    /// The label and fragments of `T?<TAB>Label[ @N]<TAB>text`, or nil after reporting why not.
    private mutating func locate(_ raw: String, _ line: AnnotationLine) -> (label: String, fragments: [Range<Int>])? {
        let fields = raw.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, !fields[2].isEmpty else {
            problem(line, 1, "expected T?<TAB>LABEL<TAB>TEXT (or LABEL @N for the N-th occurrence)")
            return nil
        }
        let head = fields[1].split(separator: " ")
        guard let labelField = head.first else {
            problem(line, 4, "expected a label after T?<TAB>")
            return nil
        }
        var ordinal: Int?
        if head.count == 2, head[1].hasPrefix("@"), let n = Int(head[1].dropFirst()), n > 0 {
            ordinal = n
        } else if head.count != 1 {
            problem(line, 4, "expected LABEL or LABEL @N before the text, found '\(fields[1])'")
            return nil
        }
        // Spaces a reviewer left around the words are not part of the span (brat's never are).
        let wanted = String(fields[2]).trimmingSpaces()
        let textColumn = LineColumn.ofText(in: raw)
        guard !wanted.isEmpty else {
            problem(line, textColumn, "the text is only spaces: write the words the span covers")
            return nil
        }
        let found = TextSearch.occurrences(of: Array(wanted.unicodeScalars), in: text)
        if let ordinal {
            guard ordinal <= found.count else {
                problem(line, textColumn, "\"\(wanted)\" occurs \(found.count) time\(found.count == 1 ? "" : "s") in the text, so there is no occurrence @\(ordinal)\(candidates(found))")
                return nil
            }
            return (String(labelField), found[ordinal - 1])
        }
        guard found.count == 1, let only = found.first else {
            if found.isEmpty {
                problem(line, textColumn, "\"\(wanted)\" does not occur in the text")
            } else {
                problem(line, textColumn, "\"\(wanted)\" occurs \(found.count) times in the text; write '\(labelField) @N' for the N-th\(candidates(found))")
            }
            return nil
        }
        return (String(labelField), only)
    }

    /// `: @1 at 4 10, @2 at 14 20 …`: the occurrences in `found` (all, or those also in
    /// `only`), each with its ordinal among all of `found`.
    private func candidates(_ found: [[Range<Int>]], only: [[Range<Int>]]? = nil) -> String {
        let listed = only.map { ordinals(of: $0, in: found) } ?? Array(found.indices)
        guard !listed.isEmpty else { return "" }
        let shown = listed.prefix(10).map { index in
            "@\(index + 1) at " + found[index].map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
        }
        return ": " + shown.joined(separator: ", ") + (listed.count > 10 ? ", …" : "")
    }

    /// The indices in `found` (occurrences, ascending by start) of the members of `some`,
    /// ascending.
    private func ordinals(of some: [[Range<Int>]], in found: [[Range<Int>]]) -> [Int] {
        var indices: [Int] = []
        for occurrence in some {
            // Occurrences start at different places, so the start finds the one that is equal.
            let start = occurrence.first?.lowerBound ?? 0
            var low = 0, high = found.count
            while low < high {
                let middle = (low + high) / 2
                if (found[middle].first?.lowerBound ?? 0) < start { low = middle + 1 } else { high = middle }
            }
            if low < found.count, found[low] == occurrence {
                indices.append(low)
            } else if let index = found.firstIndex(of: occurrence) {
                indices.append(index)
            }
        }
        return Array(Set(indices)).sorted()
    }

    // MARK: - @L references

    mutating func resolveLineReferences() {
        for index in document.lines.indices {
            let line = document.lines[index]
            func resolve(_ id: String) -> String {
                guard let number = LineReference.number(in: id) else { return id }
                return idOnLine[number] ?? id
            }
            let annotation = line.annotation.mappingReferences(resolve)
            if annotation != line.annotation {
                document.lines[index].annotation = annotation
                if !repairs.contains(where: { $0.hasPrefix("line \(line.number): ") }) {
                    repairs.append("line \(line.number): @L references resolved")
                }
            }
        }
    }

    /// A problem for every `@L` reference left in `final` (the document as it will be written,
    /// its lines keeping the numbers they were read from), naming lines as they are in `final`.
    func unresolvedReferences(in final: AnnotationDocument) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let columns = LineColumnIndex()
        for line in final.lines {
            for reference in line.annotation.references {
                guard let target = LineReference.number(in: reference) else { continue }
                let original = final.lines.indices.contains(target - 1) ? final.lines[target - 1].number : 0
                let reason = original > 0 && unplacedLines.contains(original)
                    ? "whose annotation could not be placed yet (see the error on that line); it is resolved once that line is fixed"
                    : "which defines no annotation"
                problems.append(Diagnostic(path: path, line: line.number, column: columns.of(reference, in: line.text), severity: .error,
                                           message: "\(reference) refers to line \(target), \(reason)"))
            }
        }
        return problems
    }

    // MARK: - Re-anchoring

    /// Re-anchors the spans whose text and offsets disagree (see `Reanchoring`), using
    /// `keptTexts` (older versions of the text, newest first) for context.
    mutating func reanchor(keptTexts: [[Unicode.Scalar]] = []) {
        var stale: [(index: Int, bound: TextBound)] = []
        var unchangedStarts: [Int] = []
        for index in document.lines.indices {
            let line = document.lines[index]
            guard case .textBound(var t) = line.annotation, !placedByText.contains(line.number) else { continue }
            let covered = TextBound.coveredText(of: t.fragments, in: text)
            if let covered, t.text.unicodeScalars.elementsEqual(covered.unicodeScalars) { unchangedStarts.append(t.start); continue }
            if let covered, !t.text.isEmpty, t.text == covered {
                // Canonically equivalent (Swift's ==) but other scalars: the .txt's form is written.
                t.text = covered
                document.lines[index].annotation = .textBound(t)
                repairs.append("line \(line.number): \(t.id) text written in the Unicode form of the .txt")
                unchangedStarts.append(t.start)
                continue
            }
            if let covered, t.text.unicodeScalars.starts(with: covered.unicodeScalars) {
                let next = t.text.unicodeScalars.dropFirst(covered.unicodeScalars.count).first
                if next == " " || next == "\t" { unchangedStarts.append(t.start); continue }
            }
            if let covered, t.fragments.count > 1,
               t.text == t.fragments.compactMap({ TextBound.coveredText(of: [$0], in: text) }).joined() {
                t.text = covered
                document.lines[index].annotation = .textBound(t)
                repairs.append("line \(line.number): \(t.id) text joined with spaces (brat 1.3)")
                unchangedStarts.append(t.start)
                continue
            }
            if t.text.isEmpty, let covered {
                t.text = covered
                document.lines[index].annotation = .textBound(t)
                repairs.append("line \(line.number): \(t.id) text filled in")
                unchangedStarts.append(t.start)
                continue
            }
            stale.append((index, t))
        }
        let outcomes = Reanchoring(text: text, keptTexts: keptTexts).place(stale.map(\.bound), unchangedStarts: unchangedStarts)
        for ((index, t), outcome) in zip(stale, outcomes) {
            let line = document.lines[index]
            let textColumn = LineColumn.ofText(in: line.text)
            switch outcome {
            case .missing:
                problem(line, textColumn, "cannot re-anchor \(t.id): \"\(t.text.visibleEscapes)\" does not occur in the text")
            case .ambiguous(let close, let all, let expected):
                let near = expected.map { $0 == t.start ? t.offsetsField : "\($0) (its neighbours moved by \($0 - t.start > 0 ? "+" : "")\($0 - t.start))" }
                problem(line, textColumn, "cannot re-anchor \(t.id): \"\(t.text.visibleEscapes)\" occurs \(all.count) times and \(close.count) are about equally near \(near.joined(separator: " or "))\(candidates(all, only: close))")
            case .moved(let fragments):
                var moved = t
                moved.fragments = fragments
                document.lines[index].annotation = .textBound(moved)
                repairs.append("line \(line.number): \(t.id) re-anchored from \(t.offsetsField) to \(moved.offsetsField)")
            }
        }
    }
}
