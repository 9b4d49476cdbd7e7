/// Counts for precision, recall and F1 of one annotator (or system) against another taken as
/// reference. Additive over documents.
public struct MatchCounts: Hashable, Sendable {
    /// Aligned pairs.
    public var matched: Double = 0
    /// Annotations of the reference (gold, or the first annotator).
    public var reference: Double = 0
    /// Annotations of the other side (prediction, or the second annotator).
    public var candidate: Double = 0

    /// Empty counts.
    public init() {}

    /// Counts from their parts.
    public init(matched: Double, reference: Double, candidate: Double) {
        self.matched = matched
        self.reference = reference
        self.candidate = candidate
    }

    /// Adds `other`, `times` over.
    public mutating func add(_ other: MatchCounts, times: Double = 1) {
        matched += other.matched * times
        reference += other.reference * times
        candidate += other.candidate * times
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        body(&matched)
        body(&reference)
        body(&candidate)
    }

    /// matched / candidate.
    public var precision: Statistic { .ratio(matched, candidate, else: .nothingCompared) }
    /// matched / reference.
    public var recall: Statistic { .ratio(matched, reference, else: .nothingInReference) }
    /// 2 · matched / (reference + candidate).
    public var f1: Statistic { .ratio(2 * matched, reference + candidate, else: .noAnnotations) }
}
