import Synchronization

/// The clitic prefilter's memos of one extractor, kept from one document to the next: their answers
/// depend only on the extractor's rules, so a memo filled on one document answers for the words of the
/// next (most recur), and its table is made once per thread instead of once per document.
///
/// A document takes a memo for the whole of its run and gives it back; documents on different
/// threads never share one. Output does not depend on which memo a document gets.
final class CliticMemoPool: Sendable {
    private let idle = Mutex<[CliticReadingMemo]>([])

    /// An idle memo, or a new one when every memo is in use.
    func take() -> CliticReadingMemo {
        idle.withLock { $0.popLast() } ?? CliticReadingMemo()
    }

    /// Makes `memo` (taken from this pool) available to the next document.
    func giveBack(_ memo: CliticReadingMemo) {
        idle.withLock { $0.append(memo) }
    }
}
