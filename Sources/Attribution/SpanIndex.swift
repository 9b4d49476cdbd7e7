/// The text bounds an output has made, found by their label and fragments so that a span made twice
/// is one text bound: an open-addressing table of span numbers hashed on the fragments' offsets, one
/// multiply per offset (no `Hasher`, no key copied into the table).
struct SpanIndex {
    /// For each slot, a span number or -1.
    private var slots: [Int32]

    /// An empty index with room for `capacity` spans without growing.
    init(capacity: Int) {
        var count = 16
        while count < 2 * capacity { count *= 2 }
        slots = [Int32](repeating: -1, count: count)
    }

    /// The number of the span in `spans` with `label` and the fragments `store[fragments]`; when
    /// there is none, `spans.count` is recorded as its number and returned (the caller appends the
    /// span).
    mutating func number(of label: ExtractionOutput.Label, _ fragments: Range<Int>, spans: [ExtractionOutput.Span],
                         store: [Range<Int>]) -> Int {
        let next = spans.count
        if 2 * (next + 1) > slots.count { grow(spans, store) }
        let mask = slots.count - 1
        let wanted = store[fragments]
        var slot = SpanIndex.home(wanted, mask)
        while slots[slot] >= 0 {
            let span = spans[Int(slots[slot])]
            if span.label == label, store[span.fragments].elementsEqual(wanted) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(next)
        return next
    }

    /// The slot where probing for `fragments` starts.
    private static func home(_ fragments: ArraySlice<Range<Int>>, _ mask: Int) -> Int {
        var hash = UInt64(fragments.count)
        for fragment in fragments {
            hash = (hash ^ UInt64(truncatingIfNeeded: fragment.lowerBound)) &* 0x9E37_79B9_7F4A_7C15
            hash = (hash ^ UInt64(truncatingIfNeeded: fragment.upperBound)) &* 0x9E37_79B9_7F4A_7C15
        }
        return Int(truncatingIfNeeded: hash >> 32) & mask
    }

    /// Doubles the table and places the spans recorded so far again.
    private mutating func grow(_ spans: [ExtractionOutput.Span], _ store: [Range<Int>]) {
        var bigger = [Int32](repeating: -1, count: 2 * slots.count)
        let mask = bigger.count - 1
        for number in slots where number >= 0 {
            var slot = SpanIndex.home(store[spans[Int(number)].fragments], mask)
            while bigger[slot] >= 0 { slot = (slot + 1) & mask }
            bigger[slot] = number
        }
        slots = bigger
    }
}
