/// Everything `isnad agree` reports: the figures with intervals and coverage, the label confusion,
/// the documents worst first, the aligned pairs and the missing documents.
public struct AgreementReport: Sendable {
    /// The annotators' names, in order.
    public var annotators: [String]
    /// The labels measured.
    public var labels: [String]
    /// What a unit was for κ and α.
    public var unitKind: UnitKind
    /// The bootstrap used for the intervals.
    public var bootstrap: Bootstrap
    /// The number of documents.
    public var documentCount: Int
    /// Every figure.
    public var figures: [Figure]
    /// Labels on overlapping spans, pooled over annotator pairs.
    public var confusion: LabelConfusion
    /// The documents, worst agreement first.
    public var documents: [DocumentBreakdown]
    /// Every aligned span pair (empty unless asked for).
    public var pairs: [AlignedPair]
    /// Documents some annotators lack: path → the annotators without it.
    public var missing: [(document: String, annotators: [String])]

    /// The figure with these keys, if any.
    public func figure(_ measure: String, label: String, annotators: String = "all") -> Figure? {
        figures.first { $0.measure == measure && $0.label == label && $0.annotators == annotators }
    }
}
