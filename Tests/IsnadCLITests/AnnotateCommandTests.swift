import Foundation
import Standoff
import Testing
@testable import IsnadCLI

/// `isnad annotate` with the real rules and extractor.
@Suite final class AnnotateCommandTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }
    typealias Support = AnnotateTestSupport

    @Test func corpusRunIsTheSameForOneAndFourJobsAndARerunWritesNothing() throws {
        let base = try scratch.folder()
        let one = Support.runIsnad(["annotate", Support.corpora, "--out", base + "/one", "--jobs", "1"])
        let four = Support.runIsnad(["annotate", Support.corpora, "--out", base + "/four", "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0, "\(one.error)\(four.error)")
        var files = Support.snapshot(base + "/one")
        var other = Support.snapshot(base + "/four")
        // the manifests differ only in the files' stamps (inodes and times)
        files[AnnotateManifest.fileName] = nil
        other[AnnotateManifest.fileName] = nil
        #expect(files == other)
        #expect(files.keys.filter { $0.hasSuffix(".ann") }.count == Support.corpusDocumentCount)
        #expect(files["annotation.conf"] == Data(BratConfiguration.isnadAnnotationConf.utf8))
        #expect(files["visual.conf"] == Data(BratConfiguration.isnadVisualConf.utf8))
        #expect(files["dev/article.txt"] == FileManager.default.contents(atPath: Support.corpora + "/dev/article.txt"))
        let article = String(decoding: try #require(files["dev/article.ann"]), as: UTF8.self)
        #expect(article.contains("\tDisclaimer "))
        #expect(article.contains("\tStance E1 "))

        let single = Support.runIsnad(["annotate", Support.corpora + "/dev/article.txt"])
        #expect(single.status == 0 && single.error.isEmpty)
        #expect(single.output == article)

        let before = Support.inodes(base + "/one")
        let again = Support.runIsnad(["annotate", Support.corpora, "--out", base + "/one"])
        #expect(again.status == 0)
        #expect(again.error.contains("0 written, \(Support.corpusDocumentCount) unchanged, 0 failed"))
        #expect(Support.inodes(base + "/one") == before)
    }

    @Test func rulesFileThatAddsACueChangesTheOutput() throws {
        let folder = try scratch.folder()
        let text = folder + "/murmur.txt"
        try "غمغم الوزير بأن الاجتماع انتهى دون اتفاق.\n".write(toFile: text, atomically: true, encoding: .utf8)
        let rules = folder + "/my.rules"
        try "# a cue the defaults lack\ncue speech-ghamghama | speech | Assert | verb-subject subject-verb | غمغم\n"
            .write(toFile: rules, atomically: true, encoding: .utf8)
        let plain = Support.runIsnad(["annotate", text])
        let added = Support.runIsnad(["annotate", text, "--rules", rules])
        #expect(plain.status == 0 && added.status == 0, "\(added.error)")
        #expect(!plain.output.contains("\tCue 0 4\tغمغم"))
        #expect(added.output.contains("\tCue 0 4\tغمغم"), "\(added.output)")
        #expect(added.output.contains("\tSource 5 11\tالوزير"), "\(added.output)")

        let out = folder + "/out"
        #expect(Support.runIsnad(["annotate", folder, "--out", out, "--rules", rules]).status == 0)
        #expect(FileManager.default.contents(atPath: out + "/murmur.ann") == Data(added.output.utf8))
    }

    @Test func notUTF8IsReportedWhileTheOthersAreWritten() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt", "test/news03.txt"])
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: Support.corpora + "/dev/news06.txt")))
        let bad = try #require(bytes.indices.first { $0 >= 100 && bytes[$0] == 0x20 })
        bytes[bad] = 0xFE
        try Data(bytes).write(to: URL(fileURLWithPath: input + "/dev/news06.txt"))
        let out = input + "/../out"
        let run = Support.runIsnad(["annotate", input, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains("\(input)/dev/news06.txt: not valid UTF-8 at byte \(bad)"))
        #expect(run.error.contains("2 written, 0 unchanged, 1 failed"))
        #expect(FileManager.default.fileExists(atPath: out + "/dev/news05.ann"))
        #expect(FileManager.default.fileExists(atPath: out + "/test/news03.ann"))
        #expect(!FileManager.default.fileExists(atPath: out + "/dev/news06.ann"))

        let single = Support.runIsnad(["annotate", input + "/dev/news06.txt"])
        #expect(single.status == 1 && single.output.isEmpty)
        #expect(single.error == "\(input)/dev/news06.txt: not valid UTF-8 at byte \(bad)\n")
    }

    @Test func editedAnnotationIsKeptThenBackedUpWithForce() throws {
        let input = try scratch.smallCorpus(["dev/news10.txt"])
        let out = input + "/../out"
        #expect(Support.runIsnad(["annotate", input, "--out", out]).status == 0)
        let path = out + "/dev/news10.ann"
        let written = try #require(FileManager.default.contents(atPath: path))
        let corrected = written + Data("T99\tSource 0 5\tتصحيح\n".utf8)
        try corrected.write(to: URL(fileURLWithPath: path))
        let kept = Support.runIsnad(["annotate", input, "--out", out])
        #expect(kept.error.contains("\(path): edited since isnad wrote it; kept, use --force to rewrite"))
        #expect(FileManager.default.contents(atPath: path) == corrected)
        let forced = Support.runIsnad(["annotate", input, "--out", out, "--force"])
        #expect(forced.status == 0)
        #expect(FileManager.default.contents(atPath: path) == written)
        #expect(FileManager.default.contents(atPath: path + ".orig") == corrected)
    }

    @Test func standardInputAndMalformedRules() throws {
        let console = Console.memory(input: Array("قال الوزير إن الاجتماع انتهى.\n".utf8))
        #expect(Isnad.main(["annotate", "-"], console: console) == 0)
        #expect(console.output.text.contains("\tCue 0 3\tقال"))

        let folder = try scratch.folder()
        let rules = folder + "/my.rules"
        try "# my cues\ncue murmur | speech | Shout | verb-subject | غمغم\n".write(toFile: rules, atomically: true, encoding: .utf8)
        let run = Support.runIsnad(["annotate", Support.corpora + "/dev/news01.txt", "--rules", rules])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(rules):2:23: stance 'Shout' is not one of"), "\(run.error)")
        #expect(run.output.isEmpty)
    }
}
