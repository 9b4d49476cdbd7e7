/// Krippendorff's coincidence matrix: how often two values were paired within a unit, over any
/// number of annotators and with missing values. Additive over units and documents.
public struct CoincidenceMatrix: Hashable, Sendable {
    /// The number of categories.
    public let categories: Int
    /// The coincidences, row-major.
    public private(set) var counts: [Double]

    /// An empty matrix over `categories` categories.
    public init(categories: Int) {
        self.categories = categories
        counts = Array(repeating: 0, count: categories * categories)
    }

    /// The coincidences of values `c` and `k`.
    public subscript(c: Int, k: Int) -> Double { counts[c * categories + k] }

    /// Counts one unit from how many annotators chose each category; units with fewer than two
    /// values are not pairable and change nothing. `times` counts it that many times.
    /// - Returns: whether the unit was pairable.
    @discardableResult
    public mutating func addUnit(_ unitCounts: [Int], times: Double = 1) -> Bool {
        let m = unitCounts.reduce(0, +)
        guard m > 1 else { return false }
        let weight = times / Double(m - 1)
        for c in 0..<categories where unitCounts[c] > 0 {
            for k in 0..<categories where unitCounts[k] > 0 {
                let pairs = c == k ? unitCounts[c] * (unitCounts[c] - 1) : unitCounts[c] * unitCounts[k]
                counts[c * categories + k] += Double(pairs) * weight
            }
        }
        return true
    }

    /// Adds `other`, `times` over.
    public mutating func add(_ other: CoincidenceMatrix, times: Double = 1) {
        for index in counts.indices { counts[index] += other.counts[index] * times }
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        for index in counts.indices { body(&counts[index]) }
    }

    /// The number of pairable values.
    public var pairableValues: Double { counts.reduce(0, +) }

    /// Krippendorff's alpha with `metric`; `values` are the numbers of the categories (ascending
    /// order of categories for ordinal), needed for interval and ratio.
    public func alpha(_ metric: AlphaMetric = .nominal, values: [Double]? = nil) -> Statistic {
        let n = pairableValues
        guard n > 0 else { return .undefined(.noPairableUnits) }
        var marginals = Array(repeating: 0.0, count: categories)
        for c in 0..<categories {
            for k in 0..<categories { marginals[c] += self[c, k] }
        }
        let numbers = values ?? (0..<categories).map(Double.init)
        var observed = 0.0
        var expected = 0.0
        for c in 0..<categories {
            for k in 0..<categories where c != k {
                let delta = distance(metric, c, k, marginals: marginals, values: numbers)
                observed += self[c, k] * delta
                expected += marginals[c] * marginals[k] * delta
            }
        }
        guard expected > 0 else { return .undefined(.singleCategory) }
        return .value(1 - (n - 1) * observed / expected)
    }

    private func distance(_ metric: AlphaMetric, _ c: Int, _ k: Int, marginals: [Double], values: [Double]) -> Double {
        switch metric {
        case .nominal:
            return 1
        case .ordinal:
            let (low, high) = c < k ? (c, k) : (k, c)
            var between = 0.0
            for g in low...high { between += marginals[g] }
            let d = between - (marginals[c] + marginals[k]) / 2
            return d * d
        case .interval:
            let d = values[c] - values[k]
            return d * d
        case .ratio:
            let sum = values[c] + values[k]
            guard sum != 0 else { return 0 }
            let d = (values[c] - values[k]) / sum
            return d * d
        }
    }
}
