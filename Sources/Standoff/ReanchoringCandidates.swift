/// The occurrences of a stale span's text still in the running, in the order they were found
/// (by start), and how far each lies from where the span is expected: its distance is that of
/// its start or its end (the nearer) to the span's old start or end moved by an expected shift.
struct ReanchoringCandidates {
    /// The nearest candidate, its distance, and the distance of the nearest other candidate
    /// (nil when there is no other).
    struct Nearest {
        /// The nearest candidate: when another is as near, one of them.
        var best: Int
        /// Its distance.
        var distance: Int
        /// The smallest distance of any other candidate.
        var runnerUp: Int?
    }

    /// The fragments of each candidate.
    let fragments: [[Range<Int>]]
    /// The start of each candidate (its first fragment's start): ascending.
    private let starts: [Int]
    /// The end of each candidate (its last fragment's end).
    private let ends: [Int]
    /// The candidates ordered by end (by position among equal ends).
    private let byEnd: [Int]

    /// The candidates `fragments`, each the fragments of one occurrence, ordered by start.
    init(_ fragments: [[Range<Int>]]) {
        self.fragments = fragments
        starts = fragments.map { $0.first?.lowerBound ?? 0 }
        let ends = fragments.map { $0.last?.upperBound ?? 0 }
        self.ends = ends
        byEnd = zip(ends, ends.dropFirst()).allSatisfy { $0 <= $1 }
            ? Array(ends.indices)
            : ends.indices.sorted { ends[$0] != ends[$1] ? ends[$0] < ends[$1] : $0 < $1 }
    }

    /// How many candidates there are.
    var count: Int { fragments.count }

    /// The start of candidate `index`.
    func start(_ index: Int) -> Int { starts[index] }

    /// The candidates (ascending) at most `limit` from a span that was at `oldStart..<oldEnd`
    /// and moved by one of `shifts`: whose start or end lies at most `limit` from the span's
    /// start or end moved by one of them.
    func within(_ limit: Int, oldStart: Int, oldEnd: Int, shifts: [Int]) -> [Int] {
        var found = Set<Int>()
        let oldLength = oldEnd - oldStart
        for shift in shifts {
            let target = oldStart + shift
            var k = Self.firstIndex(count) { starts[$0] >= target - limit }
            while k < count, starts[k] <= target + limit { found.insert(k); k += 1 }
            k = Self.firstIndex(count) { ends[byEnd[$0]] - oldLength >= target - limit }
            while k < count, ends[byEnd[k]] - oldLength <= target + limit { found.insert(byEnd[k]); k += 1 }
        }
        return found.sorted()
    }

    /// The nearest candidate to a span that was at `oldStart..<oldEnd` and moved by `shift` or
    /// `otherShift`, with the runner-up's distance, as measuring every candidate would find them;
    /// nil when there is no candidate.
    func nearest(oldStart: Int, oldEnd: Int, shift: Int, otherShift: Int) -> Nearest? {
        guard !fragments.isEmpty else { return nil }
        // Each candidate is two points, its start and its end moved back by the old length; the
        // distance is that of the nearer point to the nearer expected start. The two nearest
        // points on each side of each expected start, among the starts and among the ends,
        // hold the nearest candidate and the runner-up at their distances.
        let oldLength = oldEnd - oldStart
        var best = -1, bestDistance = Int.max, runnerUp = Int.max
        func consider(_ candidate: Int, _ distance: Int) {
            if candidate == best {
                bestDistance = min(bestDistance, distance)
            } else if distance < bestDistance {
                runnerUp = bestDistance
                best = candidate
                bestDistance = distance
            } else {
                runnerUp = min(runnerUp, distance)
            }
        }
        for pass in 0..<(shift == otherShift ? 1 : 2) {
            let target = oldStart + (pass == 0 ? shift : otherShift)
            let startAt = Self.firstIndex(count) { starts[$0] >= target }
            for k in max(0, startAt - 2)..<min(count, startAt + 2) { consider(k, abs(starts[k] - target)) }
            let endAt = Self.firstIndex(count) { ends[byEnd[$0]] - oldLength >= target }
            for k in max(0, endAt - 2)..<min(count, endAt + 2) { consider(byEnd[k], abs(ends[byEnd[k]] - oldLength - target)) }
        }
        return Nearest(best: best, distance: bestDistance, runnerUp: runnerUp == Int.max ? nil : runnerUp)
    }

    /// The first of `0..<count` for which `isAtOrPast` holds (it holds from there on), or `count`.
    private static func firstIndex(_ count: Int, where isAtOrPast: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrPast(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
