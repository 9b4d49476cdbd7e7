import Foundation
import Standoff
import TextFiles
import Testing
@testable import IsnadCLI

/// The manifest of what `isnad annotate` wrote, and the walk over input folders.
@Suite final class AnnotateManifestTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }
    @Test func legacyHashIsFNV1aAndTheHashSeesEveryByte() {
        #expect(AnnotateManifest.legacyHash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(AnnotateManifest.legacyHash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(AnnotateManifest.legacyHash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        #expect(AnnotateManifest.hex(0xff) == "00000000000000ff")
        // Every one-byte change, and every length (the tail is zero-padded), gives another hash.
        let text = Array("T1\tSource 212 227\tدميتري موسياكوف\nT2\tCue 262 265\tقال\n".utf8)
        var seen: Set<UInt64> = [AnnotateManifest.hash(text)]
        for index in text.indices {
            var edited = text
            edited[index] ^= 0x01
            seen.insert(AnnotateManifest.hash(edited))
        }
        for length in 0..<text.count { seen.insert(AnnotateManifest.hash(Array(text.prefix(length)))) }
        seen.insert(AnnotateManifest.hash(text + [0]))
        #expect(seen.count == 2 * text.count + 2)
        #expect(AnnotateManifest.hash(text) == AnnotateManifest.hash(Array(text)))
    }

    @Test func roundTripsSortedAndRejectsBadLines() throws {
        let folder = try scratch.folder()
        var manifest = AnnotateManifest()
        let stamp = FileStamp(size: 120, inode: 4_711, changed: 1_795_000_000_123_456_789)
        manifest.entries = [
            "test/news03.ann": .init(hash: 7, stamp: stamp), "dev/article.ann": .init(hash: 0xabcdef, stamp: stamp),
            "dev/الخبر.ann": .init(hash: 1, stamp: stamp), "dev/old.ann": .init(hash: 2, isLegacy: true),
        ]
        try manifest.write(to: folder)
        let text = try String(contentsOfFile: AnnotateManifest.path(in: folder), encoding: .utf8)
        let lines = text.split(separator: "\n").dropFirst()
        #expect(lines.first == "dev/article.ann\t0000000000abcdef\t120\t4711\t1795000000123456789")
        #expect(lines.dropFirst().first == "dev/old.ann\t0000000000000002", "an entry of an earlier version keeps its form")
        #expect(lines.last == "test/news03.ann\t0000000000000007\t120\t4711\t1795000000123456789")
        #expect(try AnnotateManifest(readingFrom: folder) == manifest)
        // Paths sort by their UTF-8 bytes, a prefix first, whatever their scripts.
        var many = AnnotateManifest()
        let paths = ["b/x.ann", "a/الخبر.txt", "a/z.ann", "a/é.ann", "a/e.ann", "a", "a/", "A/x.txt", "ab"]
        for (index, path) in paths.enumerated() { many.entries[path] = .init(hash: UInt64(index) << 60 | 0xab, isLegacy: true) }
        let sortedLines = many.serialized().split(separator: "\n").dropFirst().map { String($0) }
        #expect(sortedLines == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
            "\($0)\t" + AnnotateManifest.hex(many.entries[$0]?.hash ?? 0)
        })
        #expect(many.serializedUTF8() == Array(many.serialized().utf8))

        try (text + "dev/x.ann\tnot-a-hash\n").write(toFile: AnnotateManifest.path(in: folder), atomically: true, encoding: .utf8)
        #expect(throws: AnnotateManifestError.malformed(path: AnnotateManifest.path(in: folder), line: 6)) {
            try AnnotateManifest(readingFrom: folder)
        }
        let run = try AnnotateTestSupport.runFake([AnnotateTestSupport.corpora, "--out", folder])
        #expect(run.status == 1)
        #expect(run.error.contains(".isnad-manifest.tsv:6:1: expected"))
        for bad in [
            "\t0000000000abcdef", "dev/x.ann\t0000000000abcde", "dev/x.ann 0000000000abcdef", "dev/x.ann\t0000000000abcdef\t",
            "dev/x.ann\t0000000000abcdef\t1\t2", "dev/x.ann\t0000000000abcdef\t1\t2\tx", "dev/x.ann\t0000000000abcdef\t1\t2\t99999999999999999999",
        ] {
            try (text + bad + "\n").write(toFile: AnnotateManifest.path(in: folder), atomically: true, encoding: .utf8)
            #expect(throws: AnnotateManifestError.malformed(path: AnnotateManifest.path(in: folder), line: 6)) {
                try AnnotateManifest(readingFrom: folder)
            }
        }
        try (text + "dev/y.ann\t0000000000ABCDEF\n").write(toFile: AnnotateManifest.path(in: folder), atomically: true, encoding: .utf8)
        #expect(try AnnotateManifest(readingFrom: folder).entries["dev/y.ann"] == .init(hash: 0xabcdef, isLegacy: true))
        FileManager.default.createFile(atPath: AnnotateManifest.path(in: folder), contents: Data(Array(text.utf8) + [0xFF, 0x0A]))
        #expect(throws: AnnotateManifestError.unreadable("\(AnnotateManifest.path(in: folder)): not valid UTF-8 at byte \(text.utf8.count)")) {
            try AnnotateManifest(readingFrom: folder)
        }
    }

    @Test func walkIsSortedSkipsHiddenAndReportsClashes() throws {
        let corpus = AnnotateTestSupport.corpora
        let walk = CorpusWalker(excluding: nil).walk([corpus + "/test", corpus + "/dev/news02.txt", corpus + "/dev", corpus + "/README.md"])
        #expect(walk.documents.map(\.relativePath) == [
            "news03.txt", "news08.txt", "news11.txt", "news13.txt", "news14.txt", "news15.txt", "news16.txt", "news17.txt",
            "news18.txt", "news19.txt", "news20.txt", "news02.txt",
            "article.txt", "news01.txt", "news04.txt", "news05.txt", "news06.txt", "news07.txt", "news09.txt", "news10.txt", "news12.txt",
        ])
        #expect(walk.documents.first?.annotationRelativePath == "news03.ann")
        #expect(walk.documents.first?.byteCount == 1167)
        #expect(walk.problems == [
            "\(corpus)/dev/news02.txt: same output path as \(corpus)/dev/news02.txt; skipped",
            "\(corpus)/README.md: not a .txt file; skipped",
        ])
        let hidden = try scratch.smallCorpus(["dev/news04.txt"])
        try FileManager.default.createDirectory(atPath: hidden + "/.git", withIntermediateDirectories: true)
        try "x".write(toFile: hidden + "/.git/x.txt", atomically: true, encoding: .utf8)
        try "x".write(toFile: hidden + "/.y.txt", atomically: true, encoding: .utf8)
        #expect(CorpusWalker(excluding: nil).walk([hidden]).documents.map(\.relativePath) == ["dev/news04.txt"])
    }

    @Test func walkFollowsLinksOnceAndSkipsTheOutputFolderByIdentity() throws {
        let corpus = try scratch.smallCorpus(["dev/news04.txt", "dev/news05.txt"])
        // A link back to the corpus (a loop), a linked text, and the output folder inside the corpus.
        try FileManager.default.createSymbolicLink(atPath: corpus + "/dev/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: corpus + "/linked.txt", withDestinationPath: "dev/news05.txt")
        try FileManager.default.createDirectory(atPath: corpus + "/out/dev", withIntermediateDirectories: true)
        try "x".write(toFile: corpus + "/out/dev/news04.txt", atomically: true, encoding: .utf8)
        let walk = CorpusWalker(excluding: corpus + "/dev/loop/out").walk([corpus])
        #expect(walk.documents.map(\.relativePath) == ["dev/news04.txt", "dev/news05.txt", "linked.txt"])
        #expect(walk.documents.map(\.byteCount) == [
            try FileManager.default.attributesOfItem(atPath: corpus + "/dev/news04.txt")[.size] as? Int,
            try FileManager.default.attributesOfItem(atPath: corpus + "/dev/news05.txt")[.size] as? Int,
            try FileManager.default.attributesOfItem(atPath: corpus + "/dev/news05.txt")[.size] as? Int,
        ])
        #expect(walk.problems.isEmpty)
    }

    @Test func summaryLineAndCounts() {
        let text = "T1\tCue 0 3\tقال\nE1\tCue:T1\nA1\tStance E1 Assert\nT2\tSource 4 9\tE\n#1\tAnnotatorNotes E1\trule: x\n"
        let annotation = DocumentAnnotation(AnnotationDocument.parse(text, path: "x.ann").0)
        #expect((annotation.spans, annotation.attributions) == (2, 1))
        #expect(annotation.bytes == Array(text.utf8))
        #expect(AnnotateSummary.format(20.04, decimals: 1) == "20.0")
        #expect(AnnotateSummary.format(0.005, decimals: 2) == "0.01")
        #expect(AnnotateSummary.format(3, decimals: 0) == "3")
        #expect(AnnotateSummary.throughput(21_260_000) == "21.3 MB/s")
        #expect(AnnotateSummary.throughput(2_454_000) == "2.45 MB/s")
        #expect(AnnotateSummary.throughput(34_000) == "34.0 KB/s")
        #expect(AnnotateSummary.throughput(999_999) == "1.00 MB/s")
        #expect(AnnotateSummary.throughput(1_500) == "1.50 KB/s")
        #expect(AnnotateSummary.throughput(512.4) == "512 B/s")
        #expect(AnnotateSummary.throughput(0) == "0 B/s")
        #expect(AnnotateSummary.size(34_512) == "34.5 KB")
        var summary = AnnotateSummary()
        summary.documents = 13
        summary.bytes = 34_000
        summary.seconds = 0.95
        summary.written = 13
        #expect(summary.description.hasPrefix("isnad annotate: 13 documents, 34.0 KB in 0.95 s (35.8 KB/s): "))
    }

    @Test func rerunLeavesTheOutputFolderItselfUntouched() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        let out = input + "/../out"
        #expect(AnnotateTestSupport.runIsnad(["annotate", input, "--out", out]).status == 0)
        let modified = { try FileManager.default.attributesOfItem(atPath: out)[.modificationDate] as? Date }
        let before = try modified()
        let again = AnnotateTestSupport.runIsnad(["annotate", input, "--out", out])
        #expect(again.error.contains("0 written, 1 unchanged"), "\(again.error)")
        #expect(try modified() == before, "no scratch folder is made and removed in OUTDIR")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".isnad-conf") }.isEmpty)
    }

    @Test func summaryCountsOneInTheSingular() throws {
        let folder = try scratch.folder()
        try "قال الوزير إن الوضع مستقر.\n".write(toFile: folder + "/x.txt", atomically: true, encoding: .utf8)
        let run = AnnotateTestSupport.runIsnad(["annotate", folder, "--out", folder + "/out"])
        #expect(run.status == 0)
        #expect(run.error.contains("isnad annotate: 1 document, "), "\(run.error)")
        #expect(run.error.contains(": 1 attribution, 3 spans; .ann 1 written,"), "\(run.error)")
    }
}
