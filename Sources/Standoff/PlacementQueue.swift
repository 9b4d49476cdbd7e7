/// The stale spans clear enough to be placed, nearest first (by distance, then by their order
/// among the stale spans), each entry stamped with the version of the span's evaluation it
/// came from so that outdated entries can be recognised and skipped.
struct PlacementQueue {
    /// A span that was clear at some version of its evaluation.
    struct Entry {
        /// How far its nearest candidate lay.
        var distance: Int
        /// The span's index among the stale spans.
        var span: Int
        /// The version of the span's evaluation.
        var version: Int

        /// Whether this entry comes out before `other`.
        func precedes(_ other: Entry) -> Bool {
            distance != other.distance ? distance < other.distance : span < other.span
        }
    }

    /// The entries, as a binary heap.
    private var heap: [Entry] = []

    /// Adds `entry`.
    mutating func push(_ entry: Entry) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Removes and returns the first entry, or nil when there is none.
    mutating func pop() -> Entry? {
        guard let top = heap.first else { return nil }
        let last = heap.removeLast()
        guard !heap.isEmpty else { return top }
        heap[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count, heap[left].precedes(heap[first]) { first = left }
            if right < heap.count, heap[right].precedes(heap[first]) { first = right }
            guard first != parent else { break }
            heap.swapAt(parent, first)
            parent = first
        }
        return top
    }
}
