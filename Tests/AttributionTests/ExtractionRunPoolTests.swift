import Foundation
import Testing
@testable import Attribution

/// An extractor keeps its runs from one document to the next; a restarted run writes for a document
/// what a new run writes, whatever the documents it read before (longer or shorter, with more or fewer
/// attributions).
@Suite("Extraction run pool")
struct ExtractionRunPoolTests {
    @Test func aRestartedRunWritesWhatANewRunWrites() throws {
        let texts = try CliticMemoPoolTests.devTexts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        // a new run with an empty memo for each document
        let expected = texts.map { CliticMemoPoolTests.bytesWithFreshMemo($0, extractor) }
        #expect(expected.filter { !$0.isEmpty }.count >= texts.count - 2)
        // one run through every document, then backwards: each restart follows a longer or a shorter one
        let memo = CliticReadingMemo()
        var run = ExtractionRun(analysis: DocumentAnalysis(scalars: [], tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                                lexicon: extractor.lexicon, cliticMemo: memo)
        run.extract()
        for index in Array(texts.indices) + Array(texts.indices.reversed()) {
            let analysis = DocumentAnalysis(scalars: texts[index], tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            run.restart(analysis: analysis, cliticMemo: memo)
            run.extract()
            #expect(run.output().serializedUTF8(in: texts[index]) == expected[index], "document \(index)")
        }
        // an empty document after a full one finds nothing
        run.restart(analysis: DocumentAnalysis(scalars: [], tokenizer: extractor.tokenizer, splitter: extractor.splitter), cliticMemo: memo)
        run.extract()
        #expect(run.found.isEmpty && run.disclaimers.isEmpty && run.cueMatches.isEmpty)
    }

    @Test func aSlotGivenBackHoldsItsRunForTheNextTaker() throws {
        let pool = ExtractionRunPool()
        let first = pool.take()
        #expect(first.run == nil)
        let extractor = Extractor(rules: try RuleSet.defaults())
        let scalars = Array("قال الوزير إن الاتفاق قريب.".unicodeScalars)
        first.run = ExtractionRun(analysis: DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                                  lexicon: extractor.lexicon, cliticMemo: CliticReadingMemo())
        // a second document at the same time gets a slot of its own
        #expect(pool.take() !== first)
        pool.giveBack(first)
        let next = pool.take()
        #expect(next === first && next.run != nil)
        #expect(pool.take().run == nil)
    }

    @Test func theExtractorReusesItsRunAcrossDocuments() throws {
        let texts = try CliticMemoPoolTests.devTexts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        for text in texts.prefix(3) { _ = extractor.annotationBytes(scalars: text) }
        // one thread: one slot, holding the run of the last document, retired (`ExtractionRun.retire`):
        // its analysis gave its memory back and the idle run holds the vacant (empty-text) analysis
        let slot = extractor.runs.take()
        #expect(slot.run != nil)
        #expect(slot.run?.doc.scalars == [])
        #expect(extractor.runs.take().run == nil)
    }
}
