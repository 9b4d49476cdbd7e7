import Foundation
import Testing
import Attribution
@testable import IsnadCLI

@Suite struct RulesCommandTests {
    @Test func printsOneFileThatLoadsBackAsRules() throws {
        let console = Console.memory()
        #expect(Isnad.main(["rules", "cues"], console: console) == 0)
        let text = console.output.text
        #expect(text == RuleSet.defaultFiles.first { $0.name == "cues.rules" }?.text)
        #expect(text.contains("cue speech-qala | speech | Assert"))
        let rules = try RuleSet().adding(text: text, path: "cues.rules")
        #expect(rules.cues.contains { $0.forms.contains("قال") })
    }

    @Test func printsAllFilesWithHeadersAndLists() {
        let console = Console.memory()
        #expect(Isnad.main(["rules"], console: console) == 0)
        for file in RuleSet.defaultFiles {
            #expect(console.output.text.contains("# ==> \(file.name) <==\n"))
        }
        let list = Console.memory()
        #expect(Isnad.main(["rules", "--list"], console: list) == 0)
        #expect(list.output.text == "cues.rules\nwords.rules\ndisclaimers.rules\nenglish.rules\n")
    }

    @Test func unknownNameIsAUsageError() {
        let console = Console.memory()
        #expect(Isnad.main(["rules", "verbs"], console: console) == 2)
        #expect(console.error.text.contains("no default rule file 'verbs' (there are: cues.rules, words.rules"))
    }
}
