import ArabicText

/// A place for one run between documents (`ExtractionRunPool`; empty before its first document).
///
/// Unchecked `Sendable`: a slot crosses threads only through the pool's lock, and one document at a
/// time uses it.
final class ExtractionRunSlot: @unchecked Sendable {
    /// The run the last document used, done (nil before the first).
    var run: ExtractionRun?
    /// The analysis of an empty text, which the idle run holds instead of its last document, so
    /// that the memory of that document's analysis is the workspace's alone.
    let vacant = DocumentAnalysis(scalars: [], tokenizer: Tokenizer(), splitter: SentenceSplitter())
}
