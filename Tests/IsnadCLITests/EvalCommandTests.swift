import Foundation
import Testing
@testable import IsnadCLI

@Suite struct EvalCommandTests {
    @Test func printsScoresPerLabelAttributionsStanceRulesAndDocuments() throws {
        let folders = try AgreeFixtureFolders()
        defer { folders.remove() }
        let gold = try folders.write("gold", "doc", ann: AgreeFixtureFolders.lead)
        let predicted = try folders.write("pred", "doc", ann: AgreeFixtureFolders.other)
        try folders.write("pred", "extra", ann: AgreeFixtureFolders.other)
        let console = Console.memory()
        #expect(Isnad.main(["eval", gold, predicted], console: console) == 0, "\(console.error.text)")
        let out = console.output.text
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

    @Test func needsTwoFolders() {
        let console = Console.memory()
        #expect(Isnad.main(["eval", "gold"], console: console) == 2)
    }
}
