/// The second step of re-anchoring (steps 2 and 3 of `Reanchoring`): the spans that several
/// occurrences are left for are placed one at a time, the clearest first (all those at
/// distance 0 together), each becoming an anchor for the rest, until none is clear.
///
/// The outcome is that of evaluating every span each round, but a span is evaluated only
/// when it could be the next one placed. The spans between two neighbouring anchors share
/// their expected shifts; when placing a span changes them, the distances of those spans can
/// fall by at most how far the new shifts lie from the old ones, so their keys in a
/// `PlacementTree` are lowered by that much in one step. The span of smallest key is then
/// evaluated again if its key is only a bound, and placed if it is its distance and it is clear.
struct ReanchoringPlacement {
    /// A pending span's last evaluation.
    private struct Evaluation {
        /// The shifts it was made for (smallest, largest; equal when there is one).
        var shifts: (Int, Int)
        /// The nearest candidate.
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
    /// The last evaluation of each span still to be placed.
    private var evaluations: [Evaluation?]
    /// The spans to place, by position (then by index).
    private let order: [Int]
    /// The position of each span of `order`.
    private let orderPositions: [Int]
    /// The slot of each stale span in `order`.
    private var slots: [Int]
    /// The spans to place by slot, keyed by distance or a lower bound of it.
    private var tree: PlacementTree

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
        let order = candidates.indices.filter { candidates[$0] != nil }
            .sorted { positions[$0] != positions[$1] ? positions[$0] < positions[$1] : $0 < $1 }
        self.order = order
        orderPositions = order.map { positions[$0] }
        slots = Array(repeating: -1, count: candidates.count)
        for (slot, span) in order.enumerated() { slots[span] = slot }
        tree = PlacementTree(count: order.count)
    }

    /// Places every span that becomes clear: for each stale span, the fragments of the
    /// occurrence it was placed on, or nil (not to place here, or left when nothing was clear
    /// any more).
    mutating func run() -> [[Range<Int>]?] {
        var placed = [[Range<Int>]?](repeating: nil, count: candidates.count)
        for span in order { evaluate(span) }
        while true {
            // Every span clear at distance 0 now, placed together as evaluated before any of
            // them became an anchor; else the clear span of smallest distance (the first of equals).
            var chosen: [Int] = []
            while let entry = tree.minimum, entry.key <= 0 {
                if isCurrent(entry) {
                    chosen.append(entry.span)
                    tree.remove(slots[entry.span])
                } else {
                    refresh(entry.span)
                }
            }
            if chosen.isEmpty {
                while let entry = tree.minimum {
                    if isCurrent(entry) { chosen = [entry.span]; break }
                    refresh(entry.span)
                }
            }
            guard !chosen.isEmpty else { break }
            var newAnchors: [(span: Int, start: Int)] = []
            for span in chosen.sorted() {
                guard let choice = evaluations[span]?.best, let spanCandidates = candidates[span] else { continue }
                placed[span] = spanCandidates.fragments[choice]
                newAnchors.append((span, spanCandidates.start(choice)))
                candidates[span] = nil
                evaluations[span] = nil
                tree.remove(slots[span])
            }
            for anchor in newAnchors { placeAnchor(for: anchor.span, start: anchor.start) }
        }
        return placed
    }

    /// The shifts each span still unplaced is expected to have moved by (see
    /// `ShiftAnchors.shifts(around:)`).
    func shifts(of span: Int) -> [Int] { anchors.shifts(around: positions[span]) }

    /// Whether `entry`, the smallest eligible one, is its span's distance for the span's
    /// current shifts (so the span is clear), not a bound of it.
    private func isCurrent(_ entry: PlacementTree.Entry) -> Bool {
        guard let evaluation = evaluations[entry.span], evaluation.isClear, entry.key == evaluation.distance else { return false }
        return evaluation.shifts == Self.extremes(shifts(of: entry.span))
    }

    /// Puts `span`'s distance for its current shifts in the tree, evaluating it again when
    /// its shifts changed since it was last evaluated.
    private mutating func refresh(_ span: Int) {
        if let evaluation = evaluations[span], evaluation.shifts == Self.extremes(shifts(of: span)) {
            tree.set(slots[span], to: PlacementTree.Entry(key: evaluation.distance, span: span), eligible: evaluation.isClear)
        } else {
            evaluate(span)
        }
    }

    /// Evaluates `span` for its current shifts and puts the result in the tree.
    private mutating func evaluate(_ span: Int) {
        let shifts = shifts(of: span)
        guard let candidates = candidates[span],
              let nearest = candidates.nearest(oldStart: oldStarts[span], oldEnd: oldEnds[span],
                                               shift: shifts[0], otherShift: shifts[shifts.count - 1]) else {
            tree.remove(slots[span])
            return
        }
        let isClear = nearest.runnerUp.map { 2 * nearest.distance < $0 } ?? true
        evaluations[span] = Evaluation(shifts: Self.extremes(shifts), best: nearest.best, distance: nearest.distance, isClear: isClear)
        tree.set(slots[span], to: PlacementTree.Entry(key: nearest.distance, span: span), eligible: isClear)
    }

    /// The smallest and largest of `shifts` (one or two of them).
    private static func extremes(_ shifts: [Int]) -> (Int, Int) {
        (shifts.min() ?? 0, shifts.max() ?? 0)
    }

    /// How much farther than for `old` a candidate can be for `new`: how far the shift of
    /// `new` farthest from every shift of `old` lies from the nearest of them.
    private static func drift(from old: [Int], to new: [Int]) -> Int {
        new.map { shift in old.map { abs($0 - shift) }.min() ?? 0 }.max() ?? 0
    }

    /// Makes `span`, placed on an occurrence at `start`, an anchor (before the anchors already
    /// at its old start) and lowers the keys of the spans whose expected shifts this changes.
    private mutating func placeAnchor(for span: Int, start: Int) {
        let position = positions[span]
        let shift = start - oldStarts[span]
        let before = anchors.occupied(before: position)
        if anchors.isOccupied(position) {
            // Only the spans between the anchor before and this position see the new first shift.
            let old = anchors.shifts(between: before, and: position)
            anchors.prepend(at: position, shift: shift)
            let new = anchors.shifts(between: before, and: position)
            if Set(old) != Set(new) { lower(after: before, through: position, by: Self.drift(from: old, to: new)) }
        } else {
            // The gap between the anchors before and after is split in two.
            let after = anchors.occupied(from: position)
            let old = anchors.shifts(between: before, and: after)
            anchors.prepend(at: position, shift: shift)
            let left = anchors.shifts(between: before, and: position)
            let right = anchors.shifts(between: position, and: after)
            if Set(old) != Set(left) { lower(after: before, through: position, by: Self.drift(from: old, to: left)) }
            if Set(old) != Set(right) { lower(after: position, through: after ?? anchors.positionCount - 1, by: Self.drift(from: old, to: right)) }
        }
    }

    /// Lowers by `drop` the keys of the spans whose position is after `low` (from the first
    /// when nil) and at most `high`, and makes them eligible to be evaluated again.
    private mutating func lower(after low: Int?, through high: Int, by drop: Int) {
        tree.lower(firstSlot(after: low)..<firstSlot(after: high), by: drop)
    }

    /// The first slot whose position is after `position` (the first slot when nil).
    private func firstSlot(after position: Int?) -> Int {
        guard let position else { return 0 }
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            if orderPositions[middle] <= position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
