import Foundation
import Testing
@testable import IsnadCLI

/// Temporary files for CLI tests, removed when the value goes away.
final class NormalizeScratch {
    let folder: String

    init() {
        folder = NSTemporaryDirectory() + "isnad-normalize-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite struct NormalizeCommandTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    func run(_ arguments: [String], input: String = "") -> (status: Int32, output: String, error: String) {
        let console = Console.memory(input: Array(input.utf8))
        let status = Isnad.main(["normalize"] + arguments, console: console)
        return (status, console.output.text, console.error.text)
    }

    @Test func normalizesStandardInputWithProfilesAndSwitches() {
        #expect(run([], input: "قَالَ أحمد إلى المدرسة، ٣٫٥\n").output == "قال احمد الي المدرسه, 3.5\n")
        #expect(run(["--profile", "light"], input: "قَالَ\u{200F}  أحمدـ\n").output == "قَالَ أحمد\n")
        #expect(run(["--profile", "none", "--fold", "alef"], input: "أَحمد\n").output == "اَحمد\n")
        #expect(run(["--keep", "alef", "-"], input: "أحمد").output == "أحمد")
        #expect(run(["--fold=dagger-alef"], input: "السمٰوات").output == "السماوات")
    }

    @Test func unknownNamesAreUsageErrors() {
        let operation = run(["--fold", "vowels"])
        #expect(operation.status == 2)
        #expect(operation.error.contains("no operation 'vowels'"))
        #expect(operation.error.contains("teh-marbuta"))
        let profile = run(["--profile", "heavy"])
        #expect(profile.status == 2)
        #expect(profile.error.contains("light, search, none"))
        #expect(run(["--buffer-size", "0"]).status == 2)
    }

    @Test func filesAreStreamedInSmallChunksLikeWholeText() throws {
        let path = NormalizeCommandTests.root + "/Corpora/dev/article.txt"
        let whole = run([path]).output
        #expect(whole.count > 1000)
        for size in ["1", "3", "7", "4096"] {
            #expect(run(["--buffer-size", size, path]).output == whole)
        }
        #expect(run(["--profile", "light", path]).output != whole)
    }

    @Test func invalidUTF8NamesTheByteAcrossChunks() {
        let scratch = NormalizeScratch()
        let bad = scratch.file("bad.txt", Array("قال نعم".utf8) + [0xC3, 0x28])
        let result = run(["--buffer-size", "2", bad])
        #expect(result.status == 1)
        #expect(result.error == "\(bad): not valid UTF-8 at byte 13\n")
        let cut = scratch.file("cut.txt", [0x61, 0xD9])
        #expect(run([cut]).error == "\(cut): not valid UTF-8 at byte 1\n")
        let missing = run([scratch.folder + "/none.txt"])
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such file"))
    }

    @Test func emptyInputAndHelp() {
        #expect(run([], input: "") == (0, "", ""))
        let console = Console.memory()
        #expect(Isnad.main(["help", "normalize"], console: console) == 0)
        for word in ["light", "search", "presentation-forms", "--keep", "streaming"] {
            #expect(console.output.text.contains(word))
        }
    }
}
