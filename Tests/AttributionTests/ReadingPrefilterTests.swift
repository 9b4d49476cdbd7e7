import Foundation
import Testing
@testable import Attribution

/// The tests that spare a word its clitic readings never rule out a word whose readings would have
/// answered yes.
@Suite("Reading prefilters")
struct ReadingPrefilterTests {
    /// The dev corpus and seven words with an object-start stem before a pronoun (five with a final ة written ت).
    static func texts() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let corpus = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        return corpus + ["أكدت أهميتها، ضرورته، رغبتهم، دعمه، التزامها، صحتها، عودتهم بإجراء بالقول لسماع فلقد عنه منها عليهم"]
    }

    /// `mayReadWithPronoun` passes every word that reads as an object-start word with an attached
    /// pronoun, and rules most words out.
    @Test func pronounPrefilterPassesEveryObjectStartWithPronoun() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let lexicon = extractor.lexicon
        var words = 0, passed = 0, readsAsObject = 0, missed: [String] = []
        for text in try Self.texts() {
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            var run = ExtractionRun(analysis: analysis, lexicon: lexicon)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                let reads = run.doc.readings(index).contains {
                    $0.hasEnclitic && $0.proclitics.isEmpty && lexicon.objectStarts.contains($0.stem)
                }
                let mayRead = run.mayReadWithPronoun(index, asOneOf: lexicon.objectStartFilter)
                if reads && !mayRead { missed.append(analysis.keys[index].text) }
                words += 1
                if mayRead { passed += 1 }
                if reads { readsAsObject += 1 }
            }
        }
        #expect(missed.isEmpty)
        #expect(readsAsObject >= 7)   // the seven made-up words at least
        #expect(passed < words / 10)
    }

    /// With the prepositions, `mayReadWithPronoun` passes every word that reads as a preposition with an
    /// attached pronoun (`عنه`، `منها`، `عليهم`); `endsWithTehMarbuta` answers as `surfaceHasSuffix(_:_:)` with ة.
    @Test func prepositionPrefilterAndTehMarbutaTest() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let lexicon = extractor.lexicon
        var readsAsPreposition = 0, endsWithTeh = 0, missed: [String] = [], disagreements: [String] = []
        for text in try Self.texts() {
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            var run = ExtractionRun(analysis: analysis, lexicon: lexicon)
            for index in analysis.tokens.indices {
                let teh = run.endsWithTehMarbuta(index)
                if teh != analysis.surfaceHasSuffix(index, "ة") { disagreements.append(analysis.surface(index)) }
                if teh { endsWithTeh += 1 }
                guard analysis.isWord(index), !lexicon.prepositions.contains(analysis.keys[index]),
                      analysis.reads(index, asOneOf: lexicon.prepositions, proclitics: [], enclitic: true) else { continue }
                readsAsPreposition += 1
                if !run.mayReadWithPronoun(index, asOneOf: lexicon.prepositionFilter) { missed.append(analysis.keys[index].text) }
            }
        }
        #expect(missed.isEmpty)
        #expect(disagreements.isEmpty)
        #expect(readsAsPreposition >= 3)
        #expect(endsWithTeh > 100)
    }

    /// `mayReadAfterConjunctions` passes every word that reads as a relative or a boundary word with
    /// up to two of و ف (`والذي`، `فالتي`، `ولكن`), and rules most words out.
    @Test func conjunctionPrefilterPassesEveryRelativeAndBoundary() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let lexicon = extractor.lexicon
        var reads = 0, passed = 0, words = 0, missed: [String] = []
        for text in try Self.texts() + ["والذي فالتي وفالذين ولكن فحيث"] {
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            var run = ExtractionRun(analysis: analysis, lexicon: lexicon)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                for (set, filter) in [(lexicon.relatives, lexicon.relativeFilter), (lexicon.boundaries, lexicon.boundaryFilter)] {
                    let readsAsOne = analysis.reads(index, asOneOf: set)
                    let mayRead = run.mayReadAfterConjunctions(index, asOneOf: filter)
                    if readsAsOne && !mayRead { missed.append(analysis.keys[index].text) }
                    words += 1
                    if readsAsOne { reads += 1 }
                    if mayRead { passed += 1 }
                }
            }
        }
        #expect(missed.isEmpty)
        #expect(reads >= 5)
        #expect(passed < words / 5)
    }

    /// `mayReadAsKana` passes every word that reads as كان، كانت، كانوا with و/ف (`وكان`، `فكانت`).
    @Test func kanaPrefilterPassesEveryFormOfKana() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        var readsAsKana = 0, passed = 0, words = 0, missed: [String] = []
        for text in try Self.texts() + ["وكان فكانت كانوا وكانوا"] {
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                let reads = analysis.reads(index, asOneOf: ExtractionRun.kana)
                let mayRead = ExtractionRun.mayReadAsKana(analysis.keys[index])
                if reads && !mayRead { missed.append(analysis.keys[index].text) }
                words += 1
                if reads { readsAsKana += 1 }
                if mayRead { passed += 1 }
            }
        }
        #expect(missed.isEmpty)
        #expect(readsAsKana >= 4)
        #expect(passed < words / 20)
    }

    /// A word read with a proclitic starts with that proclitic's letter: the first-letter test before the
    /// readings of `startsGovernedObject`, `object` and a trailing proclitic (`وفقا لـ`) rules out no reading.
    @Test func procliticReadingsStartWithTheirLetter() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        var checked = 0, mismatches: [String] = []
        for text in try Self.texts() {
            var analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                let first = analysis.keys[index].firstScalar
                for reading in analysis.readings(index) {
                    guard let proclitic = reading.proclitics.first else { continue }
                    checked += 1
                    if Word(proclitic).firstScalar != first { mismatches.append(analysis.keys[index].text) }
                }
            }
        }
        #expect(mismatches.isEmpty)
        #expect(checked > 1_000)
    }
}
