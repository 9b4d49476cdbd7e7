import Foundation
import Testing
@testable import Attribution

/// The cue prefilter with remembered clitic answers passes exactly the tokens it passes without.
@Suite("Clitic reading memo")
struct CliticReadingMemoTests {
    /// Every word of the dev corpus, in the order the extraction asks (last token first, one memo per
    /// text, words recurring): the same answer with and without the memo.
    @Test func memoGivesThePrefilterAnswerOnTheDevCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let extractor = Extractor(rules: try RuleSet.defaults())
        var words = 0, passed = 0, disagreements: [String] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            let memo = CliticReadingMemo()
            // twice over the text: the second pass answers from the memo
            for _ in 0..<2 {
                for index in analysis.tokens.indices.reversed() where analysis.isWord(index) {
                    let next = analysis.isWord(index + 1) ? analysis.keys[index + 1].hash : nil
                    let plain = extractor.lexicon.mayStartCue(analysis.keys[index], nextWordHash: next)
                    let remembered = extractor.lexicon.mayStartCue(analysis.keys[index], nextWordHash: next, memo: memo)
                    if plain != remembered { disagreements.append("\(name): \(analysis.keys[index].text)") }
                    words += 1
                    if plain { passed += 1 }
                }
            }
        }
        #expect(disagreements.isEmpty)
        #expect(words > 4_000)
        // the prefilter passes some words and rules most out
        #expect(passed > 100 && passed < words / 2)
    }
}
