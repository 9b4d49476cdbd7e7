/// The scores of predicted annotations against gold.
public struct EvaluationReport: Sendable {
    /// One label's counts with both matchings.
    public struct LabelScore: Sendable {
        /// The label, `micro` or `macro`.
        public var label: String
        /// Counts with exact matching (nil for macro).
        public var exact: MatchCounts?
        /// Counts with overlap matching (nil for macro).
        public var overlap: MatchCounts?
        /// Precision, recall, F1 with exact matching.
        public var exactScores: (precision: Statistic, recall: Statistic, f1: Statistic)
        /// Precision, recall, F1 with overlap matching.
        public var overlapScores: (precision: Statistic, recall: Statistic, f1: Statistic)
    }

    /// One extractor rule's precision.
    public struct RuleScore: Sendable {
        /// The rule's name (`(no rule)` for events without a rule note).
        public var rule: String
        /// Predicted attributions the rule made.
        public var predicted: Int
        /// How many of them match a gold attribution.
        public var correct: Int
        /// correct / predicted.
        public var precision: Statistic { .ratio(Double(correct), Double(predicted), else: .noAnnotations) }
    }

    /// One document's overlap F1 over all labels.
    public struct DocumentScore: Sendable {
        /// The relative path.
        public var path: String
        /// Overlap counts pooled over labels.
        public var counts: MatchCounts
        /// Attribution counts.
        public var attributions: MatchCounts
    }

    /// Per label, then `micro` and `macro`.
    public var labels: [LabelScore]
    /// Whole attributions (cue, source and content all overlapping; a missing Source matches a missing Source).
    public var attributions: MatchCounts
    /// Matched attributions whose Stance agrees / matched attributions.
    public var stanceAccuracy: Statistic
    /// Matched attributions whose Form agrees / matched attributions.
    public var formAccuracy: Statistic
    /// Matched attributions (the base of the accuracies).
    public var matchedAttributions: Int
    /// Precision per extractor rule, worst first.
    public var rules: [RuleScore]
    /// Documents, worst overlap F1 first.
    public var documents: [DocumentScore]
    /// Gold documents without a prediction (scored as predicting nothing).
    public var missingPredictions: [String]
    /// Predicted documents without gold (left out).
    public var extraPredictions: [String]
}
