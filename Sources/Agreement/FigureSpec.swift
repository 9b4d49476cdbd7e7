/// A figure to report: its names, how to compute it from summed statistics, and its coverage.
struct FigureSpec: Sendable {
    var group: String
    var measure: String
    var label: String
    var annotators: String
    /// Computes the figure from summed statistics and αu's expected disagreement per label.
    var evaluate: @Sendable (DocumentStatistics, [Double]) -> Statistic
    /// The coverage, from the corpus totals.
    var coverage: @Sendable (DocumentStatistics) -> Coverage
}
