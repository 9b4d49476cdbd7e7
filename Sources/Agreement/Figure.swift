/// One reported agreement figure with its interval and coverage.
public struct Figure: Hashable, Sendable {
    /// The family: `spans`, `units`, `unitizing` or `attributions`.
    public var group: String
    /// The measure, such as `Cohen κ` or `F1 overlap`.
    public var measure: String
    /// The label (`Source`, …), `all` (pooled), `micro`, `macro`, `Stance` or `Form`.
    public var label: String
    /// The annotators it compares: a pair `A–B` or `all`.
    public var annotators: String
    /// The value, or undefined with the reason.
    public var statistic: Statistic
    /// The bootstrap 95% interval over documents, when bootstrapped and defined in some resample.
    public var interval: ConfidenceInterval?
    /// What the figure rests on.
    public var coverage: Coverage

    /// A figure.
    public init(group: String, measure: String, label: String, annotators: String, statistic: Statistic,
                interval: ConfidenceInterval? = nil, coverage: Coverage) {
        self.group = group
        self.measure = measure
        self.label = label
        self.annotators = annotators
        self.statistic = statistic
        self.interval = interval
        self.coverage = coverage
    }
}
