/// The second step of re-anchoring (steps 2 and 3 of `Reanchoring`): the spans that several
/// occurrences are left for are placed one at a time, the clearest first (all those at
/// distance 0 together), each becoming an anchor for the rest, until none is clear.
///
/// Every span is evaluated as re-scoring all of them each round would, but only when its
/// expected shifts change: the spans between two neighbouring anchors share them, so placing
/// a span re-evaluates only the spans of the gap it splits, and only when that gap's shifts
/// changed. The clear spans wait in a queue by distance.
struct ReanchoringPlacement {
    /// A pending span's current evaluation.
    private struct Evaluation {
        /// Its nearest candidate.
        var best: Int
        /// That candidate's distance.
        var distance: Int
        /// Whether the nearest candidate is less than half as far as the runner-up.
        var isClear: Bool
    }

    /// The anchors so far.
    private var anchors: ShiftAnchors
    /// The old start of each stale span.
    private let oldStarts: [Int]
    /// The old end of each stale span.
    private let oldEnds: [Int]
    /// The position (in `anchors`) of each stale span's old start.
    private let positions: [Int]
    /// The candidates of each span still to be placed (nil for the others).
    private var candidates: [ReanchoringCandidates?]
    /// The evaluation of each span still to be placed.
    private var evaluations: [Evaluation?]
    /// How many times each span has been evaluated.
    private var versions: [Int]
    /// The spans found clear at distance 0 since the last ones were placed (some may have been
    /// evaluated again since, or listed twice).
    private var exact: [Int] = []
    /// The spans found clear at a distance above 0.
    private var queue = PlacementQueue()
    /// The spans to place, by position (then by index).
    private let order: [Int]
    /// The position of each span of `order`.
    private let orderPositions: [Int]
    /// For each slot of `order`, a slot at or after it that may still hold a span to place
    /// (following these links leads to the next one that does).
    private var nextSlot: [Int]
    /// The slot of each stale span in `order`.
    private var slots: [Int]

    /// The placement of the stale spans at `oldStarts..<oldEnds` whose `candidates` are not
    /// nil, given the anchors placed so far.
    init(anchors: ShiftAnchors, oldStarts: [Int], oldEnds: [Int], candidates: [ReanchoringCandidates?]) {
        self.anchors = anchors
        self.oldStarts = oldStarts
        self.oldEnds = oldEnds
        self.candidates = candidates
        let positions = oldStarts.map { anchors.position(of: $0) }
        self.positions = positions
        evaluations = Array(repeating: nil, count: candidates.count)
        versions = Array(repeating: 0, count: candidates.count)
        let order = candidates.indices.filter { candidates[$0] != nil }
            .sorted { positions[$0] != positions[$1] ? positions[$0] < positions[$1] : $0 < $1 }
        self.order = order
        orderPositions = order.map { positions[$0] }
        nextSlot = Array(0...order.count)
        slots = Array(repeating: -1, count: candidates.count)
        for (slot, span) in order.enumerated() { slots[span] = slot }
    }

    /// Places every span that becomes clear: for each stale span, the fragments of the
    /// occurrence it was placed on, or nil (not to place here, or left when nothing was clear
    /// any more).
    mutating func run() -> [[Range<Int>]?] {
        var placed = [[Range<Int>]?](repeating: nil, count: candidates.count)
        for span in order { evaluate(span, shifts: anchors.shifts(around: positions[span])) }
        while true {
            let batch = Set(exact.filter { evaluations[$0].map { $0.isClear && $0.distance == 0 } ?? false }).sorted()
            exact.removeAll()
            let chosen = batch.isEmpty ? nextClear().map { [$0] } ?? [] : batch
            guard !chosen.isEmpty else { break }
            // Spans placed together are placed as evaluated before any of them became an anchor.
            var newAnchors: [(span: Int, start: Int)] = []
            for span in chosen {
                guard let choice = evaluations[span]?.best, let spanCandidates = candidates[span] else { continue }
                placed[span] = spanCandidates.fragments[choice]
                newAnchors.append((span, spanCandidates.start(choice)))
                remove(span)
            }
            for anchor in newAnchors { placeAnchor(for: anchor.span, start: anchor.start) }
        }
        return placed
    }

