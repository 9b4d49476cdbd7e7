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

    /// What a prefilter answered over every word of the texts: how many words it was asked of, how many
    /// it passed, how many the full test answers yes for, and the words it ruled out that the full test passes.
    struct Tally {
        var words = 0, passed = 0, answeredYes = 0
        var missed: [String] = []
    }

    /// Asks `answers` (the full test's answer, the prefilter's) of every word token of `texts()` and `extra`.
    static func tally(extra: String = "", _ answers: (inout ExtractionRun, Int) -> (full: Bool, prefilter: Bool)) throws -> Tally {
        let extractor = Extractor(rules: try RuleSet.defaults())
        var tally = Tally()
        for text in try texts() + [extra] {
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            let memo = CliticReadingMemo()
            var run = ExtractionRun(analysis: analysis, lexicon: extractor.lexicon, cliticMemo: memo)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                let (full, prefilter) = answers(&run, index)
                if full && !prefilter { tally.missed.append(analysis.keys[index].text) }
                tally.words += 1
                if full { tally.answeredYes += 1 }
                if prefilter { tally.passed += 1 }
            }
        }
        return tally
    }

    /// `mayReadWithPronoun` passes every word that reads as an object-start word with an attached
    /// pronoun, and rules most words out.
    @Test func pronounPrefilterPassesEveryObjectStartWithPronoun() throws {
        let lexicon = Extractor(rules: try RuleSet.defaults()).lexicon
        let tally = try Self.tally { run, index in
            (run.doc.readings(index).contains { $0.hasEnclitic && $0.proclitics.isEmpty && lexicon.objectStarts.contains($0.stem) },
             run.mayReadWithPronoun(index, asOneOf: lexicon.objectStartFilter))
        }
        #expect(tally.missed.isEmpty)
        #expect(tally.answeredYes >= 7)   // the seven made-up words at least
        #expect(tally.passed < tally.words / 10)
    }

    /// With the prepositions, `mayReadWithPronoun` passes every word that reads as a preposition with an
    /// attached pronoun (`عنه`، `منها`، `عليهم`); `endsWithTehMarbuta` answers as `surfaceHasSuffix(_:_:)` with ة.
    @Test func prepositionPrefilterAndTehMarbutaTest() throws {
        let lexicon = Extractor(rules: try RuleSet.defaults()).lexicon
        let prepositions = try Self.tally { run, index in
            (!lexicon.prepositions.contains(run.doc.keys[index])
                && run.doc.reads(index, asOneOf: lexicon.prepositions, proclitics: [], enclitic: true),
             run.mayReadWithPronoun(index, asOneOf: lexicon.prepositionFilter))
        }
        #expect(prepositions.missed.isEmpty)
        #expect(prepositions.answeredYes >= 3)
        // both ways: a word the surface test passes and the scalar test does not is "missed" too
        let teh = try Self.tally { run, index in (run.doc.surfaceHasSuffix(index, "ة"), run.endsWithTehMarbuta(index)) }
        let tehReversed = try Self.tally { run, index in (run.endsWithTehMarbuta(index), run.doc.surfaceHasSuffix(index, "ة")) }
        #expect(teh.missed.isEmpty && tehReversed.missed.isEmpty)
        #expect(teh.answeredYes > 100)
    }

    /// `mayReadAfterConjunctions` passes every word that reads as a relative or a boundary word with
    /// up to two of و ف (`والذي`، `فالتي`، `ولكن`), and rules most words out.
    @Test func conjunctionPrefilterPassesEveryRelativeAndBoundary() throws {
        let lexicon = Extractor(rules: try RuleSet.defaults()).lexicon
        for (words, forms) in [(lexicon.relatives, lexicon.relativeForms), (lexicon.boundaries, lexicon.boundaryForms)] {
            let tally = try Self.tally(extra: "والذي فالتي وفالذين ولكن فحيث") { run, index in
                (run.doc.reads(index, asOneOf: words), run.mayReadAfterConjunctions(index, asOneOf: forms))
            }
            #expect(tally.missed.isEmpty)
            #expect(tally.answeredYes >= 2)
            #expect(tally.passed < tally.words / 5)
        }
    }

    /// `mayReadAsKana` passes every word that reads as كان، كانت، كانوا with و/ف (`وكان`، `فكانت`).
    @Test func kanaPrefilterPassesEveryFormOfKana() throws {
        let tally = try Self.tally(extra: "وكان فكانت كانوا وكانوا") { run, index in
            (run.doc.reads(index, asOneOf: ExtractionRun.kana), ExtractionRun.mayReadAsKana(run.doc.keys[index]))
        }
        #expect(tally.missed.isEmpty)
        #expect(tally.answeredYes >= 4)
        #expect(tally.passed < tally.words / 20)
    }

    /// A word read with a proclitic starts with that proclitic's letter: the first-letter test before the
    /// readings of `startsGovernedObject`, `object` and a trailing proclitic (`وفقا لـ`) rules out no reading.
    @Test func procliticReadingsStartWithTheirLetter() throws {
        var checked = 0
        let tally = try Self.tally { run, index in
            let first = run.doc.keys[index].firstScalar
            let proclitics = run.doc.readings(index).compactMap(\.proclitics.first)
            checked += proclitics.count
            return (!proclitics.isEmpty, proclitics.allSatisfy { Word($0).firstScalar == first })
        }
        #expect(tally.missed.isEmpty)
        #expect(checked > 1_000)
    }
}
