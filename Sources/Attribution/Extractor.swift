import ArabicText
import Standoff

/// The rule-based attribution extractor: reads a text and returns its Source, Cue, Content and
/// Disclaimer annotations with Stance, Form and a `rule:` note on every event.
public struct Extractor: Sendable {
    /// The rules in use.
    public let rules: RuleSet
    let lexicon: Lexicon
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    /// The clitic prefilter's memos, reused across documents.
    let cliticMemos = CliticMemoPool()
    /// The memory of the documents' analyses, reused across documents.
    let workspaces = AnalysisWorkspacePool()

    /// An extractor for `rules` (the lexicon is compiled once here).
    public init(rules: RuleSet) {
        self.rules = rules
        tokenizer = Tokenizer()
        splitter = SentenceSplitter()
        lexicon = Lexicon(rules: rules, tokenizer: tokenizer)
        ScalarClass.prepare()
        Clitics.prepare()
    }

    /// The annotations of `text`: offsets are Unicode scalar offsets into `text`.
    public func annotate(_ text: String) -> AnnotationDocument {
        annotate(scalars: Array(text.unicodeScalars))
    }

    /// The annotations of a text given as its Unicode scalars (as `TextFile.scalars` holds them):
    /// the same as `annotate(_:)` on the text, without decoding it again.
    public func annotate(scalars: [Unicode.Scalar]) -> AnnotationDocument {
        withRun(scalars) { $0.document() }
    }

    /// The `.ann` text of a text given as its Unicode scalars, as UTF-8 bytes with its counts: the
    /// bytes of `annotate(scalars:).serializedUTF8()`, written without building the document.
    /// (Never inlined: profiles count the extractor's instructions as those of this call.)
    @inline(never)
    public func annotationBytes(scalars: [Unicode.Scalar]) -> SerializedAnnotations {
        withRun(scalars) { run in
            let output = run.output()
            return SerializedAnnotations(bytes: output.serializedUTF8(in: scalars), spans: output.spans.count,
                                         attributions: output.events.count)
        }
    }

    /// What `body` makes of the extraction over `scalars`, done; the run's memory goes back to the
    /// pools for the next document once `body` returns.
    private func withRun<Result>(_ scalars: [Unicode.Scalar], _ body: (ExtractionRun) -> Result) -> Result {
        let memo = cliticMemos.take()
        let workspace = workspaces.take()
        let result = extraction(scalars, memo: memo, workspace: workspace, body)
        cliticMemos.giveBack(memo)
        workspaces.giveBack(workspace)
        return result
    }

    /// What `body` makes of the extraction over `scalars` with `memo` and `workspace`; the run is
    /// gone when this returns (nothing of it still holds the workspace's memory).
    private func extraction<Result>(_ scalars: [Unicode.Scalar], memo: CliticReadingMemo, workspace: AnalysisWorkspace,
                                    _ body: (ExtractionRun) -> Result) -> Result {
        var run = ExtractionRun(analysis: DocumentAnalysis(scalars: scalars, tokenizer: tokenizer, splitter: splitter,
                                                           workspace: workspace),
                                lexicon: lexicon, cliticMemo: memo)
        run.extract()
        let result = body(run)
        run.doc.recycle(into: workspace)
        return result
    }
}
