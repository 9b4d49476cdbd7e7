/// A note (`#` line): free text about an annotation.
///
/// `#1<TAB>AnnotatorNotes E1<TAB>rule: speech-verb-colon-quote`.
public struct Note: Hashable, Sendable {
    /// The identifier, such as `#1`.
    public var id: String
    /// The note type, usually `AnnotatorNotes`.
    public var type: String
    /// The identifier of the annotation the note is about.
    public var target: String
    /// The note's text (after the second TAB), possibly empty.
    public var text: String

    /// Creates a note.
    public init(id: String, type: String = "AnnotatorNotes", target: String, text: String) {
        self.id = id
        self.type = type
        self.target = target
        self.text = text
    }
}
