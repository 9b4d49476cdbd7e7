import ArabicText
import Foundation
import Testing
@testable import Attribution

/// A word's readings, kept in the document's one growing store, are its clitic candidates, and stay
/// so while the store grows (asked in any order, again and again, read after later words were added).
@Suite("Word reading store")
struct WordReadingStoreTests {
    @Test func readingsAreTheCliticCandidatesWhileTheStoreGrows() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Corpora/dev/article.txt"), encoding: .utf8)
        let extractor = Extractor(rules: try RuleSet.defaults())
        let scalars = Array(text.unicodeScalars)
        var analysis = DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        let tokens = extractor.tokenizer.tokenize(scalars)
        let words = analysis.tokens.indices.filter { analysis.isWord($0) }
        #expect(words.count > 500)
        // the first word's readings, held while every other word's are added after them
        let held = analysis.readings(words[0])
        var splits = 0, disagreements: [String] = []
        for index in words.reversed() + words {
            let readings = analysis.readings(index)
            let candidates = Clitics.candidates(for: tokens[index])
            let stems = candidates.map({ Lexicon.key($0.stem.text) })
            let proclitics = candidates.map({ $0.proclitics.map(\.text) })
            let starts = candidates.map(\.stem.start)
            let enclitics = candidates.map({ $0.enclitic != nil })
            let agrees = readings.map(\.stem) == stems && readings.map(\.proclitics) == proclitics
                && readings.map(\.stemStart) == starts && readings.map(\.hasEnclitic) == enclitics
            if !agrees { disagreements.append(tokens[index].surface) }
            splits += readings.count - 1
        }
        #expect(disagreements.isEmpty)
        #expect(splits > 500)
        #expect(held.map(\.stem) == Clitics.candidates(for: tokens[words[0]]).map { Lexicon.key($0.stem.text) })
        #expect(held.count == analysis.readings(words[0]).count)
    }
}
