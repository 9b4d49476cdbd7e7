/// Agreement on one document, for the worst-first list.
public struct DocumentBreakdown: Hashable, Sendable {
    /// The document's relative path.
    public var path: String
    /// Span F1 with overlap matching, pooled over labels and annotator pairs.
    public var spanF1: Statistic
    /// Krippendorff's α over the units, pooled over labels.
    public var unitAlpha: Statistic
    /// How many spans each annotator marked (nil: the annotator has no file).
    public var spanCounts: [Int?]
    /// How many aligned pairs disagree (label differs, boundaries differ, or one side only).
    public var disagreements: Int

    /// A breakdown row.
    public init(path: String, spanF1: Statistic, unitAlpha: Statistic, spanCounts: [Int?], disagreements: Int) {
        self.path = path
        self.spanF1 = spanF1
        self.unitAlpha = unitAlpha
        self.spanCounts = spanCounts
        self.disagreements = disagreements
    }
}
