import Foundation
import Testing
import TestSupport
import TextFiles
@testable import IsnadCLI

@Suite struct CheckCommandTests {
    let text = "قال الوزير: \"لن نتراجع\".\nوأضاف أن الوضع مستقر.\n"
    let annotations = """
    T1\tCue 0 3\tقال
    T2\tSource 4 10\tالوزير
    T3\tContent 13 22\tلن نتراجع
    E1\tCue:T1 Source:T2 Content:T3
    A1\tStance E1 Assert
    A2\tForm E1 Direct

    """

    /// Removed with everything in it when the test ends.
    let scratch: TemporaryFolder

    init() throws { scratch = try TemporaryFolder(prefix: "check-cli") }

    func folder(_ files: [String: String]) throws -> String {
        let path = try scratch.folder()
        for (name, content) in files {
            let file = path + "/" + name
            try FileManager.default.createDirectory(atPath: String(file[..<(file.lastIndex(of: "/") ?? file.endIndex)]), withIntermediateDirectories: true)
            try AtomicFile.write(content, to: file)
        }
        return path
    }

    func run(_ arguments: [String]) -> (code: Int32, output: String, error: String) {
        let console = Console.memory()
        let code = Isnad.main(["check"] + arguments, console: console)
        return (code, console.output.text, console.error.text)
    }

    @Test func validFolderExitsZeroAndReadingNeverWrites() throws {
        let path = try folder(["news.txt": text, "news.ann": annotations])
        let result = run([path])
        #expect(result.code == 0)
        #expect(result.output == "")
        #expect(result.error.contains("1 file, 0 errors, 0 warnings"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["news.ann", "news.txt"])
    }

