/// One line of an annotation document: the annotation, and the exact text it was read from.
///
/// While `raw` is set the line is written back byte for byte; changing `annotation` clears it,
/// so that the line is then written in canonical form.
public struct AnnotationLine: Hashable, Sendable {
    /// The annotation on the line.
    public var annotation: Annotation {
        didSet { raw = nil }
    }
    /// The line's text as read (without its line break), or nil for a new or changed line.
    public private(set) var raw: String?
    /// The line break that ended it in the file: `"\n"`, `"\r\n"`, `"\r"` or `""` (last line).
    public var terminator: String
    /// The 1-based line number it was read from, or 0 for a line made by a program.
    public var number: Int

    /// A line read from a file.
    public init(annotation: Annotation, raw: String, terminator: String, number: Int) {
        self.annotation = annotation
        self.raw = raw
        self.terminator = terminator
        self.number = number
    }

    /// A new line made by a program: written canonically, ended by LF.
    public init(annotation: Annotation) {
        self.annotation = annotation
        self.raw = nil
        self.terminator = "\n"
        self.number = 0
    }

    /// The text written for this line, without its line break.
    public var text: String { raw ?? annotation.line }
}
