/// The unit and gap lengths of every document for αu, indexed once so that a bootstrap resample
/// computes the expected disagreement's unit × gap term from dense histograms.
struct UnitizingLengths: Sendable {
    /// Per label, the distinct lengths in ascending order.
    private(set) var lengths: [[Int]] = []
    /// `[document][label]`: (length index, count) of units.
    private(set) var units: [[[(Int, Double)]]] = []
    /// `[document][label]`: (length index, count) of gaps.
    private(set) var gaps: [[[(Int, Double)]]] = []

    /// Indexes per-document histograms given as `[document][label]` dictionaries.
    init(units unitHistograms: [[[Int: Double]]], gaps gapHistograms: [[[Int: Double]]], labels: Int) {
        for label in 0..<labels {
            var all = Set<Int>()
            for document in unitHistograms.indices {
                all.formUnion(unitHistograms[document][label].keys)
                all.formUnion(gapHistograms[document][label].keys)
            }
            lengths.append(all.sorted())
        }
        let positions = lengths.map { Dictionary(uniqueKeysWithValues: $0.enumerated().map { ($1, $0) }) }
        func compact(_ histograms: [[[Int: Double]]]) -> [[[(Int, Double)]]] {
            histograms.map { perLabel in
                perLabel.enumerated().map { label, histogram in
                    histogram.compactMap { length, count in positions[label][length].map { ($0, count) } }
                }
            }
        }
        units = compact(unitHistograms)
        gaps = compact(gapHistograms)
    }

    /// Σ over units u and gaps g with g ≥ l_u of l_u² (g − l_u + 1), for `label`, documents weighted.
    func cross(label: Int, weights: [Double]) -> Double {
        let size = lengths[label].count
        guard size > 0 else { return 0 }
        var unitCounts = Array(repeating: 0.0, count: size)
        var gapCounts = Array(repeating: 0.0, count: size)
        for document in weights.indices where weights[document] > 0 {
            let weight = weights[document]
            for (index, count) in units[document][label] { unitCounts[index] += count * weight }
            for (index, count) in gaps[document][label] { gapCounts[index] += count * weight }
        }
        var count = 0.0, weighted = 0.0, sum = 0.0
        for index in stride(from: size - 1, through: 0, by: -1) {
            let length = Double(lengths[label][index])
            count += gapCounts[index]
            weighted += gapCounts[index] * (length + 1)
            if unitCounts[index] > 0 { sum += unitCounts[index] * length * length * (weighted - length * count) }
        }
        return sum
    }
}
