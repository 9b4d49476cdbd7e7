import Dispatch
import Foundation

/// An order-preserving parallel map: the same results as `Array.map`, in the same order, with the
/// elements processed on several threads at once.
///
/// Workers take the next unprocessed index one at a time, so uneven pieces of work (a long
/// document among short ones) keep every worker busy. Whatever the number of workers, result `i`
/// is `transform(items[i])`; only the order in which the calls happen varies, so `transform`
/// must not depend on it.
public enum ParallelMap {
    /// The number of workers used when none is given: the active processor count.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `transform` applied to every element of `items`, on up to `workers` threads, results in
    /// the order of `items`.
    public static func map<Element: Sendable, Result: Sendable>(
        _ items: [Element], workers: Int = defaultWorkers, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        indices(items.count, workers: workers) { transform(items[$0]) }
    }

    /// `transform` applied to every index `0..<count`, on up to `workers` threads, results in
    /// index order. With one worker (or fewer than two indices) it runs on the calling thread.
    public static func indices<Result: Sendable>(
        _ count: Int, workers: Int = defaultWorkers, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        let threads = min(max(1, workers), count)
        guard threads > 1 else { return (0..<max(0, count)).map(transform) }
        return Array(unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = Slots(buffer, count: count)
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let index = slots.claim() {
                    slots.store(transform(index), at: index)
                }
            }
            initializedCount = count
        }
    }

    /// The uninitialized result buffer, with the next index to hand out. Each index is handed out
    /// once, so each slot is written by exactly one thread and never read until all are done.
    private final class Slots<Result>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Result>
        private let lock = NSLock()
        private let count: Int
        private var next = 0

        /// Slots `0..<count` of `buffer` (which may be larger).
        init(_ buffer: UnsafeMutableBufferPointer<Result>, count: Int) {
            self.buffer = buffer
            self.count = count
        }

        /// The next index nobody has taken yet, or nil when all are taken.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }

        /// Initializes slot `index` (claimed by the caller) with `value`.
        func store(_ value: Result, at index: Int) {
            buffer.initializeElement(at: index, to: value)
        }
    }
}
