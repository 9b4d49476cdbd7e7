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

    /// The restrictions are printed on their records and explained in the file's header, and the help
    /// names them.
    @Test func printsTheRestrictionsOfTheRecords() throws {
        let console = Console.memory()
        #expect(Isnad.main(["rules", "cues"], console: console) == 0)
        let lines = console.output.text.split(separator: "\n")
        for (record, restriction) in [("speech-dhakara", "mention"), ("speech-akhbara", "mention"),
                                      ("speech-itarafa", "no-addressee"), ("speech-aqarra", "no-addressee"),
                                      ("hedge-tawaqqaa-participle", "comma-object"), ("speech-ikhtatama", "provided-that")] {
            let line = try #require(lines.first { $0.hasPrefix("cue \(record) |") })
            let constructions = line.split(separator: "|")[3].split(separator: " ")
            #expect(constructions.contains(Substring(restriction)), "\(line)")
            #expect(lines.contains { $0.hasPrefix("#   \(restriction) ") })
        }
        let help = Console.memory()
        #expect(Isnad.main(["help", "rules"], console: help) == 0)
        #expect(help.output.text.contains("clause-initial, mention, no-addressee, comma-object, provided-that"))
    }

    /// `isnad rules words` prints every named word list the constructions read, ready to copy.
    @Test func printsTheNamedWordLists() throws {
        let console = Console.memory()
        #expect(Isnad.main(["rules", "words"], console: console) == 0)
        let lines = console.output.text.split(separator: "\n")
        for name in WordListName.allCases {
            #expect(lines.contains { $0.hasPrefix("words \(name.rawValue) | ") }, "\(name.rawValue)")
        }
        #expect(lines.contains { $0.hasPrefix("#     words NAME | WORDS") })
        let all = Console.memory()
        #expect(Isnad.main(["rules"], console: all) == 0)
        #expect(all.output.text.contains("\nwords reactions | تقدير، ترحيب"))
    }

    @Test func unknownNameIsAUsageError() {
        let console = Console.memory()
        #expect(Isnad.main(["rules", "verbs"], console: console) == 2)
        #expect(console.error.text.contains("no default rule file 'verbs' (there are: cues.rules, words.rules"))
    }
}
