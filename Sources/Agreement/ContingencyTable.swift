/// The cross-tabulation of two annotators' categories over the units both coded
/// (rows: the first annotator's category, columns: the second's).
///
/// Additive: the table of a corpus is the sum of its documents' tables.
public struct ContingencyTable: Hashable, Sendable {
    /// The number of categories (rows and columns).
    public let categories: Int
    /// The counts, row-major.
    public private(set) var counts: [Double]

    /// An empty table over `categories` categories.
    public init(categories: Int) {
        self.categories = categories
        self.counts = Array(repeating: 0, count: categories * categories)
    }

    /// A table from rows of counts (rows: first annotator, columns: second).
    public init(rows: [[Double]]) {
        self.categories = rows.count
        self.counts = rows.flatMap { $0 }
        precondition(counts.count == categories * categories, "a contingency table is square")
    }

    /// The count in `row`, `column`.
    public subscript(row: Int, column: Int) -> Double {
        get { counts[row * categories + column] }
        set { counts[row * categories + column] = newValue }
    }

    /// Counts one unit the first annotator put in `row` and the second in `column`.
    public mutating func add(_ row: Int, _ column: Int, times: Double = 1) {
        counts[row * categories + column] += times
    }

    /// Adds `other`'s counts, `times` over.
    public mutating func add(_ other: ContingencyTable, times: Double = 1) {
        for index in counts.indices { counts[index] += other.counts[index] * times }
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        for index in counts.indices { body(&counts[index]) }
    }

    /// The number of units.
    public var total: Double { counts.reduce(0, +) }

    /// The proportion of units on the diagonal.
    public var percentAgreement: Statistic {
        let n = total
        guard n > 0 else { return .undefined(.noUnits) }
        return .value(diagonal / n)
    }

    /// Cohen's (1960) kappa: chance agreement from each annotator's own marginals.
    public var cohenKappa: Statistic {
        let n = total
        guard n > 0 else { return .undefined(.noUnits) }
        let (rows, columns) = marginals
        var chance = 0.0
        for c in 0..<categories { chance += (rows[c] / n) * (columns[c] / n) }
        guard chance < 1 - 1e-12 else { return .undefined(.singleCategory) }
        return .value((diagonal / n - chance) / (1 - chance))
    }

    /// Gwet's (2008) AC1 for two annotators, over the categories either used.
    public var gwetAC1: Statistic {
        let n = total
        guard n > 0 else { return .undefined(.noUnits) }
        let (rows, columns) = marginals
        var tally = AgreementCounts(categories: categories)
        tally.pairableUnits = n
        tally.agreement = diagonal
        tally.ratedUnits = n
        for c in 0..<categories { tally.prevalence[c] = (rows[c] + columns[c]) / 2 }
        return tally.gwetAC1
    }

    private var diagonal: Double {
        (0..<categories).reduce(0) { $0 + self[$1, $1] }
    }

    private var marginals: (rows: [Double], columns: [Double]) {
        var rows = Array(repeating: 0.0, count: categories)
        var columns = Array(repeating: 0.0, count: categories)
        for r in 0..<categories {
            for c in 0..<categories {
                rows[r] += self[r, c]
                columns[c] += self[r, c]
            }
        }
        return (rows, columns)
    }
}
