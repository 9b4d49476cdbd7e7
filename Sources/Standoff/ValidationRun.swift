/// One validation of one document: the lookups it needs and the diagnostics found.
struct ValidationRun {
    let validator: Validator
    let document: AnnotationDocument
    let text: [Unicode.Scalar]?
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    private var byID: [String: Annotation] = [:]
    /// The events that use each text bound as trigger (only text bounds: a trigger that is not
    /// one is an error of its own event, not a reason to refuse what points at it).
    private var triggerOf: [String: String] = [:]

    /// The attributes on each annotation.
    private var attributesOf: [String: [Attribute]] = [:]
    private let labels: [String]
    private let labelSet: Set<String>
    private let isIsnad: Bool
    /// The columns of the fields of the line diagnosed last.
    private let columns = LineColumnIndex()

    private var configuration: BratConfiguration { validator.configuration }

    init(validator: Validator, document: AnnotationDocument, text: [Unicode.Scalar]?, path: String) {
        self.validator = validator
        self.document = document
        self.text = text
        self.path = path
        labels = validator.configuration.textBoundLabels
        labelSet = Set(labels)
        isIsnad = validator.configuration.isIsnadScheme
        for line in document.lines {
            if case .attribute(let attribute) = line.annotation { attributesOf[attribute.target, default: []].append(attribute) }
            if let id = line.annotation.id, byID[id] == nil { byID[id] = line.annotation }
            if case .event(let event) = line.annotation, triggerOf[event.trigger] == nil {
                triggerOf[event.trigger] = event.id
            }
        }
        triggerOf = triggerOf.filter { entry in
            if case .textBound = byID[entry.key] { return true } else { return false }
        }
    }

    mutating func checkAll() {
        for line in document.lines {
            switch line.annotation {
            case .textBound(let t): checkTextBound(t, line)
            case .event(let e): checkEvent(e, line)
            case .relation(let r): checkRelation(r, line)
            case .attribute(let a): checkAttribute(a, line)
            case .normalization(let n): checkModifierTarget(n.target, of: n.id, kind: "normalization", line)
            case .note(let n): checkModifierTarget(n.target, of: n.id, kind: "note", line)
            case .equivalence(let q): checkEquivalence(q, line)
            case .unparsed: break
            }
        }
    }

    // MARK: - Reporting

    /// `expected one of A, B` for the names a scheme declares, or says it declares no `kind`.
    static func expected(_ names: [String], kind: String) -> String {
        names.isEmpty ? "the scheme declares no \(kind)" : "expected one of \(names.joined(separator: ", "))"
    }

