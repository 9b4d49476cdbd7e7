/// A bootstrap percentile interval of a figure.
public struct ConfidenceInterval: Hashable, Sendable {
    /// The lower bound (2.5th percentile for a 95% interval).
    public var lower: Double
    /// The upper bound (97.5th percentile for a 95% interval).
    public var upper: Double
    /// In how many resamples the figure was defined.
    public var definedSamples: Int
    /// How many resamples were drawn.
    public var samples: Int

    /// The interval as `[lower, upper]` with `decimals` decimals.
    public func formatted(decimals: Int = 3) -> String {
        "[\(Statistic.value(lower).formatted(decimals: decimals)), \(Statistic.value(upper).formatted(decimals: decimals))]"
    }
}
