/// What `Repairer` did to one document.
public struct RepairResult: Sendable {
    /// The repaired document (canonical order when anything changed).
    public var document: AnnotationDocument
    /// One line per repair, such as `line 5: T? Source → T7 212 227`.
    public var repairs: [String]
    /// Problems it could not repair (ambiguous or missing text, unknown line references).
    public var problems: [Diagnostic]

    /// Whether anything was repaired.
    public var changed: Bool { !repairs.isEmpty }

    /// Creates a result.
    public init(document: AnnotationDocument, repairs: [String], problems: [Diagnostic]) {
        self.document = document
        self.repairs = repairs
        self.problems = problems
    }
}
