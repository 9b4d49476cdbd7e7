import Foundation
import Testing
@testable import IsnadCLI

/// Command lines and inputs that trapped a command other than `annotate` (found by QA fuzzing the
/// commands with mutated files and random arguments). Each must end with a message and an exit code,
/// never a crash.
@Suite struct FuzzReproTests {
    /// `isnad agree … --samples 9223372036854775807` (or `1000000000000`) allocated one result per
    /// resample up front and died: "failed to allocate 8000000000032 bytes". A count above the limit is
    /// a usage error, before any folder is read.
    @Test(arguments: ["9223372036854775807", "1000000000000", String(AgreeCommand.maximumSamples + 1)])
    func agreeRefusesMoreSamplesThanItCanHold(_ samples: String) throws {
        let folders = try AgreeFixtureFolders()
        let a = try folders.write("ann1", "one", ann: AgreeFixtureFolders.lead)
        let b = try folders.write("ann2", "one", ann: AgreeFixtureFolders.other)
        let console = Console.memory()
        #expect(Isnad.main(["agree", a, b, "--samples", samples], console: console) == 2)
        #expect(console.error.text.contains("--samples needs a whole number from 0 to \(AgreeCommand.maximumSamples), not '\(samples)'"))
        #expect(console.error.text.contains("usage: isnad agree"))
    }

    /// `isnad normalize --buffer-size 9223372036854775807 FILE` allocated a read buffer of that many
    /// bytes and died. A size above the limit is a usage error.
    @Test(arguments: ["9223372036854775807", "100000000000", String(NormalizeCommand.maximumBufferSize + 1)])
    func normalizeRefusesAHugeBuffer(_ size: String) {
        let scratch = NormalizeScratch()
        let path = scratch.file("in.txt", Array("قَالَ\n".utf8))
        for operands in [[path], ["-"]] {
            let console = Console.memory(input: Array("قَالَ\n".utf8))
            #expect(Isnad.main(["normalize", "--buffer-size", size] + operands, console: console) == 2)
            #expect(console.error.text.contains("--buffer-size needs a number of bytes from 1 to \(NormalizeCommand.maximumBufferSize), not '\(size)'"))
            #expect(console.output.text.isEmpty)
        }
    }

    /// The largest sizes allowed still work.
    @Test func theLimitsThemselvesAreAccepted() {
        let scratch = NormalizeScratch()
        let path = scratch.file("in.txt", Array("قَالَ\n".utf8))
        let console = Console.memory()
        #expect(Isnad.main(["normalize", "--buffer-size", String(NormalizeCommand.maximumBufferSize), path], console: console) == 0)
        #expect(console.output.text == "قال\n")
    }

    /// Not a crash, seen while fuzzing: `eval` and `agree` printed a problem once per occurrence
    /// (`*<TAB>Equiv T1 T9 T9` gave the same line twice), where `check` prints it once.
    @Test func evalAndAgreePrintEachProblemOnce() throws {
        let folders = try AgreeFixtureFolders()
        let ann = [AgreeFixtureFolders.t("T1", "Source", "الرئيس"), "*\tEquiv T1 T9 T9"]
        let a = try folders.write("a", "one", ann: ann)
        let b = try folders.write("b", "one", ann: ann)
        for arguments in [["eval", a, b], ["agree", a, b, "--samples", "0"]] {
            let console = Console.memory()
            #expect(Isnad.main(arguments, console: console) == 1)
            let lines = console.error.text.split(separator: "\n").filter { $0.contains("member T9") }
            #expect(lines.count == 2, "\(console.error.text)")
            #expect(Set(lines).count == 2)
        }
    }
}
