import Testing
@testable import Attribution

/// A cue match holds its form and rule without a count (`unowned(unsafe)`): safe only while every match
/// points at objects of the lexicon its run holds. Checked on every match of the dev corpus, and after
/// the extractor that made the run is gone.
@Suite("Cue match lifetime")
struct CueMatchLifetimeTests {
    @Test func everyMatchPointsIntoItsRunsLexicon() throws {
        let texts = try CliticMemoPoolTests.devTexts()
        var runs: [ExtractionRun] = []
        do {
            let extractor = Extractor(rules: try RuleSet.defaults())
            for text in texts {
                var run = ExtractionRun(analysis: DocumentAnalysis(scalars: text, tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                                        lexicon: extractor.lexicon, cliticMemo: CliticReadingMemo())
                run.extract()
                runs.append(run)
            }
        }
        // the extractor is gone: its runs' lexicon copies keep the forms and rules alive
        var matches = 0
        for run in runs {
            for match in run.cueMatches {
                let forms = run.lexicon.cues[match.entry.words[0]] ?? []
                #expect(forms.contains { $0 === match.entry })
                #expect(run.lexicon.ruleReferences[match.entry.rule] === match.ruleReference)
                #expect(!match.ruleReference.rule.name.isEmpty)
                matches += 1
            }
        }
        #expect(matches > 50)
    }
}
