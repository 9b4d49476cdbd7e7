/// The runs of one extractor, kept from one document to the next: a run's arrays (the prefilter's
/// slots, the cue matches, the attributions found …) keep their storage, so a document allocates
/// none of them, and a run's copy of the lexicon is made once instead of once per document (a copy
/// retains each of its tables and the run's end releases each, on counts every thread shares).
///
/// A document takes a slot for the whole of its extraction and gives it back; documents on
/// different threads never share one. `ExtractionRun.restart(analysis:cliticMemo:)` makes a used
/// run a new one, so output does not depend on which run a document gets.
typealias ExtractionRunPool = ReusePool<ExtractionRunSlot>

extension ReusePool where Item == ExtractionRunSlot {
    /// A pool of slots, each empty when made.
    convenience init() {
        self.init { ExtractionRunSlot() }
    }
}
