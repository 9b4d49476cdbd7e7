/// The spans waiting to be placed, in slots (their order by old start), each with a key: a
/// distance or a lower bound of it, and whether it may be placed now. Gives the smallest key
/// (then the smallest span index) among those that may be, and lowers the keys of a run of
/// slots at once, making them all eligible again: a segment tree with lazy updates.
struct PlacementTree {
    /// A key and the span it belongs to, ordered by key, then by span.
    struct Entry: Comparable {
        /// The distance or its lower bound.
        var key: Int
        /// The span's index among the stale spans.
        var span: Int

        /// No entry: after every other.
        static let none = Entry(key: Int.max, span: Int.max)

        /// Whether `a` comes before `b`: a smaller key, or the same key and a smaller span index.
        static func < (a: Entry, b: Entry) -> Bool { a.key != b.key ? a.key < b.key : a.span < b.span }
    }

    /// How many slots there are.
    private let count: Int
    /// For each node, the smallest entry of its slots (none for a removed slot).
    private var smallest: [Entry]
    /// For each node, the smallest entry of its slots that may be placed now.
    private var smallestEligible: [Entry]
    /// For each node, by how much its slots' keys are still to be lowered.
    private var pendingDrop: [Int]
    /// For each node, whether its slots are still to be made eligible.
    private var pendingEligible: [Bool]

    /// A tree of `count` slots, all empty.
    init(count: Int) {
        self.count = count
        let nodes = max(1, 4 * count)
        smallest = Array(repeating: .none, count: nodes)
        smallestEligible = smallest
        pendingDrop = Array(repeating: 0, count: nodes)
        pendingEligible = Array(repeating: false, count: nodes)
    }

    /// The smallest eligible entry, or nil when none is eligible.
    var minimum: Entry? {
        count == 0 || smallestEligible[1] == .none ? nil : smallestEligible[1]
    }

    /// Sets `slot` to `entry`, eligible or not.
    mutating func set(_ slot: Int, to entry: Entry, eligible: Bool) {
        guard count > 0 else { return }
        set(slot, entry, eligible, node: 1, low: 0, high: count)
    }

    /// Empties `slot` for good.
    mutating func remove(_ slot: Int) {
        set(slot, to: .none, eligible: false)
    }

    /// Lowers the keys of `slots` by `drop` and makes them all eligible.
    mutating func lower(_ slots: Range<Int>, by drop: Int) {
        guard count > 0, !slots.isEmpty else { return }
        lower(slots, drop, node: 1, low: 0, high: count)
    }

    /// Sets `slot` under `node`, which covers the slots `low..<high`.
    private mutating func set(_ slot: Int, _ entry: Entry, _ eligible: Bool, node: Int, low: Int, high: Int) {
        if high - low == 1 {
            smallest[node] = entry
            smallestEligible[node] = eligible ? entry : .none
            return
        }
        pushDown(node)
        let middle = (low + high) / 2
        if slot < middle {
            set(slot, entry, eligible, node: 2 * node, low: low, high: middle)
        } else {
            set(slot, entry, eligible, node: 2 * node + 1, low: middle, high: high)
        }
        pull(node)
    }

    /// Lowers the keys of `slots` under `node`, which covers the slots `low..<high`.
    private mutating func lower(_ slots: Range<Int>, _ drop: Int, node: Int, low: Int, high: Int) {
        if slots.lowerBound <= low && high <= slots.upperBound {
            apply(drop, node)
            return
        }
        pushDown(node)
        let middle = (low + high) / 2
        if slots.lowerBound < middle { lower(slots, drop, node: 2 * node, low: low, high: middle) }
        if slots.upperBound > middle { lower(slots, drop, node: 2 * node + 1, low: middle, high: high) }
        pull(node)
    }

    /// Lowers the keys under `node` by `drop` and makes them eligible.
    private mutating func apply(_ drop: Int, _ node: Int) {
        if smallest[node] != .none { smallest[node].key -= drop }
        smallestEligible[node] = smallest[node]
        pendingDrop[node] += drop
        pendingEligible[node] = true
    }

    /// Hands `node`'s pending update to its two children.
    private mutating func pushDown(_ node: Int) {
        guard pendingEligible[node] else { return }
        apply(pendingDrop[node], 2 * node)
        apply(pendingDrop[node], 2 * node + 1)
        pendingDrop[node] = 0
        pendingEligible[node] = false
    }

    /// Recomputes `node` from its children.
    private mutating func pull(_ node: Int) {
        smallest[node] = min(smallest[2 * node], smallest[2 * node + 1])
        smallestEligible[node] = min(smallestEligible[2 * node], smallestEligible[2 * node + 1])
    }
}
