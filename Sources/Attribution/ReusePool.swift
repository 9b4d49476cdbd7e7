import Synchronization

/// Objects one extractor keeps from one document to the next (clitic memos, analysis workspaces, runs):
/// a document takes one for the whole of its run and gives it back, so that each thread's documents
/// reuse what earlier documents filled or grew instead of making their own. Documents on different
/// threads never share one; output does not depend on which one a document gets.
final class ReusePool<Item: AnyObject & Sendable>: Sendable {
    private let idle = Mutex<[Item]>([])
    /// Makes an item when every item is in use.
    private let make: @Sendable () -> Item

    /// An empty pool whose items `make` makes.
    init(making make: @escaping @Sendable () -> Item) {
        self.make = make
    }

    /// An idle item, or a new one when every item is in use.
    func take() -> Item {
        idle.withLock { $0.popLast() } ?? make()
    }

    /// Makes `item` (taken from this pool, its document's run done) available to the next document.
    func giveBack(_ item: Item) {
        idle.withLock { $0.append(item) }
    }
}
