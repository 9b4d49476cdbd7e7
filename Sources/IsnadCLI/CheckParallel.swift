import Foundation

/// Runs independent pieces of work of `isnad check` on every core, keeping their order.
enum CheckParallel {
    /// `transform` applied to every element of `items`, concurrently, results in order.
    static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let box = ResultBox<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values()
    }

    private final class ResultBox<Result>: @unchecked Sendable {
        private var slots: [Result?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        func values() -> [Result] { slots.compactMap { $0 } }
    }
}
