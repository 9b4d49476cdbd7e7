import Foundation
import Testing
import TestSupport
@testable import IsnadCLI

/// Annotation folders made on disk for the `agree` and `eval` command tests.
struct AgreeFixtureFolders {
    /// Removed with everything in it when the last copy of these folders goes away.
    let scratch: TemporaryFolder
    /// The folder the annotators' folders are made in.
    var root: String { scratch.path }
    static let text = "قال الرئيس إن الاقتصاد ينمو بسرعة.\nوأضاف أن البطالة تراجعت هذا العام.\n"

    init() throws {
        scratch = try TemporaryFolder(prefix: "isnad-agree")
    }

    /// Writes `DOC.txt` and `DOC.ann` into `folder` (relative to the root) and returns the folder's path.
    @discardableResult
    func write(_ folder: String, _ document: String, ann: [String], text: String = AgreeFixtureFolders.text) throws -> String {
        let path = root + "/" + folder
        try FileManager.default.createDirectory(atPath: path + "/" + (document as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path + "/" + document + ".txt", atomically: true, encoding: .utf8)
        try (ann.joined(separator: "\n") + (ann.isEmpty ? "" : "\n")).write(toFile: path + "/" + document + ".ann", atomically: true, encoding: .utf8)
        return path
    }

    /// A `T` line for the first occurrence of `needle` in `text`.
    static func t(_ id: String, _ label: String, _ needle: String, in text: String = AgreeFixtureFolders.text) -> String {
        let scalars = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
        let start = (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern } ?? 0
        return "\(id)\t\(label) \(start) \(start + pattern.count)\t\(needle)"
    }

    static let lead = [
        t("T1", "Source", "الرئيس"), t("T2", "Cue", "قال"), t("T3", "Content", "الاقتصاد ينمو بسرعة"),
        t("T4", "Cue", "أضاف"), t("T5", "Content", "البطالة تراجعت هذا العام"),
        "E1\tCue:T2 Source:T1 Content:T3", "E2\tCue:T4 Content:T5",
        "A1\tStance E1 Assert", "A2\tForm E1 Indirect", "A3\tStance E2 Assert", "A4\tForm E2 Indirect",
    ]
    static let other = [
        t("T1", "Source", "الرئيس"), t("T2", "Cue", "قال"), t("T3", "Content", "الاقتصاد ينمو"),
        "E1\tCue:T2 Source:T1 Content:T3", "A1\tStance E1 Hedge", "A2\tForm E1 Indirect",
        "#1\tAnnotatorNotes E1\trule: speech-verb-inna",
    ]
}

@Suite struct AgreeCommandTests {
    @Test func tableReportsEveryFamilyAndWritesHTMLAndPairs() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("ann1", "news/one", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("ann2", "news/one", ann: AgreeFixtureFolders.other)
        try folders.write("ann1", "news/two", ann: AgreeFixtureFolders.lead)
        let html = folders.root + "/report.html", pairs = folders.root + "/pairs.csv"
        let console = Console.memory()
        let code = Isnad.main(["agree", a, b, "--samples", "50", "--seed", "4", "--html", html, "--pairs", pairs], console: console)
        #expect(code == 0, "\(console.error.text)")
        let out = console.output.text
        #expect(out.contains("Agreement of 2 annotators (ann1, ann2) on 2 documents"))
        #expect(out.contains("missing: news/two has no annotations from ann2"))
        for heading in ["Spans, pairwise", "Units in IO encoding", "Unitizing αu", "Attributions", "Label confusion", "Documents, worst first"] {
            #expect(out.contains(heading), "\(heading)")
        }
        #expect(out.contains("n/a[") && out.contains("one category only: chance agreement is total"))
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("dir=\"rtl\"") && page.contains("class=\"heat\"") && page.contains("الاقتصاد"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"))
        let rows = try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "document,first_annotator,second_annotator,verdict,first_label,first_offsets,first_text,second_label,second_offsets,second_text")
        #expect(rows.contains { $0.hasPrefix("news/one,ann1,ann2,overlap,Content,") && $0.hasSuffix(",Content,14 27,الاقتصاد ينمو") })
        #expect(rows.count == 1 + 5)
    }

