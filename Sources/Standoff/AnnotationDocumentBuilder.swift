/// Builds an annotation document for a program that creates annotations (the extractor):
/// each `add…` gives the new line a fresh identifier and returns it.
///
/// ```swift
/// var builder = AnnotationDocumentBuilder()
/// let cue = builder.addTextBound(label: "Cue", fragments: [262..<265], text: "قال")
/// let event = builder.addEvent(type: "Cue", trigger: cue, arguments: [Argument(role: "Source", id: source)])
/// builder.addAttribute(name: "Stance", target: event, value: "Assert")
/// let text = builder.build().serialized()
/// ```
public struct AnnotationDocumentBuilder: Sendable {
    private var document: AnnotationDocument
    /// The largest number given so far to each identifier prefix (a handful: searched in order).
    private var largest: [(prefix: String, number: Int)] = []
    /// Every line's canonical place, computed as it is added, while `knowsOrder`.
    private var keys: [CanonicalOrder.Key] = []
    /// Whether `keys` holds every line's place: the builder started empty and every line referred to
    /// text bounds and events added before it (otherwise `build()` sorts from scratch).
    private var knowsOrder = true
    /// The position of text bound `T<n>` and event `E<n>` added so far, indexed by n.
    private var textBoundPositions: [(Int, Int)?] = []
    private var eventPositions: [(Int, Int)?] = []

    /// An empty builder; identifiers start at 1 (`T1`, `E1`, `A1`, `#1` …).
    public init() {
        self.document = AnnotationDocument()
    }

    /// A builder that adds to `document`; new identifiers come after the largest it uses.
    public init(document: AnnotationDocument) {
        self.document = document
        knowsOrder = document.lines.isEmpty
        for prefix in ["T", "E", "R", "A", "M", "N", "#"] {
            largest.append((prefix, document.largestNumber(prefix: prefix)))
        }
    }

    /// The next free identifier with `prefix` (`T`, `E`, `R`, `A`, `N`, `#`), reserving it.
    public mutating func freshID(prefix: String) -> String {
        prefix + String(freshNumber(prefix: prefix))
    }

    /// The number of the next free identifier with `prefix`, reserving it.
    private mutating func freshNumber(prefix: String) -> Int {
        guard let slot = largest.firstIndex(where: { $0.prefix == prefix }) else {
            largest.append((prefix, 1))
            return 1
        }
        largest[slot].number += 1
        return largest[slot].number
    }

