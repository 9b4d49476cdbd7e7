/// Sufficient statistics of Krippendorff's (1995) unitizing alpha for one category: additive over
/// continua laid end to end (documents), where a gap never crosses from one document to the next.
public struct UnitizingTally: Hashable, Sendable {
    /// The number of annotators.
    public let raters: Int
    /// The length of the continuum.
    public var length: Double = 0
    /// The sum over annotator pairs of the squared distances between their overlapping sections.
    public var observed: Double = 0
    /// The number of units over all annotators.
    public var unitCount: Double = 0
    /// The sum over units of (2l³ − 3l² + l) / 3.
    public var cubicSum: Double = 0
    /// The sum over units of l(l − 1).
    public var pairSum: Double = 0
    /// Units merged into another because one annotator's units of the category overlapped.
    public var mergedUnits: Double = 0
    /// How many units have each length.
    public var unitLengths: [Int: Double] = [:]
    /// How many gaps (stretches without a unit, per annotator) have each length.
    public var gapLengths: [Int: Double] = [:]

    /// Empty statistics for `raters` annotators.
    public init(raters: Int) { self.raters = raters }

    /// Counts one unit of length `l`.
    public mutating func addUnit(_ l: Int) {
        let x = Double(l)
        unitCount += 1
        cubicSum += (2 * x * x * x - 3 * x * x + x) / 3
        pairSum += x * (x - 1)
        unitLengths[l, default: 0] += 1
    }

    /// Counts one gap of length `l`.
    public mutating func addGap(_ l: Int) { gapLengths[l, default: 0] += 1 }

    /// Calls `body` on every sum except the length histograms, in a fixed order.
    mutating func visitScalarValues(_ body: (inout Double) -> Void) {
        body(&length)
        body(&observed)
        body(&unitCount)
        body(&cubicSum)
        body(&pairSum)
        body(&mergedUnits)
    }

    /// Adds `other`, `times` over (the continua laid end to end).
    public mutating func add(_ other: UnitizingTally, times: Double = 1) {
        length += other.length * times
        observed += other.observed * times
        unitCount += other.unitCount * times
        cubicSum += other.cubicSum * times
        pairSum += other.pairSum * times
        mergedUnits += other.mergedUnits * times
        for (l, n) in other.unitLengths { unitLengths[l, default: 0] += n * times }
        for (l, n) in other.gapLengths { gapLengths[l, default: 0] += n * times }
    }

    /// The observed disagreement D_o.
    public var observedDisagreement: Double {
        guard raters > 1, length > 0 else { return 0 }
        return 2 * observed / (Double(raters * (raters - 1)) * length * length)
    }

    /// The expected disagreement D_e.
    public var expectedDisagreement: Double {
        Self.expectedDisagreement(raters: raters, length: length, unitCount: unitCount, cubicSum: cubicSum,
                                  pairSum: pairSum, cross: Self.cross(units: unitLengths, gaps: gapLengths))
    }

    /// D_e from its parts; `cross` is the sum over units and gaps with g ≥ l of l²(g − l + 1).
    static func expectedDisagreement(raters: Int, length: Double, unitCount: Double, cubicSum: Double,
                                     pairSum: Double, cross: Double) -> Double {
        let rl = Double(raters) * length
        let denominator = rl * (rl - 1) - pairSum
        guard length > 0, denominator > 0 else { return 0 }
        return 2 / length * ((unitCount - 1) * cubicSum + cross) / denominator
    }

    /// αu = 1 − D_o / D_e; undefined when D_e is 0 (nobody marked a unit).
    public var alpha: Statistic {
        guard raters > 1 else { return .undefined(.fewerThanTwoAnnotators) }
        let expected = expectedDisagreement
        guard expected > 0 else { return .undefined(.noExpectedDisagreement) }
        return .value(1 - observedDisagreement / expected)
    }

    /// αu over several categories: 1 − ΣD_o / ΣD_e (the mean disagreements over categories).
    public static func overallAlpha(_ tallies: [UnitizingTally]) -> Statistic {
        guard tallies.contains(where: { $0.raters > 1 }) else { return .undefined(.fewerThanTwoAnnotators) }
        let expected = tallies.reduce(0) { $0 + $1.expectedDisagreement }
        guard expected > 0 else { return .undefined(.noExpectedDisagreement) }
        return .value(1 - tallies.reduce(0) { $0 + $1.observedDisagreement } / expected)
    }

    /// Σ over units u and gaps g with g ≥ l_u of l_u² (g − l_u + 1).
    static func cross(units: [Int: Double], gaps: [Int: Double]) -> Double {
        let unitKeys = units.keys.sorted(by: >)
        let gapKeys = gaps.keys.sorted(by: >)
        var gapIndex = 0
        var count = 0.0, weighted = 0.0, sum = 0.0
        for l in unitKeys {
            while gapIndex < gapKeys.count, gapKeys[gapIndex] >= l {
                let g = gapKeys[gapIndex], n = gaps[g] ?? 0
                count += n
                weighted += n * Double(g + 1)
                gapIndex += 1
            }
            let x = Double(l)
            sum += (units[l] ?? 0) * x * x * (weighted - x * count)
        }
        return sum
    }
}