    @Test func pairTextsThatASpreadsheetWouldEvaluateAreQuoted() {
        // Tweets and lists put such texts in spans: "=…" would run as a formula in a spreadsheet.
        #expect(AgreeCSV.spreadsheetText("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")")
        #expect(AgreeCSV.spreadsheetText("@CNN") == "'@CNN")
        #expect(AgreeCSV.spreadsheetText("- قال الوزير") == "'- قال الوزير")
        #expect(AgreeCSV.spreadsheetText("+٩٦٦") == "'+٩٦٦")
        #expect(AgreeCSV.spreadsheetText("الاقتصاد ينمو") == "الاقتصاد ينمو")
        #expect(AgreeCSV.spreadsheetText("") == "")
        #expect(AgreeCSV.row(["a", AgreeCSV.spreadsheetText("=1,2")]) == "a,\"'=1,2\"")
    }

    /// Annotator folders and document names come from the input too: `=…`, `@…` in them stay
    /// text in a spreadsheet, while a negative figure stays a number.
    @Test func namesThatASpreadsheetWouldEvaluateAreQuotedButFiguresAreNot() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("=ann1", "+doc", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("@ann2", "+doc", ann: AgreeFixtureFolders.other)
        let pairs = folders.root + "/pairs.csv"
        let console = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--csv", "--samples", "20", "--pairs", pairs], console: console) == 0, "\(console.error.text)")
        let figures = console.output.text.split(separator: "\n").dropFirst()
        #expect(!figures.isEmpty)
        for figure in figures {
            #expect(!figure.hasPrefix("=") && !figure.contains(",=") && !figure.contains(",@") && !figure.contains(",+"), "\(figure)")
        }
        #expect(figures.contains { $0.hasPrefix("spans,P exact,Source,'=ann1–@ann2,") }, "\(figures.first ?? "")")
        let rows = try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.contains { $0.hasPrefix("'+doc,'=ann1,'@ann2,overlap,Content,") })
        #expect(AgreeCSV.row([AgreeCSV.spreadsheetText("-0.25"), "-0.25"]) == "'-0.25,-0.25")
    }

