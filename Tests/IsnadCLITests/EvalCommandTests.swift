import Foundation
import Testing
@testable import IsnadCLI

@Suite struct EvalCommandTests {
    @Test func printsScoresPerLabelAttributionsStanceRulesAndDocuments() throws {
        let folders = try AgreeFixtureFolders()
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let predicted = try folders.write("pred", "doc", ann: AgreeFixtureFolders.other)
        try folders.write("pred", "extra", ann: AgreeFixtureFolders.other)
        let console = Console.memory()
        #expect(Isnad.main(["eval", gold, predicted], console: console) == 0, "\(console.error.text)")
        let out = console.output.text
        #expect(out.hasPrefix("Evaluation of \(predicted) against \(gold): 1 document\n"))
        #expect(out.contains("extra predictions without gold (left out): extra"))
        #expect(out.contains("attributions: P 1.000  R 0.500  F1 0.667"))
        #expect(out.contains("Stance accuracy on matched attributions: 0.000 (1 matched)"))
        #expect(out.contains("speech-verb-inna"))
        let json = Console.memory()
        #expect(Isnad.main(["eval", gold, predicted, "--json"], console: json) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.text.utf8)) as? [String: Any])
        let labels = try #require(object["labels"] as? [[String: Any]])
        let content = try #require(labels.first { $0["label"] as? String == "Content" })
        #expect((content["overlap"] as? [String: Any])?["f1"] as? Double == 2.0 / 3)
        #expect((content["exact"] as? [String: Any])?["f1"] as? Double == 0)
        #expect(object["stance_accuracy"] as? Double == 0)
    }