    /// Adds `T…<TAB>label fragments<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addTextBound(label: String, fragments: [Range<Int>], text: String) -> String {
        let number = freshNumber(prefix: "T")
        let id = "T" + String(number)
        let textBound = TextBound(id: id, label: label, fragments: fragments, text: text)
        let position = (textBound.start, textBound.end)
        Self.record(position, at: number, in: &textBoundPositions)
        append(.textBound(textBound), kind: 0, position: position, number: number)
        return id
    }

    /// Adds a text bound whose text is taken from `scalars` (fragments joined by one space).
    /// Fragments outside `scalars` get an empty text, which `isnad check` reports.
    @discardableResult
    public mutating func addTextBound(label: String, fragments: [Range<Int>], in scalars: [Unicode.Scalar]) -> String {
        addTextBound(label: label, fragments: fragments, text: TextBound.coveredText(of: fragments, in: scalars) ?? "")
    }

    /// Adds `E…<TAB>type:trigger role:id …`; returns its identifier.
    @discardableResult
    public mutating func addEvent(type: String, trigger: String, arguments: [Argument] = []) -> String {
        let number = freshNumber(prefix: "E")
        let position = self.position(of: trigger)
        Self.record(position, at: number, in: &eventPositions)
        append(.event(Event(id: "E" + String(number), type: type, trigger: trigger, arguments: arguments)),
               kind: 1, position: position, number: number)
        return "E" + String(number)
    }

    /// Adds `R…<TAB>type role:id role:id`; returns its identifier.
    @discardableResult
    public mutating func addRelation(type: String, arguments: [Argument]) -> String {
        let number = freshNumber(prefix: "R")
        let id = "R" + String(number)
        append(.relation(Relation(id: id, type: type, arguments: arguments)), kind: 2,
               position: arguments.first.map { position(of: $0.id) } ?? (Int.max, Int.max), number: number)
        return id
    }

    /// Adds `A…<TAB>name target [value]`; returns its identifier.
    @discardableResult
    public mutating func addAttribute(name: String, target: String, value: String? = nil) -> String {
        let number = freshNumber(prefix: "A")
        let id = "A" + String(number)
        append(.attribute(Attribute(id: id, name: name, target: target, value: value)), kind: 3,
               position: position(of: target), number: number)
        return id
    }

    /// Adds `N…<TAB>type target resource:entry<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addNormalization(type: String = "Reference", target: String, resource: String, entry: String, text: String = "") -> String {
        let number = freshNumber(prefix: "N")
        let id = "N" + String(number)
        append(.normalization(Normalization(id: id, type: type, target: target, resource: resource, entry: entry, text: text)),
               kind: 4, position: position(of: target), number: number)
        return id
    }

    /// Adds `#…<TAB>type target<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addNote(target: String, text: String, type: String = "AnnotatorNotes") -> String {
        let number = freshNumber(prefix: "#")
        let id = "#" + String(number)
        append(.note(Note(id: id, type: type, target: target, text: text)), kind: 5, position: position(of: target), number: number)
        return id
    }

    /// Adds `*<TAB>type id id …`.
    public mutating func addEquivalence(type: String, members: [String]) {
        append(.equivalence(Equivalence(type: type, members: members)), kind: 6,
               position: members.first.map { position(of: $0) } ?? (Int.max, Int.max), number: 0)
    }

    /// The document in canonical order, ready for `serialized()`.
    public func build() -> AnnotationDocument {
        guard knowsOrder else { return document.canonicalized() }
        // new lines already end with LF and the document has no byte order mark
        return AnnotationDocument(lines: CanonicalOrder.sorted(document.lines, keys: keys))
    }

    /// Appends a new line with its canonical place (see `CanonicalOrder`).
    private mutating func append(_ annotation: Annotation, kind: Int, position: (Int, Int), number: Int) {
        if knowsOrder { keys.append(CanonicalOrder.Key(kind: kind, position: position, number: number, index: keys.count)) }
        document.lines.append(AnnotationLine(annotation: annotation))
    }

    /// The position of the text bound or event `id` added before; when there is none, the builder
    /// no longer knows the order (the reference may be to a later line).
    private mutating func position(of id: String) -> (Int, Int) {
        guard knowsOrder else { return (Int.max, Int.max) }
        if let slot = Self.slot(id) {
            let positions = slot.isEvent ? eventPositions : textBoundPositions
            if slot.number < positions.count, let position = positions[slot.number] { return position }
        }
        knowsOrder = false
        return (Int.max, Int.max)
    }

    /// For `T<n>` or `E<n>` with n written without a leading zero: whether it is an event, and n.
    private static func slot(_ id: String) -> (isEvent: Bool, number: Int)? {
        let utf8 = id.utf8
        guard utf8.count >= 2, utf8.count <= 18, let first = utf8.first, first == 0x54 || first == 0x45 else { return nil }
        var number = 0
        for (index, byte) in utf8.dropFirst().enumerated() {
            guard (0x30...0x39).contains(byte), index == 0 || number > 0 else { return nil }
            number = number * 10 + Int(byte - 0x30)
        }
        return (first == 0x45, number)
    }

    /// Stores `position` at `number` in `positions`, growing it as needed.
    private static func record(_ position: (Int, Int), at number: Int, in positions: inout [(Int, Int)?]) {
        if positions.count <= number { positions.append(contentsOf: repeatElement(nil, count: number + 1 - positions.count)) }
        positions[number] = position
    }
}
