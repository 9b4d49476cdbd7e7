import Foundation

/// Results written from several threads, one slot per index, read once all are done.
final class ParallelSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    /// `count` empty slots.
    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `index`.
    func store(_ value: Value, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Every slot, in index order (nil where nothing was stored).
    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
