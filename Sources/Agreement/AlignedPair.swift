/// Two annotators' spans aligned by overlap (or one span with no counterpart), for adjudication.
public struct AlignedPair: Hashable, Sendable {
    /// The document's relative path.
    public var document: String
    /// The first annotator's name.
    public var firstAnnotator: String
    /// The second annotator's name.
    public var secondAnnotator: String
    /// The first annotator's span, if any.
    public var first: Span?
    /// The second annotator's span, if any.
    public var second: Span?

    /// A pair.
    public init(document: String, firstAnnotator: String, secondAnnotator: String, first: Span?, second: Span?) {
        self.document = document
        self.firstAnnotator = firstAnnotator
        self.secondAnnotator = secondAnnotator
        self.first = first
        self.second = second
    }

    /// `exact`, `overlap`, `label differs`, `only first` or `only second`.
    public var verdict: String {
        switch (first, second) {
        case let (a?, b?):
            if a.label != b.label { return "label differs" }
            return a.coversExactly(b) ? "exact" : "overlap"
        case (_?, nil): return "only first"
        default: return "only second"
        }
    }
}
