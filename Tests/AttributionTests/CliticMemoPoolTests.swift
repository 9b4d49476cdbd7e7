import Dispatch
import Foundation
import Synchronization
import Testing
@testable import Attribution

/// One extractor keeps its clitic memos from one document to the next; what it writes for a document
/// does not depend on the documents it read before, in what order, or on how many threads.
@Suite("Clitic memo pool")
struct CliticMemoPoolTests {
    static func devTexts() throws -> [[Unicode.Scalar]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { Array(try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8).unicodeScalars) }
    }

    /// The `.ann` bytes of `scalars` from a run with a memo of its own, empty at the start.
    static func bytesWithFreshMemo(_ scalars: [Unicode.Scalar], _ extractor: Extractor) -> [UInt8] {
        let memo = CliticReadingMemo()
        var run = ExtractionRun(analysis: DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                                lexicon: extractor.lexicon, cliticMemo: memo)
        run.extract()
        return run.output().serializedUTF8(in: scalars)
    }

    @Test func documentsReadOneAfterAnotherGetTheBytesOfAFreshMemo() throws {
        let texts = try Self.devTexts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let fresh = texts.map { Self.bytesWithFreshMemo($0, extractor) }
        // (a document may have nothing to annotate; most have)
        #expect(fresh.filter { !$0.isEmpty }.count >= texts.count - 2)
        // twice over, forwards then backwards: every document after the first reads a used memo
        for order in [Array(texts.indices), Array(texts.indices.reversed())] {
            for index in order {
                #expect(extractor.annotationBytes(scalars: texts[index]).bytes == fresh[index], "document \(index)")
            }
        }
    }

    @Test func documentsOnTwoThreadsGetTheSameBytes() throws {
        let texts = try Self.devTexts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let expected = texts.map { Self.bytesWithFreshMemo($0, extractor) }
        let rounds = 4
        let results = Mutex<[Int: [UInt8]]>([:])
        DispatchQueue.concurrentPerform(iterations: texts.count * rounds) { job in
            let bytes = extractor.annotationBytes(scalars: texts[job % texts.count]).bytes
            results.withLock { $0[job] = bytes }
        }
        let got = results.withLock { $0 }
        #expect(got.count == texts.count * rounds)
        for (job, bytes) in got {
            #expect(bytes == expected[job % texts.count], "job \(job)")
        }
    }

    @Test func aMemoGivenBackKeepsItsAnswersForTheNextTaker() {
        let pool = CliticMemoPool()
        let first = pool.take()
        let second = pool.take()
        let word = Word("قال")
        first.remember(true, of: word, oneWordFormsOnly: false)
        #expect(second.value(of: word, oneWordFormsOnly: false) == nil)
        pool.giveBack(first)
        let next = pool.take()
        #expect(next.value(of: word, oneWordFormsOnly: false) == true)
        // and nothing idle is left: the next taker gets a new, empty memo
        #expect(pool.take().value(of: word, oneWordFormsOnly: false) == nil)
    }
}