    @Test func foldersWithoutAnnotationsAndFilesAreRefusedHiddenFoldersSkipped() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let gold = root.appendingPathComponent("Annotations/gold/dev").path
        let folders = try AgreeFixtureFolders()
        // A prediction folder holding the gold news01, and junk in a hidden folder (as `check` skips it).
        let predicted = folders.root + "/pred"
        try FileManager.default.createDirectory(atPath: predicted + "/.git", withIntermediateDirectories: true)
        for name in ["news01.txt", "news01.ann"] { try FileManager.default.copyItem(atPath: gold + "/" + name, toPath: predicted + "/" + name) }
        try "broken\n".write(toFile: predicted + "/.git/junk.ann", atomically: true, encoding: .utf8)
        let empty = folders.root + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        for command in ["eval", "agree"] {
            let skipped = Console.memory()
            #expect(Isnad.main([command, gold, predicted, "--json"], console: skipped) == 0, "\(command): \(skipped.error.text)")
            #expect(!skipped.error.text.contains("junk"))
            for folder in [empty, gold + "/news01.ann"] {
                for operands in [[gold, folder], [folder, gold]] {
                    let console = Console.memory()
                    #expect(Isnad.main([command] + operands, console: console) == 1, "\(command) \(operands)")
                    #expect(console.output.text.isEmpty)
                    let message = folder == empty ? "\(empty): no .ann files in this folder or below"
                        : "\(gold)/news01.ann: not a folder: give the folder that holds the DOC.ann files"
                    #expect(console.error.text == "isnad \(command): " + message + (folder == empty ? " (names starting with a dot are skipped)\n" : "\n"))
                }
            }
        }
    }

    @Test func goldAgainstItselfScoresOneOnTheRealGoldSet() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let gold = root.appendingPathComponent("Annotations/gold/dev").path
        try #require(FileManager.default.fileExists(atPath: gold))
        let console = Console.memory()
        #expect(Isnad.main(["eval", gold, gold, "--json"], console: console) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.text.utf8)) as? [String: Any])
        let labels = try #require(object["labels"] as? [[String: Any]])
        for label in ["Source", "Cue", "Content"] {
            let row = try #require(labels.first { $0["label"] as? String == label })
            #expect((row["exact"] as? [String: Any])?["f1"] as? Double == 1, "\(label)")
            #expect((row["gold"] as? Int ?? 0) > 10)
        }
        #expect((object["attributions"] as? [String: Any])?["f1"] as? Double == 1)
        #expect(object["stance_accuracy"] as? Double == 1)
    }

    @Test func summaryCountsMatchedMissedSpuriousPerLabelAndPerDocument() throws {
        let (out, rows) = try Self.otherAgainstLead()
        // Content: gold 2, predicted 1 (a shorter span of the first): exact 0 matched, 2 missed, 1 spurious;
        // overlap 1 matched, 1 missed (the second clause), 0 spurious.
        #expect(rows.contains(["Content", "0", "2", "1", "1", "1", "0"]), "\(out)")
        #expect(rows.contains(["Cue", "1", "1", "0", "1", "1", "0"]))
        #expect(rows.contains(["Disclaimer", "0", "0", "0", "0", "0", "0"]))
        // The document: span F1 6/8, attribution F1 2/3, 5 gold and 3 predicted spans, 2 missed, 0 spurious.
        #expect(rows.contains(["doc", "0.750", "0.667", "5", "3", "2", "0"]))
    }

    @Test func undefinedScoresAreShortMarksWithTheReasonBelow() throws {
        let (out, rows) = try Self.otherAgainstLead()
        // Nobody marked a Disclaimer: its P, R, F1 are n/a with three reasons, each explained once below the tables.
        #expect(rows.contains(["Disclaimer", "n/a[1]", "n/a[2]", "n/a[3]", "n/a[1]", "n/a[2]", "n/a[3]", "0", "0"]), "\(out)")
        #expect(!out.contains("undefined ("))
        #expect(out.hasSuffix("\nundefined:\n  [1] nothing predicted (or marked by the second annotator): precision is 0/0\n"
                              + "  [2] nothing in gold (or marked by the first annotator): recall is 0/0\n"
                              + "  [3] no annotations on either side, 0/0\n"))
    }

    @Test func jsonSaysWhyAScoreIsUndefined() throws {
        let folders = try AgreeFixtureFolders()
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let console = Console.memory()
        #expect(Isnad.main(["eval", gold, gold, "--json"], console: console) == 0, "\(console.error.text)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.text.utf8)) as? [String: Any])
        let labels = try #require(object["labels"] as? [[String: Any]])
        let disclaimer = try #require(labels.first { $0["label"] as? String == "Disclaimer" }?["overlap"] as? [String: Any])
        #expect(disclaimer["f1"] is NSNull)
        let reasons = try #require(disclaimer["undefined"] as? [String: String])
        #expect(reasons["f1"] == "no annotations on either side, 0/0")
        #expect(reasons["precision"]?.contains("precision is 0/0") == true && reasons["recall"]?.contains("recall is 0/0") == true)
        let content = try #require(labels.first { $0["label"] as? String == "Content" }?["overlap"] as? [String: Any])
        #expect(content["f1"] as? Double == 1 && content["undefined"] == nil)
    }

    /// The terminal report of `eval` with the fixture's `other` as prediction and `lead` as gold,
    /// whole and as rows of space-separated cells.
    static func otherAgainstLead() throws -> (text: String, rows: [[String]]) {
        let folders = try AgreeFixtureFolders()
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let predicted = try folders.write("pred", "doc", ann: AgreeFixtureFolders.other)
        let console = Console.memory()
        #expect(Isnad.main(["eval", gold, predicted], console: console) == 0, "\(console.error.text)")
        let text = console.output.text
        return (text, text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) })
    }

    /// A newcomer's slip after `isnad annotate Corpora --out out`: `eval Annotations/gold/dev out`
    /// pairs nothing (out holds dev/news01), which scored every gold document as missed, exit 0.
    @Test func foldersWithoutADocumentInCommonAreRefused() throws {
        let gold = AnnotateTestSupport.root + "/Annotations/gold/dev"
        let folders = try AgreeFixtureFolders()
        let predicted = folders.root + "/out"
        try FileManager.default.createDirectory(atPath: predicted + "/dev", withIntermediateDirectories: true)
        for name in ["news01.txt", "news01.ann"] { try FileManager.default.copyItem(atPath: gold + "/" + name, toPath: predicted + "/dev/" + name) }
        for operands in [[gold, predicted], [gold, predicted, "--json"]] {
            let console = Console.memory()
            #expect(Isnad.main(["eval"] + operands, console: console) == 1)
            #expect(console.output.text.isEmpty)
            #expect(console.error.text == "isnad eval: no document of \(predicted) has the relative path of one in \(gold) "
                    + "(\(gold) has article.ann, \(predicted) has dev/news01.ann): give two folders at the same level\n", "\(console.error.text)")
        }
        #expect(Isnad.main(["eval", gold, predicted + "/dev"], console: Console.memory()) == 0)
    }

    /// `--json` carries the matched span counts per label that the text report's table shows.
    @Test func jsonHasTheMatchedSpansPerLabel() throws {
        let folders = try AgreeFixtureFolders()
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let predicted = try folders.write("pred", "doc", ann: AgreeFixtureFolders.other)
        let json = Console.memory()
        #expect(Isnad.main(["eval", gold, predicted, "--json"], console: json) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.text.utf8)) as? [String: Any])
        let labels = try #require(object["labels"] as? [[String: Any]])
        func matched(_ label: String, _ matching: String) -> Int? {
            (labels.first { $0["label"] as? String == label }?[matching] as? [String: Any])?["matched"] as? Int
        }
        // Content: gold "الاقتصاد ينمو بسرعة" and "البطالة …", predicted "الاقتصاد ينمو": no exact match, one overlap
        #expect(matched("Content", "exact") == 0 && matched("Content", "overlap") == 1)
        #expect(matched("Cue", "exact") == 1 && matched("micro", "overlap") == 3)
        #expect(matched("macro", "exact") == nil, "macro averages scores, it has no counts")
    }

    /// A named pipe called `DOC.ann` in a folder made eval (and check) wait for ever on reading it.
    @Test(.timeLimit(.minutes(1))) func namedPipeAnnotationFileIsAnErrorNotRead() throws {
        let folders = try AgreeFixtureFolders()
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let predicted = try folders.write("pred", "doc", ann: AgreeFixtureFolders.other)
        try #require(mkfifo(predicted + "/pipe.ann", 0o644) == 0)
        for command in [["eval", gold, predicted], ["check", predicted]] {
            let console = Console.memory()
            #expect(Isnad.main(command, console: console) == 1)
            let printed = console.output.text + console.error.text  // check lists its errors on standard output
            #expect(printed.contains("\(predicted)/pipe.ann: error: not a regular file"), "\(printed)")
        }
    }

    @Test func needsTwoFolders() {
        let console = Console.memory()
        #expect(Isnad.main(["eval", "gold"], console: console) == 2)
    }
}
