/// The unit and gap lengths of every document for αu, indexed once so that a bootstrap resample
/// computes the expected disagreement's unit × gap term from dense histograms.
struct UnitizingLengths: Sendable {
    /// One label's histograms of every document, laid out flat.
    private struct Layout: Sendable {
        /// The distinct lengths, ascending.
        var lengths: [Int] = []
        /// Unit entries: length index and count; document `d` owns `unitOffsets[d]..<unitOffsets[d + 1]`.
        var unitIndices: [Int] = []
        var unitCounts: [Double] = []
        var unitOffsets: [Int] = [0]
        /// Gap entries, laid out like the unit entries.
        var gapIndices: [Int] = []
        var gapCounts: [Double] = []
        var gapOffsets: [Int] = [0]
    }

    private var layouts: [Layout] = []

    /// Indexes per-document histograms given as `[document][label]` dictionaries.
    init(units unitHistograms: [[[Int: Double]]], gaps gapHistograms: [[[Int: Double]]], labels: Int) {
        for label in 0..<labels {
            var layout = Layout()
            var all = Set<Int>()
            for document in unitHistograms.indices {
                all.formUnion(unitHistograms[document][label].keys)
                all.formUnion(gapHistograms[document][label].keys)
            }
            layout.lengths = all.sorted()
            let position = Dictionary(uniqueKeysWithValues: layout.lengths.enumerated().map { ($1, $0) })
            for document in unitHistograms.indices {
                for (length, count) in unitHistograms[document][label] {
                    layout.unitIndices.append(position[length] ?? 0)
                    layout.unitCounts.append(count)
                }
                layout.unitOffsets.append(layout.unitIndices.count)
                for (length, count) in gapHistograms[document][label] {
                    layout.gapIndices.append(position[length] ?? 0)
                    layout.gapCounts.append(count)
                }
                layout.gapOffsets.append(layout.gapIndices.count)
            }
            layouts.append(layout)
        }
    }

    /// Σ over units u and gaps g with g ≥ l_u of l_u² (g − l_u + 1), for `label`, documents weighted.
    func cross(label: Int, weights: [Double]) -> Double {
        let layout = layouts[label]
        let size = layout.lengths.count
        guard size > 0 else { return 0 }
        var unitHistogram = Array(repeating: 0.0, count: size)
        var gapHistogram = Array(repeating: 0.0, count: size)
        Self.accumulate(&unitHistogram, layout.unitIndices, layout.unitCounts, layout.unitOffsets, weights)
        Self.accumulate(&gapHistogram, layout.gapIndices, layout.gapCounts, layout.gapOffsets, weights)
        var count = 0.0, weighted = 0.0, sum = 0.0
        for index in stride(from: size - 1, through: 0, by: -1) {
            let length = Double(layout.lengths[index])
            count += gapHistogram[index]
            weighted += gapHistogram[index] * (length + 1)
            if unitHistogram[index] > 0 { sum += unitHistogram[index] * length * length * (weighted - length * count) }
        }
        return sum
    }

    private static func accumulate(_ histogram: inout [Double], _ indices: [Int], _ counts: [Double], _ offsets: [Int], _ weights: [Double]) {
        histogram.withUnsafeMutableBufferPointer { target in
            indices.withUnsafeBufferPointer { indices in
                counts.withUnsafeBufferPointer { counts in
                    for document in weights.indices where weights[document] > 0 {
                        let weight = weights[document]
                        for entry in offsets[document]..<offsets[document + 1] {
                            target[indices[entry]] += counts[entry] * weight
                        }
                    }
                }
            }
        }
    }
}
