import Foundation
import Testing
@testable import IsnadCLI

/// The per-phase CPU times of an annotate run, as benchmarks read them.
@Suite final class AnnotatePhaseTimesTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }

    /// A run of the real command over the dev corpus spends time in every phase, most in the
    /// extractor, and writes the same files as a run that is not timed.
    @Test func aTimedRunTimesEveryPhaseAndWritesTheSameFiles() throws {
        let timed = try scratch.folder()
        let plain = try scratch.folder()
        let phases = AnnotatePhaseTimes()
        let dev = AnnotateTestSupport.corpora + "/dev"
        let console = Console.memory()
        #expect(try AnnotateCommand.run([dev, "--out", timed, "--jobs", "2"], console: console, measuring: phases) == 0)
        #expect(AnnotateTestSupport.runIsnad(["annotate", dev, "--out", plain, "--jobs", "2"]).status == 0)
        for phase in AnnotatePhaseTimes.Phase.allCases {
            #expect(phases.seconds(phase) > 0, "\(phase)")
        }
        #expect(phases.seconds(.extracting) > phases.seconds(.tallying))
        #expect(phases.description.hasPrefix("thread CPU: reading and decoding "))
        #expect(phases.description.contains(", extractor "))
        // the manifests differ in their stamps (inodes, times) only
        let written = { (folder: String) in AnnotateTestSupport.snapshot(folder).filter { !$0.key.hasSuffix(AnnotateManifest.fileName) } }
        #expect(written(timed) == written(plain))
        #expect(written(timed).count > 20)
    }
}
