/// One-to-one alignment of two annotators' spans: exact matches first, then by the largest
/// overlap, each span used at most once (so precision and recall are symmetric counts).
public enum SpanMatcher {
    /// The aligned pairs `(index in first, index in second)` of spans with the same label that
    /// match under `mode`; pass `sameLabel: false` to align across labels (for a confusion matrix),
    /// `allCandidates: true` for every matching pair rather than a one-to-one alignment.
    public static func align(_ first: [Span], _ second: [Span], mode: MatchMode, sameLabel: Bool = true,
                             allCandidates: Bool = false) -> [(Int, Int)] {
        let order = second.indices.sorted { second[$0].start < second[$1].start }
        let starts = order.map { second[$0].start }
        var longest = 0
        for span in second { longest = max(longest, span.end - span.start) }
        var candidates: [(score: Int, i: Int, j: Int)] = []
        for (i, a) in first.enumerated() {
            // Only spans starting within `longest` before `a` can reach it.
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] < a.start - longest { low = middle + 1 } else { high = middle }
            }
            for k in low..<starts.count {
                let j = order[k]
                let b = second[j]
                if b.start >= a.end { break }
                guard b.end > a.start, !sameLabel || a.label == b.label else { continue }
                let exact = a.coversExactly(b)
                if mode == .exact, !exact { continue }
                let shared = a.overlap(with: b)
                guard shared > 0 else { continue }
                candidates.append((score: (exact ? 1 << 40 : 0) + (a.label == b.label ? 1 << 39 : 0) + shared, i: i, j: j))
            }
        }
        if allCandidates { return candidates.map { ($0.i, $0.j) } }
        return oneToOne(candidates, first: first.count, second: second.count)
    }

    /// The best-scoring candidates with each index used at most once (ties: lower indices first),
    /// sorted by the first index.
    static func oneToOne(_ candidates: [(score: Int, i: Int, j: Int)], first: Int, second: Int) -> [(Int, Int)] {
        let ranked = candidates.sorted { ($0.score, -$0.i, -$0.j) > ($1.score, -$1.i, -$1.j) }
        var usedFirst = [Bool](repeating: false, count: first)
        var usedSecond = [Bool](repeating: false, count: second)
        var pairs: [(Int, Int)] = []
        for candidate in ranked where !usedFirst[candidate.i] && !usedSecond[candidate.j] {
            usedFirst[candidate.i] = true
            usedSecond[candidate.j] = true
            pairs.append((candidate.i, candidate.j))
        }
        return pairs.sorted { $0.0 < $1.0 }
    }
}
