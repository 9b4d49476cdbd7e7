import Foundation
import Testing
@testable import IsnadCLI

@Suite struct TokenizeCommandTests {
    func run(_ arguments: [String], input: String = "") -> (status: Int32, output: String, error: String) {
        let console = Console.memory(input: Array(input.utf8))
        let status = Isnad.main(["tokenize"] + arguments, console: console)
        return (status, console.output.text, console.error.text)
    }

    @Test func tsvLinesCarryKindOffsetsSurfaceAndNormalized() {
        let result = run([], input: "وقال (@CNN): \"نعم\"")
        #expect(result.status == 0)
        #expect(result.output == """
            word\t0\t4\tوقال\tوقال
            punctuation\t5\t6\t(\t(
            mention\t6\t10\t@CNN\t@CNN
            punctuation\t10\t11\t)\t)
            punctuation\t11\t12\t:\t:
            quote\t13\t14\t"\t"
            word\t14\t17\tنعم\tنعم
            quote\t17\t18\t"\t"

            """)
    }

    @Test func sentencesAndJSONLines() {
        let result = run(["--sentences", "--format", "jsonl"], input: "\u{FEFF}قال: «نعم».\r\nانتهى")
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines.first == #"{"kind":"word","start":1,"end":4,"surface":"قال","normalized":"قال","sentence":0,"paragraph":0}"#)
        #expect(lines.last == #"{"kind":"word","start":14,"end":19,"surface":"انتهى","normalized":"انتهي","sentence":1,"paragraph":1}"#)
        let tsv = run(["--sentences"], input: "أ. ب. قال. نعم")
        #expect(tsv.output.split(separator: "\n").map { $0.split(separator: "\t").suffix(2).joined(separator: " ") }
                == ["0 0", "0 0", "0 0", "0 0", "0 0", "0 0", "1 0"])
    }

    @Test func everyCorpusFileTokenizesAndSeveralFilesAreLabelled() {
        let root = NormalizeCommandTests.root + "/Corpora/dev/"
        let result = run([root + "news01.txt", root + "news02.txt"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count > 300)
        #expect(lines.allSatisfy { $0.hasPrefix(root + "news01.txt\t") || $0.hasPrefix(root + "news02.txt\t") })
    }

    @Test func badInputAndOptions() {
        let scratch = NormalizeScratch()
        let bad = scratch.file("bad.txt", [0x61, 0x62, 0xFF, 0x63])
        let result = run([bad])
        #expect(result.status == 1)
        #expect(result.error == "\(bad): not valid UTF-8 at byte 2\n")
        let format = run(["--format", "xml"])
        #expect(format.status == 2)
        #expect(format.error.contains("tsv or jsonl"))
        #expect(run([], input: "") == (0, "", ""))
    }

    @Test func fieldEscaping() {
        #expect(TokenizeCommand.tsv("a\tb\\c\nd") == "a\\tb\\\\c\\nd")
        #expect(TokenizeCommand.json("\"x\"\u{1}") == "\"\\\"x\\\"\\u0001\"")
    }
}
