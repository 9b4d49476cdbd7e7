import Foundation
import Testing
import TextFiles
@testable import IsnadCLI

/// A rerun trusts the stamps in the manifest instead of reading its own files back, and still
/// finds every edit a person made.
@Suite final class AnnotateStampTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }
    typealias Support = AnnotateTestSupport

    /// Overwrites the start of `path` in place with `bytes` (same inode, same size) and sets its
    /// modification time back, as a careful editor or `cp -p` could.
    private func editInPlace(_ path: String, with bytes: String) throws {
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(bytes.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
    }

    @Test(arguments: ["dev/news01.ann", "dev/news01.txt"])
    func anEditOfTheSameSizeInPlaceIsFound(relative: String) throws {
        let input = try scratch.smallCorpus(["dev/news01.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let path = out + "/" + relative
        let original = try #require(FileManager.default.contents(atPath: path))
        let inode = Support.inodes(out)[relative]
        try editInPlace(path, with: relative.hasSuffix(".ann") ? "T9" : "XY")
        let edited = try #require(FileManager.default.contents(atPath: path))
        #expect(edited.count == original.count && edited != original && Support.inodes(out)[relative] == inode)

        let kept = try Support.runFake([input, "--out", out])
        #expect(kept.error.contains("\(path): edited since isnad wrote it; kept, use --force to rewrite"), "\(kept.error)")
        #expect(FileManager.default.contents(atPath: path) == edited)
        let forced = try Support.runFake([input, "--out", out, "--force"])
        #expect(forced.error.contains("\(path): edited since isnad wrote it; rewritten, the old one kept as \(path).orig"))
        #expect(FileManager.default.contents(atPath: path) == original)
    }

    @Test func aFileWithItsRecordedStampIsNotReadBack() throws {
        let input = try scratch.smallCorpus(["dev/news01.txt", "dev/news02.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        // The manifest says news01.ann held other bytes, with the stamp it has: a rerun takes
        // the word of the stamp (the file is Isnad's, not current) and writes it again, where
        // reading it would have found it current.
        var manifest = try AnnotateManifest(readingFrom: out)
        let entry = try #require(manifest.entries["dev/news01.ann"])
        #expect(entry.stamp == FileStamp(path: out + "/dev/news01.ann"))
        manifest.entries["dev/news01.ann"]?.hash = entry.hash ^ 1
        try manifest.write(to: out)
        let before = Support.inodes(out)
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("1 written, 1 unchanged"), "\(run.error)")
        let after = Support.inodes(out)
        #expect(after["dev/news01.ann"] != before["dev/news01.ann"])
        #expect(after.filter { $0.key != "dev/news01.ann" && $0.key != ".isnad-manifest.tsv" } == before.filter { $0.key != "dev/news01.ann" && $0.key != ".isnad-manifest.tsv" })
        #expect(try AnnotateManifest(readingFrom: out).entries["dev/news01.ann"]?.hash == entry.hash)
    }

    @Test func aManifestOfAnEarlierVersionIsStillUnderstood() throws {
        let input = try scratch.smallCorpus(["dev/news01.txt", "dev/news02.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        // The manifest as version 1 wrote it: FNV-1a hashes, no stamps.
        var legacy = AnnotateManifest()
        for name in ["dev/news01.ann", "dev/news01.txt", "dev/news02.ann", "dev/news02.txt"] {
            let bytes = try TextFile.readBytes(out + "/" + name)
            legacy.entries[name] = .init(hash: AnnotateManifest.legacyHash(bytes), isLegacy: true)
        }
        try legacy.write(to: out)
        #expect(try String(contentsOfFile: AnnotateManifest.path(in: out), encoding: .utf8).contains("dev/news01.ann\t" + AnnotateManifest.hex(legacy.entries["dev/news01.ann"]?.hash ?? 0) + "\n"))
        // news01's source changes (its old .ann is Isnad's by the FNV-1a hash); news02's .ann is edited.
        try Data("وقال الوزير إن الأمر انتهى.\n".utf8).write(to: URL(fileURLWithPath: input + "/dev/news01.txt"))
        try Data("T1\tCue 0 3\tقال\n".utf8).write(to: URL(fileURLWithPath: out + "/dev/news02.ann"))
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("\(out)/dev/news02.ann: edited since isnad wrote it; kept"), "\(run.error)")
        #expect(run.error.contains("1 written, 0 unchanged, 1 kept (edited)"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: out + "/dev/news01.ann.orig"))
        let upgraded = try AnnotateManifest(readingFrom: out)
        #expect(upgraded.entries["dev/news01.ann"]?.isLegacy == false)
        #expect(upgraded.entries["dev/news01.ann"]?.stamp == FileStamp(path: out + "/dev/news01.ann"))
        #expect(upgraded.entries["dev/news02.ann"] == legacy.entries["dev/news02.ann"], "a kept file's entry stays")
    }
}
