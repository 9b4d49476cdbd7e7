/// The anchors of re-anchoring (spans in place, of shift 0, and spans placed, of shift new
/// start − old start) by old start: at each old start, the shift of the first and of the last
/// anchor there, in the order re-anchoring keeps them. The old starts anchors can have are
/// known beforehand; they are referred to by their rank among them (a position).
struct ShiftAnchors {
    /// Every old start an anchor can have, ascending, without repeats.
    private let starts: [Int]
    /// The shift of the first anchor at each position.
    private var firstShift: [Int]
    /// The shift of the last anchor at each position.
    private var lastShift: [Int]
    /// Whether each position has an anchor.
    private var occupied: [Bool]
    /// A Fenwick tree counting the positions that have an anchor.
    private var tree: [Int]
    /// How many positions have an anchor.
    private var occupiedCount = 0

    /// Room for anchors at `possibleStarts` (in any order, repeats allowed), none placed yet.
    init(possibleStarts: [Int]) {
        starts = Array(Set(possibleStarts)).sorted()
        firstShift = Array(repeating: 0, count: starts.count)
        lastShift = firstShift
        occupied = Array(repeating: false, count: starts.count)
        tree = Array(repeating: 0, count: starts.count + 1)
    }

    /// How many positions there are.
    var positionCount: Int { starts.count }

    /// The position of `oldStart`, one of the possible starts.
    func position(of oldStart: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < oldStart { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Adds an anchor at `position` after those already there.
    mutating func append(at position: Int, shift: Int) {
        if !occupied[position] { occupy(position); firstShift[position] = shift }
        lastShift[position] = shift
    }

    /// Adds an anchor at `position` before those already there.
    mutating func prepend(at position: Int, shift: Int) {
        if !occupied[position] { occupy(position); lastShift[position] = shift }
        firstShift[position] = shift
    }

    /// Whether `position` has an anchor.
    func isOccupied(_ position: Int) -> Bool { occupied[position] }

    /// The nearest position before `position` that has an anchor.
    func occupied(before position: Int) -> Int? {
        let count = occupiedCount(before: position)
        return count == 0 ? nil : occupied(number: count)
    }

    /// The nearest position at or after `position` that has an anchor.
    func occupied(from position: Int) -> Int? {
        let count = occupiedCount(before: position)
        return count == occupiedCount ? nil : occupied(number: count + 1)
    }

    /// The shifts a span at `position` is expected to have moved by: that of the last anchor at
    /// the nearest occupied position before it and that of the first anchor at the nearest
    /// occupied position from it (once when equal), or `[0]` when there is no anchor.
    func shifts(around position: Int) -> [Int] {
        shifts(between: occupied(before: position), and: occupied(from: position))
    }

    /// The shifts of a span whose nearest occupied positions are `before` and `after`, as
    /// `shifts(around:)` gives them.
    func shifts(between before: Int?, and after: Int?) -> [Int] {
        var found: [Int] = []
        if let before { found.append(lastShift[before]) }
        if let after, !found.contains(firstShift[after]) { found.append(firstShift[after]) }
        return found.isEmpty ? [0] : found
    }

    /// Marks `position` as having an anchor.
    private mutating func occupy(_ position: Int) {
        occupied[position] = true
        occupiedCount += 1
        var i = position + 1
        while i < tree.count { tree[i] += 1; i += i & -i }
    }

    /// How many positions before `position` have an anchor.
    private func occupiedCount(before position: Int) -> Int {
        var count = 0, i = position
        while i > 0 { count += tree[i]; i -= i & -i }
        return count
    }

    /// The `number`-th occupied position (1-based) in ascending order.
    private func occupied(number: Int) -> Int {
        var index = 0, remaining = number
        var step = 1
        while step * 2 < tree.count { step *= 2 }
        while step > 0 {
            if index + step < tree.count, tree[index + step] < remaining {
                index += step
                remaining -= tree[index]
            }
            step /= 2
        }
        return index
    }
}