    @Test func jsonAndCSVCarryValuesIntervalsAndUndefinedReasons() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("x", "doc", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("y", "doc", ann: AgreeFixtureFolders.lead)
        let console = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--json", "--samples", "20", "--units", "scalars"], console: console) == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(console.output.text.utf8)) as? [String: Any])
        #expect(object["units"] as? String == "scalars")
        let figures = try #require(object["figures"] as? [[String: Any]])
        let alpha = try #require(figures.first { $0["measure"] as? String == "Krippendorff α" && $0["label"] as? String == "Content" })
        #expect(alpha["value"] as? Double == 1)
        let disclaimer = try #require(figures.first { $0["measure"] as? String == "Cohen κ" && $0["label"] as? String == "Disclaimer" })
        #expect(disclaimer["value"] is NSNull)
        #expect((disclaimer["undefined"] as? String)?.contains("one category only") == true)
        let csv = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--csv", "--samples", "0"], console: csv) == 0)
        let lines = csv.output.text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("group,measure,label,annotators,value,undefined,ci_lower,ci_upper") == true)
        #expect(lines.contains { $0.hasPrefix("unitizing,αu,Content,all,1.0,") })
    }

    @Test func csvFieldsWithCommasQuotesOrAnyLineBreakAreQuoted() {
        #expect(AgreeCSV.row(["news01", "قال، الوزير", "a,b", "say \"x\"", "one\r\ntwo", "one\rtwo"])
                == "news01,قال، الوزير,\"a,b\",\"say \"\"x\"\"\",\"one\r\ntwo\",\"one\rtwo\"")
    }

    @Test func badInputIsReportedWithTheFileAndAnExitCode() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("a", "doc", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("b", "doc", ann: [], text: "نص آخر\n")
        let differing = Console.memory()
        #expect(Isnad.main(["agree", a, b], console: differing) == 1)
        #expect(differing.error.text.contains("b/doc.txt: text differs from") && differing.error.text.contains("first difference at scalar 0"))
        let one = Console.memory()
        #expect(Isnad.main(["agree", a], console: one) == 2)
        #expect(one.error.text.contains("at least two annotation folders"))
        let noFolder = Console.memory()
        #expect(Isnad.main(["agree", a, folders.root + "/nowhere"], console: noFolder) == 1)
        #expect(noFolder.error.text.contains("nowhere: no such folder"))
        let units = Console.memory()
        #expect(Isnad.main(["agree", a, a, "--units", "words"], console: units) == 2)
        for option in ["--html", "--pairs"] {
            let folder = Console.memory()
            #expect(Isnad.main(["agree", a, a, option, b], console: folder) == 2)
            #expect(folder.error.text.contains("\(option) needs a file name, and '\(b)' is a folder"))
            #expect(!FileManager.default.fileExists(atPath: b + ".orig"))
        }
        let malformed = try folders.write("c", "doc", ann: ["T1\tSource 0 x\tقال"])
        let broken = Console.memory()
        #expect(Isnad.main(["agree", a, malformed], console: broken) == 1)
        #expect(broken.error.text.contains("c/doc.ann:1:"))
        // one folder a level above the other: no document in common, nothing to compare
        let nested = try folders.write("d", "sub/doc", ann: AgreeFixtureFolders.lead)
        let apart = Console.memory()
        #expect(Isnad.main(["agree", a, nested], console: apart) == 1)
        #expect(apart.error.text.contains("isnad agree: no document is annotated in two of the folders"))
        #expect(apart.output.text.isEmpty)
    }

    @Test func spansPastTheTextOrWithOtherTextAreRefusedWithLineAndColumn() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("a", "doc", ann: AgreeFixtureFolders.lead)
        let cases = [("beyond", "T1\tCue 0 99999\tقال"), ("differs", "T1\tCue 0 3\tقول")]
        for (folder, line) in cases {
            let b = try folders.write(folder, "doc", ann: [line])
            for command in ["agree", "eval"] {
                let console = Console.memory()
                #expect(Isnad.main([command, a, b], console: console) == 1, "\(command) \(folder)")
                #expect(console.error.text.contains("\(folder)/doc.ann:1:") && console.error.text.contains(": error: "),
                        "\(command) \(folder): \(console.error.text)")
                #expect(console.output.text.isEmpty)
            }
        }
    }

    @Test func schemeWarningsGoToStandardErrorWithoutRefusing() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("a", "doc", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("b", "doc", ann: [AgreeFixtureFolders.t("T1", "Speaker", "الرئيس")])
        let console = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--samples", "0"], console: console) == 0, "\(console.error.text)")
        #expect(console.error.text.contains("b/doc.ann:1:") && console.error.text.contains(": warning: "), "\(console.error.text)")
        #expect(console.output.text.hasPrefix("Agreement of 2 annotators (a, b) on 1 document; "))
        #expect(console.output.text.contains("1 doc, 2 annotators"))
    }

    @Test func foldersAreCheckedUnderTheirOwnAnnotationConfAsCheckDoes() throws {
        // brat's news tutorial declares Person, Organization, …: no "not in the scheme" warnings, as with `check`.
        let news = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
            + "/Fixtures/brat-examples/tutorials/news"
        for command in ["eval", "agree"] {
            let console = Console.memory()
            #expect(Isnad.main([command, news, news, "--json"] + (command == "agree" ? ["--samples", "0"] : []), console: console) == 0)
            #expect(!console.error.text.contains("not in the scheme"), "\(command): \(console.error.text.prefix(300))")
        }
        // Under the Isnad scheme (no annotation.conf above a temporary folder) an unknown label still warns.
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("a", "doc", ann: [AgreeFixtureFolders.t("T1", "Person", "الرئيس")])
        let console = Console.memory()
        #expect(Isnad.main(["eval", a, a], console: console) == 0)
        #expect(console.error.text.contains("warning: label 'Person' is not in the scheme"), "\(console.error.text)")
    }

    @Test func undefinedCellsAreShortMarksWithEachReasonOnceBelow() throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("a", "doc", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("b", "doc", ann: AgreeFixtureFolders.other)
        let console = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--samples", "0"], console: console) == 0, "\(console.error.text)")
        let out = console.output.text
        #expect(!out.contains("undefined ("))
        let notes = out.components(separatedBy: "\nundefined:\n")
        try #require(notes.count == 2)
        let reasons = notes[1].split(separator: "\n")
        #expect(reasons.enumerated().allSatisfy { $0.element.hasPrefix("  [\($0.offset + 1)] ") })
        #expect(Set(reasons).count == reasons.count && !reasons.isEmpty)
        for index in 1...reasons.count { #expect(notes[0].contains("n/a[\(index)]")) }
        // Disclaimer P, R, F1 are undefined (nobody marked one), yet the P column stays as narrow as "1.000".
        let header = try #require(notes[0].split(separator: "\n").first { $0.hasPrefix("pair ") })
        #expect(!header.contains("P" + String(repeating: " ", count: 12)), "\(header)")
    }
}
