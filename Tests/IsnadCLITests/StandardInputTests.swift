import Foundation
import Testing
@testable import IsnadCLI

/// Standard input that cannot be read (a folder redirected into it, `isnad normalize < Corpora`)
/// is an error naming `<stdin>`, never an empty text and exit 0.
@Suite struct StandardInputTests {
    /// Runs `arguments` with a folder of the repository open as standard input.
    func runWithFolderAsInput(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let descriptor = open(NormalizeCommandTests.root + "/Corpora", O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let console = Console(output: OutputSink(), error: OutputSink(), input: InputSource(descriptor: descriptor), errorIsTerminal: false)
        let status = Isnad.main(arguments, console: console)
        return (status, console.output.text, console.error.text)
    }

    @Test(arguments: [["normalize"], ["normalize", "--buffer-size", "7"], ["tokenize"], ["tokenize", "--format", "jsonl"], ["annotate", "-"]])
    func aFolderAsStandardInputIsAnError(_ arguments: [String]) throws {
        let run = try runWithFolderAsInput(arguments)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error == "<stdin>: cannot read: \(String(cString: strerror(EISDIR)))\n")
    }

    @Test func aFileAsStandardInputIsRead() throws {
        let path = NormalizeCommandTests.root + "/Corpora/dev/article.txt"
        let descriptor = open(path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let console = Console(output: OutputSink(), error: OutputSink(), input: InputSource(descriptor: descriptor), errorIsTerminal: false)
        #expect(Isnad.main(["normalize", "--profile", "none"], console: console) == 0)
        #expect(console.output.captured == Array(try Data(contentsOf: URL(fileURLWithPath: path))))
    }
}