    @Test func errorsArePrintedSortedWithExitOne() throws {
        let broken = annotations.replacingOccurrences(of: "T2\tSource 4 10\tالوزير", with: "T2\tSource 4 11\tالوزير")
            .replacingOccurrences(of: "Stance E1 Assert", with: "Stance E1 Claim")
        let path = try folder(["news.txt": text, "news.ann": broken, "orphan.ann": "T1\tCue 0 3\tقال\n"])
        let result = run([path])
        #expect(result.code == 1)
        #expect(result.output == """
        \(path)/news.ann:2:16: error: covered text differs from the .txt at 4 11: expected "الوزير:", found "الوزير"
        \(path)/news.ann:5:14: error: value 'Claim' is not allowed for Stance: expected one of Assert, Believe, Hedge, Allege, Deny (the Isnad scheme)
        \(path)/orphan.ann: error: no text file orphan.txt beside it; brat cannot open the document

        """)
    }

    @Test func fixPlacesSpansByTheirTextAndKeepsTheOldFile() throws {
        let edited = annotations.replacingOccurrences(of: "T2\tSource 4 10\tالوزير", with: "T?\tSource\tالوزير")
            .replacingOccurrences(of: "Source:T2", with: "Source:@L2") + "T?\tCue\tأضاف\nT?\tContent\tالوضع مستقر\nE?\tCue:@L7 Content:@L8\nA?\tStance @L9 Assert\nA?\tForm @L9 Indirect\n"
        let path = try folder(["news.txt": text, "news.ann": edited])
        let result = run(["--fix", path + "/news.ann"])
        #expect(result.code == 0, "\(result.output)")
        #expect(result.error.contains("news.ann: fixed (previous kept as \(path)/news.ann.orig)"))
        #expect(try TextFile(contentsOf: path + "/news.ann.orig").text == edited)
        #expect(try TextFile(contentsOf: path + "/news.ann").text == """
        T1\tCue 0 3\tقال
        T4\tSource 4 10\tالوزير
        T3\tContent 13 22\tلن نتراجع
        T5\tCue 26 30\tأضاف
        T6\tContent 34 45\tالوضع مستقر
        E1\tCue:T1 Source:T4 Content:T3
        E2\tCue:T5 Content:T6
        A1\tStance E1 Assert
        A2\tForm E1 Direct
        A3\tStance E2 Assert
        A4\tForm E2 Indirect

        """)
        #expect(run([path]).code == 0)
    }

    @Test func fixReanchorsByTheShiftOfTheNeighboursAndTheKeptOldText() throws {
        // issue 4 QA: 13 scalars inserted before a sentence said twice; T2 is the SECOND الوزير.
        let old = "قال الوزير إن الأمر مهم. قال الوزير إن الأمر مهم.\n"
        let new = "مقدمة طويلة. " + old
        let path = try folder(["d.txt": new, "d.ann": "T1\tCue 0 3\tقال\nT2\tSource 29 35\tالوزير\n"])
        let result = run(["--fix", path])
        #expect(result.code == 0, "\(result.output)")
        #expect(result.error.contains("line 2: T2 re-anchored from 29 35 to 42 48"))
        #expect(try String(contentsOfFile: path + "/d.ann", encoding: .utf8) == "T1\tCue 13 16\tقال\nT2\tSource 42 48\tالوزير\n")
        // Alone, T2 is a near tie (12 and 13 scalars away) until d.txt.orig gives its context.
        let alone = try folder(["d.txt": new, "d.ann": "T2\tSource 29 35\tالوزير\n"])
        let tie = run(["--fix", alone])
        #expect(tie.code == 1)
        #expect(tie.output.contains("@1 at 17 23, @2 at 42 48"))
        try AtomicFile.write(old, to: alone + "/d.txt.orig")
        let kept = run(["--fix", alone])
        #expect(kept.code == 0, "\(kept.output)")
        #expect(try String(contentsOfFile: alone + "/d.ann", encoding: .utf8) == "T2\tSource 42 48\tالوزير\n")
    }

    @Test func fixRemovesAByteOrderMarkFromTheAnnotations() throws {
        let path = try folder(["d.txt": "قال\n", "d.ann": "\u{FEFF}T1\tCue 0 3\tقال\n"])
        #expect(run([path]).output.contains("byte order mark"))
        let result = run(["--fix", path + "/d.ann"])
        #expect(result.code == 0, "\(result.output)")
        #expect(result.output == "")
        #expect(try TextFile.readBytes(path + "/d.ann") == Array("T1\tCue 0 3\tقال\n".utf8))
        #expect(try TextFile.readBytes(path + "/d.ann.orig") == Array("\u{FEFF}T1\tCue 0 3\tقال\n".utf8))
        #expect(run([path]).code == 0)
    }

    @Test func fixConvertsACRLFAnnotationFileToLF() throws {
        // A gold file saved by a Windows editor: nothing else to repair, yet brat expects LF.
        let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/Annotations/gold/dev/news01"
        let lf = try TextFile(contentsOf: gold + ".ann").text
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let lineCount = lf.filter { $0 == "\n" }.count
        let firstLineLength = lf.unicodeScalars.prefix { $0 != "\n" }.count
        let path = try folder(["news01.txt": try TextFile(contentsOf: gold + ".txt").text, "news01.ann": crlf])
        let checked = run([path])
        #expect(checked.code == 0, "\(checked.output)")
        #expect(checked.output == "\(path)/news01.ann:1:\(firstLineLength + 1): warning: the file has \(lineCount) CRLF line ends (first here, CRLF); brat writes LF: convert with 'isnad check --fix'\n")
        #expect(try TextFile.readBytes(path + "/news01.ann") == Array(crlf.utf8))
        let fixed = run(["--fix", path])
        #expect(fixed.code == 0, "\(fixed.output)")
        #expect(fixed.output == "")
        #expect(fixed.error.contains("news01.ann: fixed (previous kept as \(path)/news01.ann.orig)"))
        #expect(fixed.error.contains("news01.ann: line ends converted to LF"))
        #expect(try TextFile.readBytes(path + "/news01.ann") == Array(lf.utf8))
        #expect(try TextFile.readBytes(path + "/news01.ann.orig") == Array(crlf.utf8))
        let again = run(["--fix", path])
        #expect(again.code == 0 && again.output == "" && !again.error.contains("fixed"))
        #expect(!FileManager.default.fileExists(atPath: path + "/news01.ann.orig.2"))
    }

    @Test func fixConvertsLoneCRLineEndsOfAnAnnotationFile() throws {
        let path = try folder(["news.txt": text, "news.ann": annotations.replacingOccurrences(of: "\n", with: "\r")])
        #expect(run([path]).output.contains("news.ann:1:15: warning: the file has 6 lone CR line ends (first here, CR)"))
        #expect(run(["--fix", path]).code == 0)
        #expect(try TextFile(contentsOf: path + "/news.ann").text == annotations)
    }

    @Test func foldersAreSearchedRecursivelySkippingHiddenOnes() throws {
        let path = try folder(["a.txt": text, "a.ann": annotations, "sub/deeper/b.txt": text, "sub/deeper/b.ann": "T1\tCue 0 4\tقال\n",
                               ".git/c.txt": text, ".git/c.ann": "broken\n", "sub/.d.ann": "broken\n", "sub/notes.txt": "x\n"])
        let result = run([path + "/"])
        #expect(result.code == 1)
        #expect(result.error.contains("2 files, 1 error"))
        #expect(result.output.hasPrefix("\(path)/sub/deeper/b.ann:1:"))
    }

    @Test func fixEolConvertsCRLFTextAndShiftsOffsets() throws {
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        let shifted = annotations + "T4\tContent 34 45\tالوضع مستقر\n"
        let path = try folder(["news.txt": crlf, "news.ann": shifted.replacingOccurrences(of: "34 45", with: "35 46")])
        let warned = run([path])
        #expect(warned.code == 0, "\(warned.output)")
        #expect(warned.output.contains("news.txt:1: warning: the text has 2 CRLF line ends"))
        let fixed = run(["--fix", "--eol", path])
        #expect(fixed.code == 0, "\(fixed.output)")
        #expect(try TextFile(contentsOf: path + "/news.txt").text == text)
        #expect(try TextFile(contentsOf: path + "/news.txt.orig").text == crlf)
        #expect(try TextFile(contentsOf: path + "/news.ann").text.contains("T4\tContent 34 45\tالوضع مستقر"))
        #expect(fixed.output == "")
        #expect(fixed.error.contains("  news.txt: 2 CRLF line ends converted to LF; offsets shifted\n"))
    }

    @Test func fixEolRemovesAByteOrderMarkFromARealTextAndSaysSo() throws {
        // The gold news05 as a Windows editor saves it: a BOM, so every offset is one more.
        let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/Annotations/gold/dev/news05"
        let text = try TextFile(contentsOf: gold + ".txt").text, annotations = try TextFile(contentsOf: gold + ".ann").text
        let shifted = annotations.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard line.hasPrefix("T"), fields.count == 3 else { return String(line) }
            let parts = fields[1].split(separator: " ", maxSplits: 1)
            let offsets = parts[1].split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) }.map { String($0 + 1) }.joined(separator: " ") }
            return "\(fields[0])\t\(parts[0]) \(offsets.joined(separator: ";"))\t\(fields[2])"
        }.joined(separator: "\n")
        let path = try folder(["news05.txt": "\u{FEFF}" + text, "news05.ann": shifted])
        #expect(run([path]).output.contains("news05.txt:1:1: warning: the text begins with a byte order mark"))
        let fixed = run(["--fix", "--eol", path])
        #expect(fixed.code == 0 && fixed.output == "", "\(fixed.output)")
        #expect(fixed.error.contains("  news05.txt: byte order mark removed; offsets shifted\n"), "\(fixed.error)")
        #expect(try TextFile.readBytes(path + "/news05.txt") == Array(text.utf8))
        #expect(try TextFile.readBytes(path + "/news05.ann") == Array(annotations.utf8))
    }

    @Test func bratExamplesHaveNoErrors() {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
            + "/Fixtures/brat-examples"
        let result = run([path])
        #expect(result.code == 0)
        #expect(!result.output.contains(": error:"))
        #expect(result.error.contains("172 files, 0 errors"))
        let copy = scratch.path + "/brat-news"
        #expect(throws: Never.self) { try FileManager.default.copyItem(atPath: path + "/tutorials/news", toPath: copy) }
        let fixed = run(["--fix", copy])
        #expect(fixed.code == 0)
        #expect(!fixed.error.contains("fixed"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: copy))?.contains { $0.hasSuffix(".orig") } == false)
    }

    @Test func invalidUTF8AndTextOperands() throws {
        let path = try folder(["news.txt": text, "news.ann": annotations])
        try AtomicFile.write(Array("T1\tCue 0 3\t".utf8) + [0xD9], to: path + "/bad.ann")
        try AtomicFile.write(text, to: path + "/bad.txt")
        let result = run([path + "/news.txt", path + "/bad.ann"])
        #expect(result.code == 1)
        #expect(result.output == "\(path)/bad.ann: error: not valid UTF-8 at byte 11\n")
        #expect(result.error.contains("2 files, 1 error"))
    }

    @Test func aTextInAnotherUnicodeFormIsAWarningThatFixRewrites() throws {
        // The gold news01 with each آ of the .ann written as ا + U+0653 (madda above): the same
        // text to Swift's ==, other code points to brat and Python.
        let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/Annotations/gold/dev/news01"
        let annotations = try TextFile(contentsOf: gold + ".ann").text
        var decomposed = String.UnicodeScalarView()
        for scalar in annotations.unicodeScalars {
            if scalar == "\u{0622}" { decomposed.append(contentsOf: ["\u{0627}", "\u{0653}"]) } else { decomposed.append(scalar) }
        }
        let edited = String(decomposed)
        #expect(edited == annotations && !edited.utf8.elementsEqual(annotations.utf8))
        let path = try folder(["news01.txt": try TextFile(contentsOf: gold + ".txt").text, "news01.ann": edited])
        let checked = run([path])
        #expect(checked.code == 0)
        let warnings = checked.output.split(separator: "\n")
        #expect(warnings.count == 3 && warnings.allSatisfy { $0.contains(": warning: text of T") && $0.contains("another Unicode form") }, "\(checked.output)")
        let fixed = run(["--fix", path])
        #expect(fixed.code == 0 && fixed.output == "", "\(fixed.output)")
        #expect(fixed.error.contains("text written in the Unicode form of the .txt"))
        #expect(try TextFile.readBytes(path + "/news01.ann") == Array(annotations.utf8))
        #expect(try TextFile.readBytes(path + "/news01.ann.orig") == Array(edited.utf8))
    }

    @Test func aFileNamedTwiceIsCheckedAndFixedOnce() throws {
        let path = try folder(["news.txt": text, "news.ann": annotations.replacingOccurrences(of: "T2\tSource 4 10", with: "T2\tSource 5 11")])
        let name = URL(fileURLWithPath: path).lastPathComponent
        let spellings = [path, path + "/news.ann", path + "/../" + name + "/./news.ann", path + "/news.txt"]
        let checked = run(spellings)
        #expect(checked.error.contains("isnad check: 1 file, 1 error"), "\(checked.error)")
        let fixed = run(["--fix"] + spellings)
        #expect(fixed.code == 0, "\(fixed.output)")
        #expect(fixed.error.components(separatedBy: ": fixed").count == 2, "\(fixed.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["news.ann", "news.ann.orig", "news.txt"])
        #expect(try TextFile(contentsOf: path + "/news.ann").text == annotations)
    }

    @Test func operandsThatNameNothingToCheckAreErrors() throws {
        // A folder of texts not annotated yet (its only .ann is in a hidden folder), an empty folder, a README.
        let texts = try folder(["news.txt": text, ".git/x.ann": "broken\n"])
        let empty = try folder([:])
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path + "/README.md"
        let result = run([texts, empty + "/", readme])
        #expect(result.code == 1)
        #expect(result.output.contains("\(texts): error: no .ann files in this folder or below (names starting with a dot are skipped)\n"))
        #expect(result.output.contains("\(empty)/: error: no .ann files in this folder or below"))
        #expect(result.output.contains("\(readme): error: not an annotation file: give DOC.ann, DOC.txt or a folder\n"))
        #expect(!result.output.contains("x.ann"))
        #expect(result.error.contains("0 files, 3 errors"))
    }

    @Test func usageErrors() {
        #expect(run([]).code == 2)
        #expect(run(["--eol", "x"]).code == 2)
        let missing = run(["/no/such/folder"])
        #expect(missing.code == 1)
        #expect(missing.output == "/no/such/folder: error: cannot read: no such file or folder\n")
    }
}
