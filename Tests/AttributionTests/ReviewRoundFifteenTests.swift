import Foundation
import Testing
@testable import Attribution

/// Review 15: an extractor keeps runs, analysis workspaces and memos from one document to the next.
/// Whatever it read before, and whichever thread reads, a document's annotations must be those a new
/// extractor writes for it alone.
@Suite("Review round fifteen")
struct ReviewRoundFifteenTests {
    /// The dev texts and a few made to expose leftovers: Latin, no quotation, an empty text, a short one.
    static func texts() throws -> [[Unicode.Scalar]] {
        let made = [
            "Officials said the talks would resume. According to Reuters, \"nothing is final\".\n",
            "",
            "قال الوزير إن الاتفاق قريب.",
            "وأضاف أن المفاوضات مستمرة\nبحسب وكالة الأنباء الرسمية، فإن الوفد وصل.\n",
        ]
        return try CliticMemoPoolTests.devTexts() + made.map { Array($0.unicodeScalars) }
    }

    /// The bytes a new extractor writes for `text` alone.
    static func alone(_ text: [Unicode.Scalar]) throws -> [UInt8] {
        Extractor(rules: try RuleSet.defaults()).annotationBytes(scalars: text).bytes
    }

    @Test func documentsInAnyOrderGetTheBytesTheyGetAlone() throws {
        let texts = try Self.texts()
        let expected = try texts.map(Self.alone)
        let extractor = Extractor(rules: try RuleSet.defaults())
        // by length: longest then shortest alternately, then every document twice interleaved
        let byLength = texts.indices.sorted { texts[$0].count > texts[$1].count }
        var order: [Int] = []
        for step in 0..<byLength.count { order.append(step % 2 == 0 ? byLength[step / 2] : byLength[byLength.count - 1 - step / 2]) }
        order += texts.indices.reversed() + texts.indices.flatMap { [$0, (texts.count - 1 - $0)] }
        for index in order {
            #expect(extractor.annotationBytes(scalars: texts[index]).bytes == expected[index], "document \(index)")
            // the annotation document path through the same pooled run
            let document = extractor.annotate(scalars: texts[index])
            #expect(Array(document.serialized().utf8) == expected[index], "document \(index) (annotate)")
        }
    }

    @Test func twoThreadsOnOneExtractorGetTheBytesTheyGetAlone() throws {
        let texts = try Self.texts()
        let expected = try texts.map(Self.alone)
        let extractor = Extractor(rules: try RuleSet.defaults())
        let mismatches = Mismatches()
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            let order = thread == 0 ? Array(texts.indices) + Array(texts.indices) : texts.indices.reversed() + texts.indices.reversed()
            for index in order where extractor.annotationBytes(scalars: texts[index]).bytes != expected[index] {
                mismatches.add(index)
            }
        }
        #expect(mismatches.all.isEmpty)
    }

    /// Documents whose bytes differed, from any thread.
    final class Mismatches: @unchecked Sendable {
        private let lock = NSLock()
        private var indices: [Int] = []
        func add(_ index: Int) { lock.withLock { indices.append(index) } }
        var all: [Int] { lock.withLock { indices } }
    }
}