    /// The shifts each span still unplaced is expected to have moved by (see
    /// `ShiftAnchors.shifts(around:)`).
    func shifts(of span: Int) -> [Int] { anchors.shifts(around: positions[span]) }

    /// The clear span of smallest distance (the first of equals), or nil when none is clear.
    private mutating func nextClear() -> Int? {
        while let entry = queue.pop() {
            if candidates[entry.span] != nil, versions[entry.span] == entry.version { return entry.span }
        }
        return nil
    }

    /// Evaluates `span` for `shifts` and files it as clear or not.
    private mutating func evaluate(_ span: Int, shifts: [Int]) {
        guard let candidates = candidates[span],
              let nearest = candidates.nearest(oldStart: oldStarts[span], oldEnd: oldEnds[span],
                                               shift: shifts[0], otherShift: shifts[shifts.count - 1]) else { return }
        let isClear = nearest.runnerUp.map { 2 * nearest.distance < $0 } ?? true
        versions[span] += 1
        evaluations[span] = Evaluation(best: nearest.best, distance: nearest.distance, isClear: isClear)
        guard isClear else { return }
        if nearest.distance == 0 {
            exact.append(span)
        } else {
            queue.push(PlacementQueue.Entry(distance: nearest.distance, span: span, version: versions[span]))
        }
    }

    /// Takes `span` out of the spans to place.
    private mutating func remove(_ span: Int) {
        candidates[span] = nil
        evaluations[span] = nil
        nextSlot[slots[span]] = slots[span] + 1
    }

    /// The first slot at or after `slot` that still holds a span to place (`order.count` when
    /// none does).
    private mutating func liveSlot(from slot: Int) -> Int {
        var root = slot
        while nextSlot[root] != root { root = nextSlot[root] }
        var current = slot
        while current != root {
            let next = nextSlot[current]
            nextSlot[current] = root
            current = next
        }
        return root
    }

    /// Makes `span`, placed on an occurrence at `start`, an anchor (before the anchors already
    /// at its old start) and evaluates again the spans whose expected shifts this changes.
    private mutating func placeAnchor(for span: Int, start: Int) {
        let position = positions[span]
        let shift = start - oldStarts[span]
        let before = anchors.occupied(before: position)
        if anchors.isOccupied(position) {
            // Only the spans between the anchor before and this position see the new first shift.
            let old = anchors.shifts(between: before, and: position)
            anchors.prepend(at: position, shift: shift)
            let new = anchors.shifts(between: before, and: position)
            if Set(old) != Set(new) { evaluateGap(after: before, through: position, shifts: new) }
        } else {
            // The gap between the anchors before and after is split in two.
            let after = anchors.occupied(from: position)
            let old = anchors.shifts(between: before, and: after)
            anchors.prepend(at: position, shift: shift)
            let left = anchors.shifts(between: before, and: position)
            let right = anchors.shifts(between: position, and: after)
            if Set(old) != Set(left) { evaluateGap(after: before, through: position, shifts: left) }
            if Set(old) != Set(right) { evaluateGap(after: position, through: after ?? anchors.positionCount - 1, shifts: right) }
        }
    }

    /// Evaluates for `shifts` every span still to place whose position is after `low` (from the
    /// first when nil) and at most `high`.
    private mutating func evaluateGap(after low: Int?, through high: Int, shifts: [Int]) {
        var first = 0, last = order.count
        if let low {
            while first < last {
                let middle = (first + last) / 2
                if orderPositions[middle] <= low { first = middle + 1 } else { last = middle }
            }
        }
        var slot = liveSlot(from: first)
        while slot < order.count, orderPositions[slot] <= high {
            evaluate(order[slot], shifts: shifts)
            slot = liveSlot(from: slot + 1)
        }
    }
}
