/// The occurrences of one text ordered by the scalars after them and by the scalars before
/// them (read backwards), so that those whose context agrees best with a span's old context
/// are found without scoring every occurrence.
struct OccurrenceContexts {
    /// The start of each occurrence.
    private let starts: [Int]
    /// The end of each occurrence.
    private let ends: [Int]
    /// The occurrences ordered by the (at most `length`) scalars after them.
    private let byAfter: [Int]
    /// The occurrences ordered by the (at most `length`) scalars before them, nearest first.
    private let byBefore: [Int]
    /// How many scalars of context on each side count.
    private let length: Int

    /// The contexts of `occurrences` (each the fragments of one) in `text`, `length` scalars
    /// on each side.
    init(_ occurrences: [[Range<Int>]], in text: [Unicode.Scalar], length: Int) {
        let starts = occurrences.map { $0.first?.lowerBound ?? 0 }
        let ends = occurrences.map { $0.last?.upperBound ?? 0 }
        self.starts = starts
        self.ends = ends
        self.length = length
        byAfter = starts.indices.sorted { a, b in
            let order = Self.compareAfter(text, ends[a], text, ends[b], length)
            return order != 0 ? order < 0 : a < b
        }
        byBefore = starts.indices.sorted { a, b in
            let order = Self.compareBefore(text, starts[a], text, starts[b], length)
            return order != 0 ? order < 0 : a < b
        }
    }

    /// How many scalars before `start` and after `end` in `text` agree with those before
    /// `oldStart` and after `oldEnd` in `old` (up to `length` on each side).
    static func score(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, _ old: [Unicode.Scalar], _ oldStart: Int, _ oldEnd: Int, length: Int) -> Int {
        agreementBefore(text, start, old, oldStart, length) + agreementAfter(text, end, old, oldEnd, length)
    }

    /// The occurrences (ascending) whose score against the context of `oldStart..<oldEnd` in
    /// `old` is more than `best − margin`, `best` being the highest score of any occurrence.
    func closest(to old: [Unicode.Scalar], _ oldStart: Int, _ oldEnd: Int, in text: [Unicode.Scalar], margin: Int) -> [Int] {
        // Along each order, how far the context agrees can only fall moving away from where the
        // old context would be inserted; an occurrence reached by neither walk scores at most
        // the sum of the two walks' current agreements, so the walks stop when that sum is no
        // longer enough to be kept.
        var scores: [Int: Int] = [:]
        var best = Int.min
        var afterUp = Self.insertionPoint(byAfter) { Self.compareAfter(text, ends[$0], old, oldEnd, length) }
        var afterDown = afterUp - 1
        var beforeUp = Self.insertionPoint(byBefore) { Self.compareBefore(text, starts[$0], old, oldStart, length) }
        var beforeDown = beforeUp - 1
        func after(_ slot: Int) -> Int {
            byAfter.indices.contains(slot) ? Self.agreementAfter(text, ends[byAfter[slot]], old, oldEnd, length) : -1
        }
        func before(_ slot: Int) -> Int {
            byBefore.indices.contains(slot) ? Self.agreementBefore(text, starts[byBefore[slot]], old, oldStart, length) : -1
        }
        var agreements = (after(afterUp), after(afterDown), before(beforeUp), before(beforeDown))
        while true {
            let afterBound = max(agreements.0, agreements.1), beforeBound = max(agreements.2, agreements.3)
            guard afterBound >= 0, beforeBound >= 0, best == Int.min || afterBound + beforeBound > best - margin else { break }
            let occurrence: Int
            if afterBound >= beforeBound {
                if agreements.0 >= agreements.1 {
                    occurrence = byAfter[afterUp]; afterUp += 1; agreements.0 = after(afterUp)
                } else {
                    occurrence = byAfter[afterDown]; afterDown -= 1; agreements.1 = after(afterDown)
                }
            } else {
                if agreements.2 >= agreements.3 {
                    occurrence = byBefore[beforeUp]; beforeUp += 1; agreements.2 = before(beforeUp)
                } else {
                    occurrence = byBefore[beforeDown]; beforeDown -= 1; agreements.3 = before(beforeDown)
                }
            }
            guard scores[occurrence] == nil else { continue }
            let score = Self.score(text, starts[occurrence], ends[occurrence], old, oldStart, oldEnd, length: length)
            scores[occurrence] = score
            best = max(best, score)
        }
        return scores.filter { $0.value > best - margin }.keys.sorted()
    }

    /// The first slot of `order` whose context is not before the one `compare` compares with
    /// (negative: the slot's comes before it).
    private static func insertionPoint(_ order: [Int], _ compare: (Int) -> Int) -> Int {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if compare(order[middle]) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// How many scalars after `end` in `text` agree with those after `otherEnd` in `other`.
    private static func agreementAfter(_ text: [Unicode.Scalar], _ end: Int, _ other: [Unicode.Scalar], _ otherEnd: Int, _ length: Int) -> Int {
        var count = 0
        while count < length, end + count < text.count, otherEnd + count < other.count,
              text[end + count] == other[otherEnd + count] { count += 1 }
        return count
    }

    /// How many scalars before `start` in `text` agree with those before `otherStart` in `other`.
    private static func agreementBefore(_ text: [Unicode.Scalar], _ start: Int, _ other: [Unicode.Scalar], _ otherStart: Int, _ length: Int) -> Int {
        var count = 0
        while count < length, start - count > 0, otherStart - count > 0,
              text[start - count - 1] == other[otherStart - count - 1] { count += 1 }
        return count
    }

    /// The order of the (at most `length`) scalars after `end` in `text` and after `otherEnd`
    /// in `other`: negative, 0 or positive, a shorter run first when one is the other's start.
    private static func compareAfter(_ text: [Unicode.Scalar], _ end: Int, _ other: [Unicode.Scalar], _ otherEnd: Int, _ length: Int) -> Int {
        let count = agreementAfter(text, end, other, otherEnd, length)
        guard count < length else { return 0 }
        let hasLeft = end + count < text.count, hasRight = otherEnd + count < other.count
        guard hasLeft, hasRight else { return hasLeft == hasRight ? 0 : (hasLeft ? 1 : -1) }
        return text[end + count].value < other[otherEnd + count].value ? -1 : 1
    }

    /// The order of the (at most `length`) scalars before `start` in `text` and before
    /// `otherStart` in `other`, each read backwards, as `compareAfter`.
    private static func compareBefore(_ text: [Unicode.Scalar], _ start: Int, _ other: [Unicode.Scalar], _ otherStart: Int, _ length: Int) -> Int {
        let count = agreementBefore(text, start, other, otherStart, length)
        guard count < length else { return 0 }
        let hasLeft = start - count > 0, hasRight = otherStart - count > 0
        guard hasLeft, hasRight else { return hasLeft == hasRight ? 0 : (hasLeft ? 1 : -1) }
        return text[start - count - 1].value < other[otherStart - count - 1].value ? -1 : 1
    }
}
