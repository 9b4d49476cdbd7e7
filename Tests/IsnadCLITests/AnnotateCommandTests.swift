import Foundation
import Testing
@testable import IsnadCLI

/// `isnad annotate` with the real rules and extractor.
@Suite struct AnnotateCommandTests {
    typealias Support = AnnotateTestSupport

    @Test func malformedRuleFileIsReportedWithItsLine() throws {
        let folder = try Support.temporaryFolder()
        let rules = folder + "/my.rules"
        try "# my cues\ncue murmur | speech | Shout | verb-subject | غمغم\n".write(toFile: rules, atomically: true, encoding: .utf8)
        let run = Support.runIsnad(["annotate", Support.corpora + "/dev/news01.txt", "--rules", rules])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(rules):2:"), "\(run.error)")
        #expect(run.output.isEmpty)
    }
}
