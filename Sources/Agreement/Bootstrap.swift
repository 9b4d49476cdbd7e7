import Foundation
import Parallelism

/// Bootstrap confidence intervals by resampling documents with replacement.
///
/// Each resample is a vector of document weights (how often each document was drawn); the caller
/// turns weights into figures from per-document sufficient statistics. Resample `i` draws from its
/// own generator seeded from `seed` and `i`, so the intervals do not depend on the core count.
public struct Bootstrap: Sendable {
    /// The number of resamples (1,000 by default).
    public var samples: Int
    /// The seed of the resampling.
    public var seed: UInt64
    /// The coverage of the interval (0.95 by default).
    public var confidence: Double

    /// A bootstrap with `samples` resamples, `seed` and `confidence`.
    public init(samples: Int = 1000, seed: UInt64 = 1, confidence: Double = 0.95) {
        self.samples = samples
        self.seed = seed
        self.confidence = confidence
    }

    /// The document weights of resample `index` over `documents` documents.
    public func weights(sample index: Int, documents: Int) -> [Double] {
        var generator = SplitMix64(seed: seed &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
        var weights = Array(repeating: 0.0, count: documents)
        for _ in 0..<documents { weights[generator.next(below: documents)] += 1 }
        return weights
    }

    /// Intervals for `figureCount` figures; `figures` maps document weights to each figure's value
    /// in that resample (nil when undefined there). Nil for a figure never defined.
    public func intervals(documents: Int, figureCount: Int,
                          _ figures: @Sendable ([Double]) -> [Double?]) -> [ConfidenceInterval?] {
        guard documents > 0, samples > 0, figureCount > 0 else { return Array(repeating: nil, count: figureCount) }
        let all = ParallelMap.indices(samples) { index in figures(weights(sample: index, documents: documents)) }
        return (0..<figureCount).map { figure in
            let defined = all.compactMap { $0.count > figure ? $0[figure] : nil }.sorted()
            guard !defined.isEmpty else { return nil }
            let tail = (1 - confidence) / 2
            return ConfidenceInterval(lower: Self.quantile(defined, tail), upper: Self.quantile(defined, 1 - tail),
                                      definedSamples: defined.count, samples: samples)
        }
    }

    /// The `p` quantile of sorted values, interpolating linearly.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
        let fraction = position - Double(low)
        return sorted[low] + (sorted[high] - sorted[low]) * fraction
    }
}
