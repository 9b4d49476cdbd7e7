/// The clitic prefilter's memos of one extractor, kept from one document to the next: their answers
/// depend only on the extractor's rules, so a memo filled on one document answers for the words of the
/// next (most recur), and its table is made once per thread instead of once per document.
///
/// A document takes a memo for the whole of its run and gives it back; documents on different
/// threads never share one. Output does not depend on which memo a document gets.
typealias CliticMemoPool = ReusePool<CliticReadingMemo>

extension ReusePool where Item == CliticReadingMemo {
    /// A pool of memos, each empty when made.
    convenience init() {
        self.init { CliticReadingMemo() }
    }
}
