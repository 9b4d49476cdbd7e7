/// Sufficient statistics for Fleiss' (1971) kappa: units each coded by the same number of annotators.
/// Additive over units and documents.
public struct FleissCounts: Hashable, Sendable {
    /// The number of annotators on every unit.
    public let raters: Int
    /// The number of units (subjects).
    public var subjects: Double = 0
    /// Per category, the number of assignments over all units.
    public var totals: [Double]
    /// Per category, the sum over units of the squared number of assignments.
    public var squares: [Double]

    /// Empty counts for `raters` annotators and `categories` categories.
    public init(raters: Int, categories: Int) {
        self.raters = raters
        totals = Array(repeating: 0, count: categories)
        squares = Array(repeating: 0, count: categories)
    }

    /// Counts from a subjects × categories table (each row: how many annotators chose each category).
    /// - Returns: nil when the rows do not all have the same total.
    public init?(subjectCategoryCounts rows: [[Int]]) {
        guard let first = rows.first else { return nil }
        let m = first.reduce(0, +)
        self.init(raters: m, categories: first.count)
        for row in rows {
            guard row.reduce(0, +) == m, row.count == totals.count else { return nil }
            addUnit(row)
        }
    }

    /// Counts one unit `times` over; `counts` must sum to `raters`.
    public mutating func addUnit(_ counts: [Int], times: Double = 1) {
        subjects += times
        for c in counts.indices where counts[c] > 0 {
            let n = Double(counts[c])
            totals[c] += n * times
            squares[c] += n * n * times
        }
    }

    /// Adds `other`, `times` over.
    public mutating func add(_ other: FleissCounts, times: Double = 1) {
        subjects += other.subjects * times
        for c in totals.indices {
            totals[c] += other.totals[c] * times
            squares[c] += other.squares[c] * times
        }
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        body(&subjects)
        for c in totals.indices {
            body(&totals[c])
            body(&squares[c])
        }
    }

    /// Fleiss' kappa (for two annotators, Scott's pi).
    public var kappa: Statistic {
        guard raters > 1 else { return .undefined(.noPairableUnits) }
        guard subjects > 0 else { return .undefined(.noUnits) }
        let m = Double(raters)
        let assignments = subjects * m
        let observed = (squares.reduce(0, +) - assignments) / (assignments * (m - 1))
        var chance = 0.0
        for total in totals { chance += (total / assignments) * (total / assignments) }
        guard chance < 1 - 1e-12 else { return .undefined(.singleCategory) }
        return .value((observed - chance) / (1 - chance))
    }

    /// Fleiss' kappa of `category` against all others.
    public func kappa(category c: Int) -> Statistic {
        guard raters > 1 else { return .undefined(.noPairableUnits) }
        guard subjects > 0 else { return .undefined(.noUnits) }
        let m = Double(raters)
        let p = totals[c] / (subjects * m)
        guard p > 0, p < 1 else { return .undefined(.singleCategory) }
        let disagreement = m * totals[c] - squares[c]
        return .value(1 - disagreement / (subjects * m * (m - 1) * p * (1 - p)))
    }
}
