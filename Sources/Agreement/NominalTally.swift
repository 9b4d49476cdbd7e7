/// Every coding measure's sufficient statistics for one set of units with nominal values from a
/// fixed list of annotators (missing values allowed): Krippendorff's coincidences, Fleiss' counts
/// over complete units, percent agreement and AC1 counts, and a contingency table per pair.
/// Additive over units and documents.
public struct NominalTally: Hashable, Sendable {
    /// The number of annotators.
    public let annotators: Int
    /// The number of categories.
    public let categories: Int
    /// All units, pairable or not.
    public var units: Double = 0
    /// Krippendorff's coincidences.
    public var coincidences: CoincidenceMatrix
    /// Fleiss' counts, over the units every annotator coded.
    public var fleiss: FleissCounts
    /// Percent agreement and AC1 counts.
    public var agreement: AgreementCounts
    /// One contingency table per annotator pair, in `pairs(of:)` order.
    public var pairTables: [ContingencyTable]

    /// Empty statistics for `annotators` annotators and `categories` categories.
    public init(annotators: Int, categories: Int) {
        self.annotators = annotators
        self.categories = categories
        coincidences = CoincidenceMatrix(categories: categories)
        fleiss = FleissCounts(raters: annotators, categories: categories)
        agreement = AgreementCounts(categories: categories)
        pairTables = Array(repeating: ContingencyTable(categories: categories), count: annotators * (annotators - 1) / 2)
    }

    /// The annotator pairs (i < j), in the order of `pairTables`.
    public static func pairs(of annotators: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        for i in 0..<annotators { for j in (i + 1)..<max(i + 1, annotators) { result.append((i, j)) } }
        return result
    }

    /// Counts one unit, `times` over: each annotator's category, nil when missing.
    public mutating func addUnit(_ values: [Int?], times: Double = 1) {
        units += times
        var counts = Array(repeating: 0, count: categories)
        for value in values { if let value { counts[value] += 1 } }
        coincidences.addUnit(counts, times: times)
        agreement.addUnit(counts, times: times)
        if counts.reduce(0, +) == annotators { fleiss.addUnit(counts, times: times) }
        var pair = 0
        for i in 0..<annotators {
            for j in (i + 1)..<max(i + 1, annotators) {
                if let a = values[i], let b = values[j] { pairTables[pair].add(a, b, times: times) }
                pair += 1
            }
        }
    }

    /// Calls `body` on every count, in a fixed order (to flatten and restore).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        body(&units)
        coincidences.visitValues(body)
        fleiss.visitValues(body)
        agreement.visitValues(body)
        for index in pairTables.indices { pairTables[index].visitValues(body) }
    }

    /// Adds `other`, `times` over.
    public mutating func add(_ other: NominalTally, times: Double = 1) {
        units += other.units * times
        coincidences.add(other.coincidences, times: times)
        fleiss.add(other.fleiss, times: times)
        agreement.add(other.agreement, times: times)
        for index in pairTables.indices { pairTables[index].add(other.pairTables[index], times: times) }
    }
}
