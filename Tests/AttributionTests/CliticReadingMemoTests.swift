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

    /// Two words of one slot are both remembered (the second in the slot's partner); a third word of
    /// the pair pushes one out, and a word pushed out is asked again (nil), never answered wrongly.
    @Test func twoWordsShareASlotPairAndAThirdPushesOneOut() {
        let memo = CliticReadingMemo()
        // three different words whose hashes fall in one slot pair (the top 12 bits alike)
        let first = Word("وقال", pretendingHash: 5 << 51)
        let second = Word("فأكد", pretendingHash: 5 << 51 | 1)
        let third = Word("وبحسب", pretendingHash: 4 << 51 | 7)
        memo.remember(true, of: first, oneWordFormsOnly: false)
        memo.remember(false, of: second, oneWordFormsOnly: false)
        memo.remember(true, of: second, oneWordFormsOnly: true)
        #expect(memo.value(of: first, oneWordFormsOnly: false) == true)
        #expect(memo.value(of: first, oneWordFormsOnly: true) == nil)
        #expect(memo.value(of: second, oneWordFormsOnly: false) == false)
        #expect(memo.value(of: second, oneWordFormsOnly: true) == true)
        memo.remember(false, of: third, oneWordFormsOnly: true)
        #expect(memo.value(of: third, oneWordFormsOnly: true) == false)
        #expect(memo.value(of: third, oneWordFormsOnly: false) == nil)
        // the third took its slot (4, where the first had moved), the first moved to the partner (5)
        // and pushed the second out
        #expect(memo.value(of: first, oneWordFormsOnly: false) == true)
        #expect(memo.value(of: second, oneWordFormsOnly: false) == nil)
        #expect(memo.value(of: second, oneWordFormsOnly: true) == nil)
    }

    /// Two different words with one 64-bit hash never share an answer: the memo compares the words'
    /// texts, so the second is asked again instead of being given the first one's answer.
    @Test func wordsWithOneHashDoNotShareAnAnswer() {
        let memo = CliticReadingMemo()
        let cue = Word("وأكد", pretendingHash: 0xDEAD_BEEF)
        let other = Word("والبيت", pretendingHash: 0xDEAD_BEEF)
        memo.remember(true, of: cue, oneWordFormsOnly: false)
        #expect(memo.value(of: other, oneWordFormsOnly: false) == nil)
        memo.remember(false, of: other, oneWordFormsOnly: false)
        #expect(memo.value(of: other, oneWordFormsOnly: false) == false)
        // both are kept (slot and partner), each with its own answer
        #expect(memo.value(of: cue, oneWordFormsOnly: false) == true)
    }

    /// A word longer than 16 bytes is not remembered: it is always tested afresh.
    @Test func longWordsAreNotRemembered() {
        let memo = CliticReadingMemo()
        let long = Word("والاستثمارات")
        #expect(long.isLong)
        memo.remember(true, of: long, oneWordFormsOnly: false)
        #expect(memo.value(of: long, oneWordFormsOnly: false) == nil)
    }
}
