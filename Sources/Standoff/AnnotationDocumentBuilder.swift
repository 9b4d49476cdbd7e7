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
    private var largest: [String: Int] = [:]

    /// An empty builder; identifiers start at 1 (`T1`, `E1`, `A1`, `#1` …).
    public init() {
        self.document = AnnotationDocument()
    }

    /// A builder that adds to `document`; new identifiers come after the largest it uses.
    public init(document: AnnotationDocument) {
        self.document = document
        for prefix in ["T", "E", "R", "A", "M", "N", "#"] {
            largest[prefix] = document.largestNumber(prefix: prefix)
        }
    }

    /// The next free identifier with `prefix` (`T`, `E`, `R`, `A`, `N`, `#`), reserving it.
    public mutating func freshID(prefix: String) -> String {
        let number = (largest[prefix] ?? 0) + 1
        largest[prefix] = number
        return prefix + String(number)
    }

    /// Adds `T…<TAB>label fragments<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addTextBound(label: String, fragments: [Range<Int>], text: String) -> String {
        let id = freshID(prefix: "T")
        append(.textBound(TextBound(id: id, label: label, fragments: fragments, text: text)))
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
        let id = freshID(prefix: "E")
        append(.event(Event(id: id, type: type, trigger: trigger, arguments: arguments)))
        return id
    }

    /// Adds `R…<TAB>type role:id role:id`; returns its identifier.
    @discardableResult
    public mutating func addRelation(type: String, arguments: [Argument]) -> String {
        let id = freshID(prefix: "R")
        append(.relation(Relation(id: id, type: type, arguments: arguments)))
        return id
    }

    /// Adds `A…<TAB>name target [value]`; returns its identifier.
    @discardableResult
    public mutating func addAttribute(name: String, target: String, value: String? = nil) -> String {
        let id = freshID(prefix: "A")
        append(.attribute(Attribute(id: id, name: name, target: target, value: value)))
        return id
    }

    /// Adds `N…<TAB>type target resource:entry<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addNormalization(type: String = "Reference", target: String, resource: String, entry: String, text: String = "") -> String {
        let id = freshID(prefix: "N")
        append(.normalization(Normalization(id: id, type: type, target: target, resource: resource, entry: entry, text: text)))
        return id
    }

    /// Adds `#…<TAB>type target<TAB>text`; returns its identifier.
    @discardableResult
    public mutating func addNote(target: String, text: String, type: String = "AnnotatorNotes") -> String {
        let id = freshID(prefix: "#")
        append(.note(Note(id: id, type: type, target: target, text: text)))
        return id
    }

    /// Adds `*<TAB>type id id …`.
    public mutating func addEquivalence(type: String, members: [String]) {
        append(.equivalence(Equivalence(type: type, members: members)))
    }

    /// The document in canonical order, ready for `serialized()`.
    public func build() -> AnnotationDocument {
        document.canonicalized()
    }

    private mutating func append(_ annotation: Annotation) {
        document.lines.append(AnnotationLine(annotation: annotation))
    }
}
