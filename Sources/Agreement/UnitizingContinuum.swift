/// One category's units on a continuum of scalar positions, per annotator: the data of
/// Krippendorff's unitizing alpha (αu).
public struct UnitizingContinuum: Hashable, Sendable {
    /// The first position of the continuum.
    public let begin: Int
    /// The number of positions.
    public let length: Int
    /// Each annotator's units, sorted; overlapping units of one annotator are merged.
    public let units: [[Range<Int>]]
    /// How many units were merged because one annotator's units overlapped.
    public let mergedUnits: Int

    /// A continuum `[begin, begin + length)` with each annotator's units (clamped to the continuum).
    public init(begin: Int, length: Int, units: [[Range<Int>]]) {
        self.begin = begin
        self.length = length
        var merged = 0
        self.units = units.map { raw in
            let end = begin + length
            let clamped = raw.compactMap { unit -> Range<Int>? in
                let lower = max(unit.lowerBound, begin), upper = min(unit.upperBound, end)
                return lower < upper ? lower..<upper : nil
            }.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
            var result: [Range<Int>] = []
            for unit in clamped {
                if let last = result.last, unit.lowerBound < last.upperBound {
                    result[result.count - 1] = last.lowerBound..<max(last.upperBound, unit.upperBound)
                    merged += 1
                } else {
                    result.append(unit)
                }
            }
            return result
        }
        self.mergedUnits = merged
    }

    /// The sufficient statistics of αu for this continuum.
    public var tally: UnitizingTally {
        var tally = UnitizingTally(raters: units.count)
        tally.length = Double(length)
        tally.mergedUnits = Double(mergedUnits)
        for first in units.indices {
            for second in units.indices where second > first {
                tally.observed += observedDistance(first, second)
            }
        }
        for annotatorUnits in units {
            var position = begin
            for unit in annotatorUnits {
                if unit.lowerBound > position { tally.addGap(unit.lowerBound - position) }
                tally.addUnit(unit.count)
                position = unit.upperBound
            }
            if begin + length > position { tally.addGap(begin + length - position) }
        }
        return tally
    }

    /// Krippendorff's αu of this continuum.
    public var alpha: Statistic { tally.alpha }

    private struct Section {
        var start: Int
        var end: Int
        var isUnit: Bool
    }

    private func sections(_ annotator: Int) -> [Section] {
        var result: [Section] = []
        var position = begin
        for unit in units[annotator] {
            if unit.lowerBound > position { result.append(Section(start: position, end: unit.lowerBound, isUnit: false)) }
            result.append(Section(start: unit.lowerBound, end: unit.upperBound, isUnit: true))
            position = unit.upperBound
        }
        if begin + length > position { result.append(Section(start: position, end: begin + length, isUnit: false)) }
        return result
    }

    /// The sum of squared distances between the overlapping sections of two annotators.
    private func observedDistance(_ first: Int, _ second: Int) -> Double {
        let a = sections(first), b = sections(second)
        var i = 0, j = 0
        var sum = 0.0
        while i < a.count, j < b.count {
            sum += Self.distance(a[i], b[j])
            if a[i].end < b[j].end {
                i += 1
            } else if b[j].end < a[i].end {
                j += 1
            } else {
                i += 1
                j += 1
            }
        }
        return sum
    }

    private static func distance(_ x: Section, _ y: Section) -> Double {
        switch (x.isUnit, y.isUnit) {
        case (true, true):
            guard x.start < y.end, y.start < x.end else { return 0 }
            let startDifference = Double(x.start - y.start), endDifference = Double(x.end - y.end)
            return startDifference * startDifference + endDifference * endDifference
        case (true, false):
            guard x.start >= y.start, x.end <= y.end else { return 0 }
            let length = Double(x.end - x.start)
            return length * length
        case (false, true):
            guard y.start >= x.start, y.end <= x.end else { return 0 }
            let length = Double(y.end - y.start)
            return length * length
        case (false, false):
            return 0
        }
    }
}
