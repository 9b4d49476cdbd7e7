/// Sufficient statistics for raw percent agreement and Gwet's AC1 over any number of annotators
/// with missing values (Gwet 2008): additive over units and documents. Units with fewer than two
/// values are left out of both the observed and the chance agreement, so that a category seen only
/// on unpaired units cannot make AC1 look defined.
public struct AgreementCounts: Hashable, Sendable {
    /// Units with values from two annotators or more.
    public var pairableUnits: Double = 0
    /// The sum over pairable units of the share of agreeing annotator pairs.
    public var agreement: Double = 0
    /// Units whose values enter chance agreement (the pairable units).
    public var ratedUnits: Double = 0
    /// Per category, the sum over pairable units of the share of the unit's values in that category.
    public var prevalence: [Double]

    /// Empty counts over `categories` categories.
    public init(categories: Int) {
        prevalence = Array(repeating: 0, count: categories)
    }

    /// Counts one unit, `times` over, from how many annotators chose each category.
    public mutating func addUnit(_ counts: [Int], times: Double = 1) {
        let m = counts.reduce(0, +)
        guard m > 1 else { return }
        ratedUnits += times
        for c in counts.indices where counts[c] > 0 { prevalence[c] += times * Double(counts[c]) / Double(m) }
        pairableUnits += times
        var agreeing = 0
        for n in counts { agreeing += n * (n - 1) }
        agreement += times * Double(agreeing) / Double(m * (m - 1))
    }

    /// Adds `other`, `times` over.
    public mutating func add(_ other: AgreementCounts, times: Double = 1) {
        pairableUnits += other.pairableUnits * times
        agreement += other.agreement * times
        ratedUnits += other.ratedUnits * times
        for c in prevalence.indices { prevalence[c] += other.prevalence[c] * times }
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        body(&pairableUnits)
        body(&agreement)
        body(&ratedUnits)
        for c in prevalence.indices { body(&prevalence[c]) }
    }

    /// The mean share of agreeing annotator pairs per unit (for two annotators: the share of units they agree on).
    public var percentAgreement: Statistic {
        pairableUnits > 0 ? .value(agreement / pairableUnits) : .undefined(.noPairableUnits)
    }

    /// Gwet's AC1: chance agreement from the spread of categories, robust when one category dominates.
    /// `categories` is the number of categories of the scheme; by default those used at least once.
    public func gwetAC1(categories declared: Int? = nil) -> Statistic {
        guard pairableUnits > 0, ratedUnits > 0 else { return .undefined(.noPairableUnits) }
        let used = prevalence.filter { $0 > 0 }.count
        let q = declared ?? used
        guard q > 1 else { return .undefined(.singleCategory) }
        var chance = 0.0
        for p in prevalence {
            let share = p / ratedUnits
            chance += share * (1 - share)
        }
        chance /= Double(q - 1)
        guard chance < 1 else { return .undefined(.singleCategory) }
        let observed = agreement / pairableUnits
        return .value((observed - chance) / (1 - chance))
    }

    /// Gwet's AC1 over the categories used.
    public var gwetAC1: Statistic { gwetAC1() }
}
