/// The annotations of one document (`DOC.ann`), every line in file order with its exact text.
///
/// Reading then writing an unchanged file gives the same bytes: each line keeps its raw text
/// and line break, and lines the reader did not understand are kept as `.unparsed`.
public struct AnnotationDocument: Hashable, Sendable {
    /// The lines, in order.
    public var lines: [AnnotationLine]
    /// Whether the file began with a byte order mark (kept by `serialized()`).
    public var hasByteOrderMark: Bool

    /// A document made of `lines`.
    public init(lines: [AnnotationLine] = [], hasByteOrderMark: Bool = false) {
        self.lines = lines
        self.hasByteOrderMark = hasByteOrderMark
    }

    /// A new document of `annotations`, each on a new line.
    public init(annotations: [Annotation]) {
        self.init(lines: annotations.map { AnnotationLine(annotation: $0) })
    }

    /// Reads the text of a `.ann` file. Never fails: lines that cannot be parsed are kept as
    /// `.unparsed` and reported in the diagnostics (with 1-based line and column).
    public static func parse(_ text: String, path: String) -> (AnnotationDocument, [Diagnostic]) {
        var reader = AnnotationReader(path: path)
        return reader.read(text)
    }

    /// The file's text: untouched lines byte for byte, new or changed lines in canonical form.
    public func serialized() -> String {
        String(decoding: serializedUTF8(), as: UTF8.self)
    }

    /// `serialized()` as UTF-8 bytes.
    public func serializedUTF8() -> [UInt8] {
        var bytes: [UInt8] = hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        for line in lines {
            if let raw = line.raw { bytes.append(contentsOf: raw.utf8) } else { line.annotation.write(into: &bytes) }
            bytes.append(contentsOf: line.terminator.utf8)
        }
        return bytes
    }

    /// The same annotations in canonical order (T by offset, then E, R, A/M, N, #, *, and
    /// unparsed lines last), every line ended by LF, without a byte order mark. Lines keep
    /// their text; nothing is dropped.
    public func canonicalized() -> AnnotationDocument {
        var copy = AnnotationDocument(lines: CanonicalOrder.sorted(lines), hasByteOrderMark: false)
        for index in copy.lines.indices { copy.lines[index].terminator = "\n" }
        return copy
    }

    /// Every annotation, in line order.
    public var annotations: [Annotation] { lines.map(\.annotation) }

    /// The text-bound annotations, in line order.
    public var textBounds: [TextBound] {
        lines.compactMap { if case .textBound(let t) = $0.annotation { return t } else { return nil } }
    }
    /// The events, in line order.
    public var events: [Event] {
        lines.compactMap { if case .event(let e) = $0.annotation { return e } else { return nil } }
    }
    /// The relations, in line order.
    public var relations: [Relation] {
        lines.compactMap { if case .relation(let r) = $0.annotation { return r } else { return nil } }
    }
    /// The attributes (`A` and `M` lines), in line order.
    public var attributes: [Attribute] {
        lines.compactMap { if case .attribute(let a) = $0.annotation { return a } else { return nil } }
    }
    /// The normalizations, in line order.
    public var normalizations: [Normalization] {
        lines.compactMap { if case .normalization(let n) = $0.annotation { return n } else { return nil } }
    }
    /// The notes, in line order.
    public var notes: [Note] {
        lines.compactMap { if case .note(let n) = $0.annotation { return n } else { return nil } }
    }
    /// The equivalences, in line order.
    public var equivalences: [Equivalence] {
        lines.compactMap { if case .equivalence(let q) = $0.annotation { return q } else { return nil } }
    }
    /// The lines that could not be parsed, in line order.
    public var unparsedLines: [UnparsedLine] {
        lines.compactMap { if case .unparsed(let u) = $0.annotation { return u } else { return nil } }
    }

    /// The text bound with identifier `id`, if any.
    public func textBound(id: String) -> TextBound? {
        textBounds.first { $0.id == id }
    }
    /// The event with identifier `id`, if any.
    public func event(id: String) -> Event? {
        events.first { $0.id == id }
    }
    /// The annotation with identifier `id` (the first, when duplicated), if any.
    public func annotation(id: String) -> Annotation? {
        lines.first { $0.annotation.id == id }?.annotation
    }
    /// The attributes of the annotation `target` (an event or a text bound), in line order.
    public func attributes(of target: String) -> [Attribute] {
        attributes.filter { $0.target == target }
    }
    /// The value of attribute `name` on `target` (`"true"` for a binary one), if present.
    public func attributeValue(_ name: String, of target: String) -> String? {
        attributes.first { $0.target == target && $0.name == name }.map { $0.value ?? "true" }
    }
    /// The notes about `target`, in line order.
    public func notes(of target: String) -> [Note] {
        notes.filter { $0.target == target }
    }
    /// The events whose trigger is the text bound `id`.
    public func events(triggeredBy id: String) -> [Event] {
        events.filter { $0.trigger == id }
    }

    /// The largest number used with identifier prefix `prefix` (`T`, `E`, `#` …), 0 if none.
    public func largestNumber(prefix: String) -> Int {
        var largest = 0
        for line in lines {
            guard let id = line.annotation.id, let parts = AnnotationID.split(Substring(id)),
                  parts.prefix == prefix else { continue }
            largest = max(largest, parts.number)
        }
        return largest
    }
}
