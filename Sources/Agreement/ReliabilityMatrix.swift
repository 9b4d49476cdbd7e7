/// Reliability data: rows are annotators, columns are units, a value is a category or missing.
///
/// The entry point for the coding measures on a table of values (Krippendorff's layout).
public struct ReliabilityMatrix: Hashable, Sendable {
    /// The categories, in ascending order (numeric order when every category is a number).
    public let categories: [String]
    /// The category index each annotator gave each unit, or nil when missing.
    public let rows: [[Int?]]

    /// Reliability data from annotators' values (nil: missing). Rows must have equal lengths.
    public init(_ values: [[String?]]) {
        let distinct = Set(values.flatMap { $0.compactMap { $0 } })
        let numeric = distinct.allSatisfy { Double($0) != nil }
        let ordered = numeric
            ? distinct.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
            : distinct.sorted()
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        categories = ordered
        rows = values.map { row in row.map { $0.flatMap { index[$0] } } }
    }

    /// The number of units.
    public var unitCount: Int { rows.first?.count ?? 0 }

    /// The categories as numbers, when they all are.
    public var numericValues: [Double]? {
        let numbers = categories.compactMap(Double.init)
        return numbers.count == categories.count ? numbers : nil
    }

    /// How many annotators chose each category, for unit `unit`.
    public func unitCounts(_ unit: Int) -> [Int] {
        var counts = Array(repeating: 0, count: categories.count)
        for row in rows { if let c = row[unit] { counts[c] += 1 } }
        return counts
    }

    /// The coincidence matrix of all units.
    public var coincidences: CoincidenceMatrix {
        var matrix = CoincidenceMatrix(categories: categories.count)
        for unit in 0..<unitCount { matrix.addUnit(unitCounts(unit)) }
        return matrix
    }

    /// Krippendorff's alpha with `metric`.
    public func alpha(_ metric: AlphaMetric = .nominal) -> Statistic {
        coincidences.alpha(metric, values: numericValues)
    }

    /// Fleiss' counts over the units every annotator coded (the others are left out).
    public var fleiss: FleissCounts {
        var counts = FleissCounts(raters: rows.count, categories: categories.count)
        for unit in 0..<unitCount {
            let unitCounts = unitCounts(unit)
            if unitCounts.reduce(0, +) == rows.count { counts.addUnit(unitCounts) }
        }
        return counts
    }

    /// Percent agreement and AC1 counts over all units.
    public var agreementCounts: AgreementCounts {
        var counts = AgreementCounts(categories: categories.count)
        for unit in 0..<unitCount { counts.addUnit(unitCounts(unit)) }
        return counts
    }

    /// The contingency table of annotators `first` and `second` over the units both coded.
    public func contingency(_ first: Int, _ second: Int) -> ContingencyTable {
        var table = ContingencyTable(categories: categories.count)
        for unit in 0..<unitCount {
            if let a = rows[first][unit], let b = rows[second][unit] { table.add(a, b) }
        }
        return table
    }
}
