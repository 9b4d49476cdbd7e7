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
    /// The runs, reused across documents (their arrays and lexicon copy).
    let runs = ExtractionRunPool()
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
        let output = withRun(scalars) { $0.output() }
        return SerializedAnnotations(bytes: output.serializedUTF8(in: scalars), spans: output.spans.count,
                                     attributions: output.events.count)
    }

    /// `body` of the extraction over `scalars`, done: a run, a memo and a workspace from the pools,
    /// given back after `body` (the run without its document, whose memory goes to the workspace).
    private func withRun<Result>(_ scalars: [Unicode.Scalar], _ body: (borrowing ExtractionRun) -> Result) -> Result {
        let memo = cliticMemos.take()
        let workspace = workspaces.take()
        let slot = runs.take()
        defer {
            cliticMemos.giveBack(memo)
            workspaces.giveBack(workspace)
            runs.giveBack(slot)
        }
        let analysis = DocumentAnalysis(scalars: scalars, tokenizer: tokenizer, splitter: splitter, workspace: workspace)
        // the run is moved out of its slot and back (no copy)
        var run: ExtractionRun
        if var used = slot.run.take() {
            used.restart(analysis: analysis, cliticMemo: memo)
            run = used
        } else {
            run = ExtractionRun(analysis: analysis, lexicon: lexicon, cliticMemo: memo)
        }
        run.extract()
        let result = body(run)
        run.retire(into: workspace, holding: slot.vacant)
        slot.run = consume run
        return result
    }
}
