import Foundation
import Testing
@testable import Attribution

/// A document's analysis made in a workspace that earlier documents used (longer or shorter, in any
/// order) is the analysis made in fresh memory; what an earlier document's analysis still holds
/// (its keys, a word's readings) is never overwritten by the next one.
@Suite("Analysis workspace")
struct AnalysisWorkspaceTests {
    /// The dev texts, then a long run of long words and a text of one word (a long document before a
    /// short one, and the reverse).
    static func texts() throws -> [[Unicode.Scalar]] {
        let long = String(repeating: "والاستراتيجيات قال إن «المستشفيات» Internationalization-and-more، وأضاف:\n", count: 60)
        return try CliticMemoPoolTests.devTexts() + [Array(long.unicodeScalars), Array("قال".unicodeScalars)]
    }

    /// What the extraction reads of an analysis, the readings of every word included.
    struct Summary: Equatable {
        var tokens: [TokenSpanSummary]
        var keys: [String]
        var stems: [String]
        var sentences: [Range<Int>]
        var lineStarts: [Int]
        var lineOfToken: [Int]
        var sentenceOfToken: [Int]
        var readings: [[String]]
    }

    struct TokenSpanSummary: Equatable {
        var start: Int
        var end: Int
        var kind: String
    }

    static func summary(_ analysis: inout DocumentAnalysis) -> Summary {
        let indices = Array(analysis.tokens.indices)
        return Summary(tokens: analysis.tokens.map { TokenSpanSummary(start: $0.start, end: $0.end, kind: $0.kind.rawValue) },
                       keys: analysis.keys.map(\.text),
                       stems: indices.map { analysis.stemWithoutConjunction($0).text },
                       sentences: analysis.sentences.map(\.tokens),
                       lineStarts: analysis.lineStarts,
                       lineOfToken: analysis.lineOfToken,
                       sentenceOfToken: analysis.sentenceOfToken,
                       readings: indices.filter { analysis.isWord($0) }.map { index in
                           analysis.readings(index).map { "\($0.stem.text)|\($0.proclitics)|\($0.stemStart)|\($0.hasEnclitic)" }
                       })
    }

    @Test func aReusedWorkspaceGivesTheAnalysisOfFreshMemory() throws {
        let texts = try Self.texts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let fresh = texts.map { scalars in
            var analysis = DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            return Self.summary(&analysis)
        }
        #expect(fresh.allSatisfy { !$0.tokens.isEmpty })
        let workspace = AnalysisWorkspace()
        // forwards then backwards: every document reads memory an earlier one filled
        for index in Array(texts.indices) + Array(texts.indices.reversed()) {
            var analysis = DocumentAnalysis(scalars: texts[index], tokenizer: extractor.tokenizer, splitter: extractor.splitter,
                                            workspace: workspace)
            #expect(Self.summary(&analysis) == fresh[index], "document \(index)")
            analysis.recycle(into: workspace)
        }
    }

    @Test func whatAnEarlierAnalysisStillHoldsIsNotOverwritten() throws {
        let texts = try Self.texts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let workspace = AnalysisWorkspace()
        var first = DocumentAnalysis(scalars: texts[0], tokenizer: extractor.tokenizer, splitter: extractor.splitter,
                                     workspace: workspace)
        let expected = Self.summary(&first)
        let keys = first.keys
        let word = try #require(first.tokens.indices.first { first.isWord($0) && first.readings($0).count > 1 })
        let readings = first.readings(word)
        let held = readings.map(\.stem.text)
        first.recycle(into: workspace)
        // the next documents fill the workspace while the keys and the readings are still held
        for scalars in texts.dropFirst() {
            var next = DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter,
                                        workspace: workspace)
            _ = Self.summary(&next)
            next.recycle(into: workspace)
        }
        #expect(keys.map(\.text) == expected.keys)
        #expect(readings.map(\.stem.text) == held)
        #expect(held.count > 1)
    }

    @Test func aPoolHandsAWorkspaceBackToTheNextTaker() {
        let pool = AnalysisWorkspacePool()
        let first = pool.take()
        let second = pool.take()
        #expect(first !== second)
        pool.giveBack(first)
        #expect(pool.take() === first)
    }
}
