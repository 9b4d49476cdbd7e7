import ArabicText
import Synchronization

/// The runs of one extractor, kept from one document to the next: a run's arrays (the prefilter's
/// slots, the cue matches, the attributions found …) keep their storage, so a document allocates
/// none of them, and a run's copy of the lexicon is made once instead of once per document (a copy
/// retains each of its tables and the run's end releases each, on counts every thread shares).
///
/// A document takes a slot for the whole of its extraction and gives it back; documents on
/// different threads never share one. `ExtractionRun.restart(analysis:cliticMemo:)` makes a used
/// run a new one, so output does not depend on which run a document gets.
final class ExtractionRunPool: Sendable {
    /// A place for one run between documents (empty before its first document).
    ///
    /// Unchecked `Sendable`: a slot crosses threads only through the pool's lock, and one document
    /// at a time uses it.
    final class Slot: @unchecked Sendable {
        /// The run the last document used, done (nil before the first).
        var run: ExtractionRun?
        /// The analysis of an empty text, which the idle run holds instead of its last document, so
        /// that the memory of that document's analysis is the workspace's alone.
        let vacant = DocumentAnalysis(scalars: [], tokenizer: Tokenizer(), splitter: SentenceSplitter())
    }

    private let idle = Mutex<[Slot]>([])

    /// An idle slot, or a new empty one when every slot is in use.
    func take() -> Slot {
        idle.withLock { $0.popLast() } ?? Slot()
    }

    /// Makes `slot` (taken from this pool) available to the next document.
    func giveBack(_ slot: Slot) {
        idle.withLock { $0.append(slot) }
    }
}