    private mutating func error(_ line: AnnotationLine, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: line.number, column: column, severity: .error, message: message))
    }

    private mutating func warning(_ line: AnnotationLine, _ column: Int, _ message: String) {
        diagnostics.append(Diagnostic(path: path, line: line.number, column: column, severity: .warning, message: message))
    }

    /// A scheme problem: an error when the scheme is enforced, a warning otherwise.
    private mutating func scheme(_ line: AnnotationLine, _ column: Int, _ message: String) {
        let where_ = configuration.path == BratConfiguration.isnadPath ? "the Isnad scheme" : configuration.path
        diagnostics.append(Diagnostic(path: path, line: line.number, column: column,
                                      severity: validator.enforcesScheme ? .error : .warning, message: message + " (\(where_))"))
    }

    private func column(_ token: String, _ line: AnnotationLine, skipping: Int = 0) -> Int {
        columns.of(token, in: line.text, skippingFields: skipping)
    }

    // MARK: - References

    /// Reports `id` when it names nothing; returns the annotation it names.
    private mutating func resolve(_ id: String, from owner: String, as what: String, _ line: AnnotationLine) -> Annotation? {
        if let annotation = byID[id] { return annotation }
        if id.hasPrefix("@L"), LineReference.number(in: id) == nil {
            error(line, column(id, line), "\(what) \(id) of \(owner) is neither an identifier nor a line reference: write @L and the number of a line of this file, such as @L12")
        } else if id.hasPrefix("@L") {
            error(line, column(id, line), "\(what) \(id) is a reference by line number, which 'isnad check --fix' resolves to the identifier given on that line")
        } else {
            error(line, column(id, line), "\(what) \(id) of \(owner) is not defined in this file")
        }
        return nil
    }

    /// What an annotation that brat draws nothing for is (`an attribute`, `a note` …), or nil
    /// for a text bound, an event or a relation.
    private func undrawnKind(_ annotation: Annotation) -> String? {
        switch annotation {
        case .textBound, .event, .relation: return nil
        case .attribute: return "an attribute"
        case .normalization: return "a normalization"
        case .note: return "a note"
        case .equivalence: return "an equivalence"
        case .unparsed: return "a line that could not be read"
        }
    }

    /// Checks that argument `id` (resolved to `filler`) of `owner` is something brat can link
    /// to: an entity (a text bound that is no trigger) or an event.
    private mutating func checkArgumentKind(_ id: String, _ filler: Annotation?, role: String, of owner: String, _ line: AnnotationLine) {
        guard let filler else { return }
        if let kind = undrawnKind(filler) {
            error(line, column(id, line), "\(role) argument \(id) of \(owner) is \(kind): an argument is a span (T) or an event (E); brat reports it as not found")
        } else if case .relation = filler {
            error(line, column(id, line), "\(role) argument \(id) of \(owner) is a relation: an argument is a span (T) or an event (E); brat reports it as not found")
        } else if let event = triggerOf[id] {
            error(line, column(id, line), "\(role) argument \(id) of \(owner) is the trigger of \(event); brat reports it as not found: use the event \(event)")
        }
    }

    /// The kind and type of an annotation, as annotation.conf names them.
    private func typeOf(_ annotation: Annotation) -> (isEvent: Bool, type: String)? {
        switch annotation {
        case .textBound(let t): return (false, t.label)
        case .event(let e): return (true, e.type)
        case .relation(let r): return (false, r.type)
        default: return nil
        }
    }

    /// Whether a filler of `type` fits one of `allowed` (labels, `<ENTITY>`, `<EVENT>`, `<ANY>`).
    private func fits(_ annotation: Annotation, _ allowed: [String]) -> Bool {
        guard let (isEvent, type) = typeOf(annotation) else { return false }
        if allowed.contains("<ANY>") || allowed.contains(type) { return true }
        if isEvent { return allowed.contains("<EVENT>") }
        if case .textBound = annotation, allowed.contains("<ENTITY>") { return configuration.event(named: type) == nil }
        return false
    }

    // MARK: - Text bounds

    private mutating func checkTextBound(_ t: TextBound, _ line: AnnotationLine) {
        if !labelSet.contains(t.label) {
            let abstract = (configuration.entities + configuration.events).contains { $0.name == t.label && $0.isAbstract }
            scheme(line, column(t.label, line), abstract
                ? "label '\(t.label)' is abstract (marked ! in annotation.conf) and cannot be used"
                : "label '\(t.label)' is not in the scheme: \(Self.expected(labels, kind: "labels"))")
        }
        guard let text else { return }
        var seen: [Range<Int>] = []
        var inText = true
        for (index, fragment) in t.fragments.enumerated() {
            for bound in [fragment.lowerBound, fragment.upperBound] where bound > text.count {
                error(line, column(String(bound), line), "offset \(bound) is past the end of the text, which has \(text.count) Unicode scalars")
                inText = false
                break
            }
            for other in seen where fragment.upperBound >= other.lowerBound && fragment.lowerBound < other.upperBound {
                inText = false
                error(line, column(String(fragment.lowerBound), line), "fragment \(fragment.lowerBound) \(fragment.upperBound) overlaps fragment \(other.lowerBound) \(other.upperBound) of \(t.id) (brat refuses overlapping fragments)")
            }
            if index > 0, let previous = seen.last, fragment.upperBound < previous.lowerBound {
                warning(line, column(String(fragment.lowerBound), line), "fragment \(fragment.lowerBound) \(fragment.upperBound) comes before fragment \(previous.lowerBound) \(previous.upperBound) in the text; write fragments in text order")
            }
            seen.append(fragment)
        }
        guard inText else { return }
        if t.fragments.allSatisfy(\.isEmpty), let first = t.fragments.first {
            warning(line, column(String(first.lowerBound), line),
                    "\(t.id) covers no text (an empty span at offset \(first.lowerBound)); brat draws it as a point, but a \(t.label) is meant to cover the words it labels: give it an end past its start")
        }
        for fragment in t.fragments {
            if let breakIndex = fragment.firstIndex(where: { LineBreaks.contains(text[$0]) }) {
                error(line, column(String(fragment.lowerBound), line),
                      "fragment \(fragment.lowerBound) \(fragment.upperBound) of \(t.id) contains \(LineBreaks.name(of: text[breakIndex])) at offset \(breakIndex); brat spans never cross a line break: use one fragment per line (\(splitSuggestion(fragment, text)))")
            }
        }
        checkCoveredText(t, text, line)
    }

    private func splitSuggestion(_ fragment: Range<Int>, _ text: [Unicode.Scalar]) -> String {
        var pieces: [String] = []
        var start: Int?
        for index in fragment {
            if LineBreaks.contains(text[index]) {
                if let s = start { pieces.append("\(s) \(index)"); start = nil }
            } else if start == nil {
                start = index
            }
        }
        if let s = start { pieces.append("\(s) \(fragment.upperBound)") }
        return pieces.joined(separator: ";")
    }

    private mutating func checkCoveredText(_ t: TextBound, _ text: [Unicode.Scalar], _ line: AnnotationLine) {
        if t.textMatches(text) { return }
        guard let covered = TextBound.coveredText(of: t.fragments, in: text) else { return }
        let written = t.text
        // Scalars, not `==`: Swift's String equality is canonical equivalence (آ equals ا + U+0653).
        if written.unicodeScalars.elementsEqual(covered.unicodeScalars) { return }
        let textColumn = LineColumn.ofText(in: line.text)
        if !written.isEmpty, written == covered {
            warning(line, textColumn, "text of \(t.id) is the covered text in another Unicode form (a precomposed letter for a letter and a combining mark, or the reverse): alike to the eye, but brat and Python compare code points; 'isnad check --fix' writes the .txt's form")
            return
        }
        if written.isEmpty {
            if !covered.isEmpty {
                warning(line, textColumn == 1 ? line.text.unicodeScalars.count + 1 : textColumn,
                        "no text after the offsets of \(t.id); brat fills in \"\(covered.visibleEscapes)\" ('isnad check --fix' writes it)")
            }
            return
        }
        if written.unicodeScalars.starts(with: covered.unicodeScalars) {
            let rest = written.unicodeScalars.dropFirst(covered.unicodeScalars.count)
            if let next = rest.first, next == " " || next == "\t" {
                warning(line, textColumn, "text of \(t.id) goes on after the covered text \"\(covered.visibleEscapes)\"; brat keeps the rest \"\(String(String.UnicodeScalarView(rest)).visibleEscapes)\" as a comment")
                return
            }
        }
        let joined = t.fragments.compactMap { TextBound.coveredText(of: [$0], in: text) }.joined()
        if t.fragments.count > 1, written == joined {
            warning(line, textColumn, "text of \(t.id) joins its fragments without a space (brat before 1.3); expected \"\(covered.visibleEscapes)\"")
            return
        }
        error(line, textColumn, "covered text differs from the .txt at \(t.offsetsField): expected \"\(covered.visibleEscapes)\", found \"\(written.visibleEscapes)\"")
    }

    // MARK: - Events

    private mutating func checkEvent(_ e: Event, _ line: AnnotationLine) {
        if let trigger = resolve(e.trigger, from: e.id, as: "trigger", line) {
            if case .textBound(let t) = trigger {
                if t.label != e.type {
                    error(line, column(e.type, line), "event type '\(e.type)' differs from the label '\(t.label)' of its trigger \(t.id) (brat requires them equal)")
                }
            } else {
                error(line, column(e.trigger, line), "trigger \(e.trigger) of \(e.id) is not a text-bound (T) annotation")
            }
        }
        var fillers: [Annotation?] = []
        for argument in e.arguments {
            let filler = resolve(argument.id, from: e.id, as: "\(argument.role) argument", line)
            checkArgumentKind(argument.id, filler, role: argument.role, of: e.id, line)
            fillers.append(filler)
        }
        guard let definition = configuration.event(named: e.type) else {
            scheme(line, column(e.type, line), "event type '\(e.type)' is not in the scheme: \(Self.expected(configuration.events.filter { !$0.isAbstract }.map(\.name), kind: "event types"))")
            checkIsnadAttributes(e, line)
            return
        }
        if definition.isAbstract {
            scheme(line, column(e.type, line), "event type '\(e.type)' is abstract (marked ! in annotation.conf) and cannot be used")
        }
        var counts: [String: Int] = [:]
        for (argument, filler) in zip(e.arguments, fillers) {
            let role = argument.baseRole
            guard let rule = definition.rule(for: role) else {
                let roles = definition.arguments.map(\.role)
                scheme(line, column(argument.role, line), "\(e.type) cannot take a \(role) argument: its roles are \(roles.isEmpty ? "none" : roles.joined(separator: ", "))")
                continue
            }
            counts[role, default: 0] += 1
            if let filler, !fits(filler, rule.types), let (_, type) = typeOf(filler) {
                scheme(line, column(argument.id, line), "\(e.type) argument \(role) cannot be a \(type) (\(argument.id)): expected \(rule.types.joined(separator: " or "))")
            }
        }
        for rule in definition.arguments {
            let count = counts[rule.role] ?? 0
            if count > rule.maximum {
                scheme(line, column(rule.role, line), "\(e.type) takes at most \(rule.maximum) \(rule.role) argument\(rule.maximum == 1 ? "" : "s"), found \(count)")
            } else if count < rule.minimum {
                warning(line, 1, "\(e.id) is incomplete: \(e.type) needs \(rule.minimum == 1 ? "a" : "at least \(rule.minimum)") \(rule.role) argument\(rule.minimum == 1 ? "" : "s"), found \(count)")
            }
        }
        checkIsnadAttributes(e, line)
    }

    /// In the Isnad scheme every attribution has exactly one Stance and one Form.
    private mutating func checkIsnadAttributes(_ e: Event, _ line: AnnotationLine) {
        guard isIsnad, e.type == IsnadScheme.eventType else { return }
        let attributes = attributesOf[e.id] ?? []
        for name in [IsnadScheme.stanceAttribute, IsnadScheme.formAttribute] {
            let count = attributes.filter { $0.name == name }.count
            if count != 1 {
                scheme(line, 1, "attribution \(e.id) has \(count) \(name) attribute\(count == 1 ? "" : "s"); every attribution has exactly one")
            }
        }
    }

    // MARK: - Relations, attributes, notes, equivalences

    private mutating func checkRelation(_ r: Relation, _ line: AnnotationLine) {
        let fillers = r.arguments.map { resolve($0.id, from: r.id, as: "\($0.role) argument", line) }
        for (argument, filler) in zip(r.arguments, fillers) { checkArgumentKind(argument.id, filler, role: argument.role, of: r.id, line) }
        let definitions = configuration.relations(named: r.type).filter { !$0.isAbstract }
        guard !definitions.isEmpty else {
            scheme(line, column(r.type, line), "relation type '\(r.type)' is not in the scheme")
            return
        }
        guard fillers.count == 2, let first = fillers[0], let second = fillers[1] else { return }
        let allowed = definitions.contains { definition in
            definition.arguments.count == 2 && fits(first, definition.arguments[0].types) && fits(second, definition.arguments[1].types)
        }
        if !allowed, let a = typeOf(first)?.type, let b = typeOf(second)?.type {
            scheme(line, column(r.type, line), "\(r.type) relation not allowed between \(a) and \(b)")
        }
    }

    private mutating func checkAttribute(_ a: Attribute, _ line: AnnotationLine) {
        let target = checkModifierTarget(a.target, of: a.id, kind: "attribute", line)
        guard let definition = configuration.attribute(named: a.name) else {
            scheme(line, column(a.name, line), "attribute '\(a.name)' is not in the scheme: \(Self.expected(configuration.attributes.map(\.name), kind: "attributes"))")
            return
        }
        if let target, !definition.targets.isEmpty, !fits(target, definition.targets), let (_, type) = typeOf(target) {
            scheme(line, column(a.target, line), "attribute \(a.name) cannot be put on a \(type) (\(a.target)): expected \(definition.targets.joined(separator: " or "))")
        }
        switch (a.value, definition.values.isEmpty) {
        case (nil, false):
            scheme(line, column(a.target, line), "attribute \(a.name) needs a value: one of \(definition.values.joined(separator: ", "))")
        case (let value?, true):
            scheme(line, column(value, line), "attribute \(a.name) is binary (no value), found value '\(value)'")
        case (let value?, false) where !definition.values.contains(value):
            scheme(line, column(value, line), "value '\(value)' is not allowed for \(a.name): expected one of \(definition.values.joined(separator: ", "))")
        default:
            break
        }
    }

    /// Checks the target of an attribute, normalization or note: it exists and is not a trigger.
    @discardableResult
    private mutating func checkModifierTarget(_ id: String, of owner: String, kind: String, _ line: AnnotationLine) -> Annotation? {
        guard let target = resolve(id, from: owner, as: "target", line) else { return nil }
        if let event = triggerOf[id] {
            error(line, column(id, line), "\(kind) \(owner) is aimed at \(id), the trigger of \(event); brat refuses that: aim it at the event \(event)")
        } else if let targetKind = undrawnKind(target) {
            if kind == "note" {
                warning(line, column(id, line), "note \(owner) is aimed at \(id), \(targetKind); brat shows notes only on spans, events and relations, so it shows nothing for this one")
            } else {
                error(line, column(id, line), "\(kind) \(owner) is aimed at \(id), \(targetKind); brat reports it as not found: aim it at a span (T) or an event (E)")
            }
        }
        return target
    }

    private mutating func checkEquivalence(_ q: Equivalence, _ line: AnnotationLine) {
        var types: Set<String> = []
        var seen: [String: Int] = [:]
        for member in q.members {
            let earlier = seen[member, default: 0]
            seen[member] = earlier + 1
            let at = column(member, line, skipping: earlier)
            if earlier > 0 {
                warning(line, at, "\(member) is named \(earlier == 1 ? "twice" : "again") in this \(q.type) equivalence; once is enough")
                continue
            }
            if let annotation = resolve(member, from: "the \(q.type) equivalence", as: "member", line), let type = typeOf(annotation)?.type {
                types.insert(type)
            }
            if let event = triggerOf[member] {
                error(line, at, "equivalence member \(member) is the trigger of \(event); brat refuses that")
            } else if let annotation = byID[member], let kind = undrawnKind(annotation) {
                warning(line, at, "equivalence member \(member) is \(kind); brat leaves it out of the \(q.type) equivalence (only spans and events take part)")
            }
        }
        if types.count > 1 {
            scheme(line, column(q.type, line), "\(q.type) equivalence joins annotations of different types (\(types.sorted().joined(separator: ", ")))")
        }
    }
}
