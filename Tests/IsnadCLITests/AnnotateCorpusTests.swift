import Foundation
import Testing
import TextFiles
@testable import IsnadCLI

/// The batch machinery of `isnad annotate`, run with a stand-in extractor.
@Suite final class AnnotateCorpusTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }
    typealias Support = AnnotateTestSupport

    @Test func folderRunWritesAnnotationsTextsAndConf() throws {
        let out = try scratch.folder() + "/out"
        let run = try Support.runFake([Support.corpora, "--out", out])
        #expect(run.status == 0, "\(run.error)")
        let files = Support.snapshot(out)
        for name in ["dev/article", "dev/news01", "test/news03"] {
            let source = FileManager.default.contents(atPath: Support.corpora + "/\(name).txt")
            #expect(files["\(name).txt"] == source)
            let text = try #require(source.map { String(decoding: $0, as: UTF8.self) })
            let expected = try Support.fakeAnnotate(.init(path: name, text: text))
            #expect(files["\(name).ann"] == Data(expected.bytes))
        }
        #expect(files["annotation.conf"] != nil && files["visual.conf"] != nil)
        #expect(files.keys.filter { $0.hasSuffix(".ann") }.count == Support.corpusDocumentCount)
        let manifest = try AnnotateManifest(readingFrom: out)
        for name in ["dev/article.ann", "dev/article.txt"] {
            #expect(manifest.entries[name]?.hash == AnnotateManifest.hash([UInt8](files[name] ?? Data())))
            #expect(manifest.entries[name]?.stamp == FileStamp(path: out + "/" + name))
        }
        #expect(manifest.entries.count == 2 * Support.corpusDocumentCount)
        #expect(run.error.contains("isnad annotate: \(Support.corpusDocumentCount) documents"))
        #expect(run.error.contains("\(Support.corpusDocumentCount) written, 0 unchanged, 0 failed"))
        #expect(!run.error.contains("\r"), "no progress line when standard error is not a terminal")
    }

    @Test func sameBytesWhateverTheJobCount() throws {
        let base = try scratch.folder()
        let one = try Support.runFake([Support.corpora, "--out", base + "/one", "--jobs", "1"])
        let four = try Support.runFake([Support.corpora, "--out", base + "/four", "--jobs", "4"])
        #expect(one.status == 0 && four.status == 0)
        var a = Support.snapshot(base + "/one")
        var b = Support.snapshot(base + "/four")
        #expect(a.count == Support.corpusDocumentCount * 2 + 3)
        // The manifests differ only in the files' stamps (inodes and times).
        a[AnnotateManifest.fileName] = nil
        b[AnnotateManifest.fileName] = nil
        #expect(a == b)
        let hashes = { (folder: String) in try AnnotateManifest(readingFrom: folder).entries.mapValues(\.hash) }
        #expect(try hashes(base + "/one") == hashes(base + "/four"))
    }

    @Test func invalidUTF8IsReportedAndTheRestWritten() throws {
        let input = try scratch.smallCorpus()
        var bad = Array("قال الرئيس".utf8)
        bad.insert(0xFF, at: 7)
        try Data(bad).write(to: URL(fileURLWithPath: input + "/dev/broken.txt"))
        let out = input + "/../out"
        let run = try Support.runFake([input, "--out", out, "--jobs", "2"])
        #expect(run.status == 1)
        #expect(run.error.contains("\(input)/dev/broken.txt: not valid UTF-8 at byte 7"))
        #expect(run.error.contains("4 documents"))
        #expect(run.error.contains("3 written, 0 unchanged, 1 failed"))
        let files = Support.snapshot(out)
        #expect(files["dev/article.ann"] != nil && files["dev/news02.ann"] != nil)
        #expect(files["dev/broken.ann"] == nil && files["dev/broken.txt"] == nil)
    }

    @Test func editedAnnotationIsKeptUnlessForced() throws {
        try expectEditKeptUnlessForced("dev/news01.ann") { _ in Data("T1\tSource 0 4\tedited by hand\n".utf8) }
    }

    @Test func editedTextCopyIsKeptUnlessForced() throws {
        try expectEditKeptUnlessForced("dev/news01.txt") { $0 + Data("extra\n".utf8) }
    }

    /// Annotates a small corpus, edits `OUT/RELATIVE` with `edit`, and checks that a rerun
    /// reports and keeps the edit, that `--force` writes Isnad's bytes back keeping the edit as
    /// `.orig` (and no other backup), and that a later rerun finds everything unchanged.
    private func expectEditKeptUnlessForced(_ relative: String, edit: (Data) -> Data) throws {
        let input = try scratch.smallCorpus()
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let path = out + "/" + relative
        let original = try #require(FileManager.default.contents(atPath: path))
        let edited = edit(original)
        try edited.write(to: URL(fileURLWithPath: path))

        let kept = try Support.runFake([input, "--out", out])
        #expect(kept.status == 0)
        #expect(kept.error.contains("\(path): edited since isnad wrote it; kept, use --force to rewrite"))
        #expect(kept.error.contains("0 written, 2 unchanged, 1 kept (edited)"))
        #expect(FileManager.default.contents(atPath: path) == edited)

        let forced = try Support.runFake([input, "--out", out, "--force"])
        #expect(forced.status == 0)
        #expect(forced.error.contains("\(path): edited since isnad wrote it; rewritten, the old one kept as \(path).orig"))
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(FileManager.default.contents(atPath: path + ".orig") == edited)
        let backups = Support.snapshot(out).keys.filter { $0.contains(".orig") }
        #expect(backups == [relative + ".orig"], "only the edited file is backed up")

        let after = try Support.runFake([input, "--out", out])
        #expect(!after.error.contains("edited since"))
        #expect(after.error.contains("0 written, 3 unchanged"))
    }

    @Test func forcedRewriteGoesThroughALinkAndKeepsThePermissions() throws {
        let input = try scratch.smallCorpus(["dev/news01.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        // A person keeps the annotation elsewhere, linked into the output folder, group-writable.
        let personal = try scratch.folder() + "/news01-mine.ann"
        let mine = Data("T1\tSource 0 4\tedited by hand\n".utf8)
        try mine.write(to: URL(fileURLWithPath: personal))
        try FileManager.default.setAttributes([.posixPermissions: 0o664], ofItemAtPath: personal)
        let link = out + "/dev/news01.ann"
        let isnads = try #require(FileManager.default.contents(atPath: link))
        try FileManager.default.removeItem(atPath: link)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: personal)

        let kept = try Support.runFake([input, "--out", out])
        #expect(kept.error.contains("\(link): edited since isnad wrote it; kept"))
        let forced = try Support.runFake([input, "--out", out, "--force"])
        #expect(forced.status == 0)
        #expect(forced.error.contains("\(link): edited since isnad wrote it; rewritten, the old one kept as \(personal).orig"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == personal)
        #expect(FileManager.default.contents(atPath: personal) == isnads)
        #expect(FileManager.default.contents(atPath: personal + ".orig") == mine)
        #expect((try FileManager.default.attributesOfItem(atPath: personal)[.posixPermissions] as? NSNumber)?.intValue == 0o664)
    }

    @Test func annotationWithoutManifestEntryCountsAsEdited() throws {
        let input = try scratch.smallCorpus(["dev/news02.txt"])
        let out = input + "/../out"
        try FileManager.default.createDirectory(atPath: out + "/dev", withIntermediateDirectories: true)
        try Data("T1\tCue 0 3\tقال\n".utf8).write(to: URL(fileURLWithPath: out + "/dev/news02.ann"))
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("news02.ann: edited since isnad wrote it; kept"))
        #expect(FileManager.default.fileExists(atPath: out + "/dev/news02.txt") == false,
                "the .txt is copied only when its .ann is written")
    }

    @Test func rerunWithNoChangesRewritesNothing() throws {
        let out = try scratch.folder() + "/out"
        #expect(try Support.runFake([Support.corpora, "--out", out]).status == 0)
        let before = Support.inodes(out)
        let again = try Support.runFake([Support.corpora, "--out", out, "--jobs", "3"])
        #expect(again.status == 0)
        #expect(again.error.contains("0 written, \(Support.corpusDocumentCount) unchanged"))
        #expect(Support.inodes(out) == before)
    }

    @Test func changedSourceRewritesAnUneditedAnnotation() throws {
        let input = try scratch.smallCorpus(["dev/news01.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let changed = Data("وقال الوزير إن الأمر انتهى.\n".utf8)
        try changed.write(to: URL(fileURLWithPath: input + "/dev/news01.txt"))
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("1 written, 0 unchanged"))
        #expect(FileManager.default.contents(atPath: out + "/dev/news01.txt") == changed)
        #expect(FileManager.default.contents(atPath: out + "/dev/news01.ann") == Data("T1\tCue 1 4\tقال\nE1\tCue:T1\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: out + "/dev/news01.ann.orig"))
        #expect(!FileManager.default.fileExists(atPath: out + "/dev/news01.txt.orig"), "the old copy was Isnad's")
    }

    @Test func changedSourceKeepsAPersonsTextCopy() throws {
        let input = try scratch.smallCorpus(["dev/news01.txt"])
        let out = input + "/../out"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let copy = out + "/dev/news01.txt"
        let mine = Data("نص كتبه شخص\n".utf8)
        try mine.write(to: URL(fileURLWithPath: copy))
        try Data("وقال الوزير إن الأمر انتهى.\n".utf8).write(to: URL(fileURLWithPath: input + "/dev/news01.txt"))
        let annotation = try #require(FileManager.default.contents(atPath: out + "/dev/news01.ann"))
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("\(copy): edited since isnad wrote it; kept"))
        #expect(FileManager.default.contents(atPath: copy) == mine)
        #expect(FileManager.default.contents(atPath: out + "/dev/news01.ann") == annotation, "the pair is left alone")
    }

    @Test func textCopyNotInTheManifestIsAPersons() throws {
        let input = try scratch.smallCorpus(["dev/news02.txt"])
        let out = input + "/../out"
        try FileManager.default.createDirectory(atPath: out + "/dev", withIntermediateDirectories: true)
        let mine = Data("مسودة\n".utf8)
        try mine.write(to: URL(fileURLWithPath: out + "/dev/news02.txt"))
        let run = try Support.runFake([input, "--out", out])
        #expect(run.error.contains("news02.txt: edited since isnad wrote it; kept"))
        #expect(FileManager.default.contents(atPath: out + "/dev/news02.txt") == mine)
        #expect(!FileManager.default.fileExists(atPath: out + "/dev/news02.ann"))
    }

    @Test func outputFolderInsideTheInputIsSkipped() throws {
        let input = try scratch.smallCorpus()
        let out = input + "/annotated"
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let second = try Support.runFake([input, "--out", out])
        #expect(second.error.contains("3 documents"))
        #expect(!FileManager.default.fileExists(atPath: out + "/annotated"))
    }

    @Test func editedConfIsKeptUnlessForced() throws {
        let out = try scratch.folder() + "/out"
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        #expect(try Support.runFake([input, "--out", out]).status == 0)
        let visual = Data("[labels]\nCue | Cue | C\n".utf8)
        try visual.write(to: URL(fileURLWithPath: out + "/visual.conf"))
        let kept = try Support.runFake([input, "--out", out])
        #expect(kept.error.contains("\(out)/visual.conf: differs from isnad's; kept"))
        #expect(FileManager.default.contents(atPath: out + "/visual.conf") == visual)
        _ = try Support.runFake([input, "--out", out, "--force"])
        #expect(FileManager.default.contents(atPath: out + "/visual.conf.orig") == visual)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(Support.runIsnad(["annotate"]).status == 2)
        let folder = Support.runIsnad(["annotate", Support.corpora])
        #expect(folder.status == 2 && folder.error.contains("need --out OUTDIR"))
        let jobs = Support.runIsnad(["annotate", Support.corpora, "--out", "/tmp/x", "--jobs", "0"])
        #expect(jobs.status == 2 && jobs.error.contains("--jobs needs a whole number"))
        let force = Support.runIsnad(["annotate", Support.corpora + "/dev/news01.txt", "--force"])
        #expect(force.status == 2 && force.error.contains("--force rewrites files in OUTDIR: it needs --out OUTDIR"))
        #expect(force.output.isEmpty)
        let empty = Support.runIsnad(["annotate", Support.corpora, "--out", ""])
        #expect(empty.status == 2 && empty.error.contains("--out needs a folder name"))
    }

    @Test func missingInputIsReportedAndTheRunGoesOn() throws {
        let input = try scratch.smallCorpus(["dev/news06.txt"])
        let out = input + "/../out"
        let run = try Support.runFake([input + "/nowhere", input, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.contains("\(input)/nowhere: cannot read: no such file or folder"))
        // the missing operand is no document: one written, none failed, one other problem
        #expect(run.error.contains("isnad annotate: 1 document, "), "\(run.error)")
        #expect(run.error.hasSuffix(".ann 1 written, 0 unchanged, 0 failed; 1 other problem\n"), "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: out + "/dev/news06.ann"))
    }

    @Test func progressLineOnlyOnATerminal() throws {
        let base = try scratch.folder()
        let input = try scratch.smallCorpus()
        var bad = Array("خبر".utf8)
        bad.append(0xC0)
        try Data(bad).write(to: URL(fileURLWithPath: input + "/dev/z.txt"))
        let run = try Support.runFake([input, "--out", base + "/out", "--jobs", "1"], terminal: true)
        let clear = "\r\u{1B}[K"
        #expect(run.error.hasPrefix(clear + "1/4 documents, "), "\(run.error)")
        #expect(run.error.contains("B/s"))
        #expect(!run.error.contains("0.00 MB/s") && !run.error.contains(" 0.0 MB/s"))
        // a message clears the progress line first, and the summary stands on a clean line
        #expect(run.error.contains(clear + "\(input)/dev/z.txt: not valid UTF-8 at byte 6\n"))
        let lines = run.error.split(separator: "\n")
        #expect(lines.last?.hasPrefix("isnad annotate: 4 documents") == true)
        #expect(run.error.hasSuffix(" 3 written, 0 unchanged, 1 failed\n"))
    }

    @Test func outputFolderThatIsAFileIsAPlainError() throws {
        let file = Support.corpora + "/dev/article.txt"
        let before = FileManager.default.contents(atPath: file)
        let run = try Support.runFake([Support.corpora, "--out", file])
        #expect(run.status == 1)
        #expect(run.error == "\(file): cannot use as output folder: it is a file\n")
        #expect(FileManager.default.contents(atPath: file) == before)
        let below = try Support.runFake([Support.corpora, "--out", file + "/sub"])
        #expect(below.status == 1)
        #expect(below.error == "\(file)/sub: cannot use as output folder: not a directory\n", "\(below.error)")
    }

    @Test func parentFoldersOfOutputPaths() {
        #expect(AnnotateCommand.parentFolder(of: "X") == nil, "a bare name (Foundation's deletingLastPathComponent crashed on it)")
        #expect(AnnotateCommand.parentFolder(of: "/X") == nil)
        #expect(AnnotateCommand.parentFolder(of: "a/b/") == "a")
        #expect(AnnotateCommand.parentFolder(of: "/tmp/الناتج/x") == "/tmp/الناتج")
    }

    @Test func fileProblemsInPlainWords() {
        let denied = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteNoPermission.rawValue,
                             userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(AnnotateFileProblem.reason(denied) == "permission denied")
        #expect(AnnotateFileProblem.reason(CocoaError(.fileWriteOutOfSpace)) == "no space left on the device")
        #expect(AnnotateFileProblem.reason(NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == "read-only file system")
        #expect(!AnnotateFileProblem.reason(CocoaError(.fileWriteUnknown)).contains("Error Domain"))
    }

    @Test func crlfTextIsAnnotatedWithABratWarning() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        let path = input + "/dev/news05.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        let out = input + "/../out"
        let run = Support.runIsnad(["annotate", input, "--out", out])
        #expect(run.status == 0, "\(run.error)")
        // the warning names the copy in OUTDIR, which its advice converts (the source has no .ann beside it)
        #expect(run.error.contains("\(out)/dev/news05.txt:1:"), "\(run.error)")
        #expect(!run.error.contains(path), "\(run.error)")
        #expect(run.error.contains("warning:") && run.error.contains("CRLF"), "\(run.error)")
        #expect(run.error.contains("1 written, 0 unchanged, 0 failed"))
        let fixed = Support.runIsnad(["check", "--fix", "--eol", out])
        #expect(fixed.status == 0, "\(fixed.error)")
        #expect(FileManager.default.contents(atPath: out + "/dev/news05.txt")?.contains(0x0D) == false)
        let plain = Support.runIsnad(["annotate", try scratch.smallCorpus(["dev/news05.txt"]), "--out", out + "2"])
        #expect(!plain.error.contains("warning:"), "\(plain.error)")
    }

    @Test func folderWithoutTextsIsAnError() throws {
        let empty = try scratch.folder() + "/empty"
        try FileManager.default.createDirectory(atPath: empty + "/sub", withIntermediateDirectories: true)
        try "notes".write(toFile: empty + "/sub/notes.md", atomically: true, encoding: .utf8)
        let out = try scratch.folder() + "/out"
        let run = try Support.runFake([empty, "--out", out])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(empty): no .txt files found\n"), "\(run.error)")
        #expect(run.error.contains("0 documents"))
        #expect(run.error.hasSuffix("0 failed; 1 other problem\n"), "\(run.error)")

        let input = try scratch.smallCorpus(["dev/news04.txt"])
        let mixed = try Support.runFake([empty, input, "--out", out])
        #expect(mixed.status == 1)
        #expect(mixed.error.contains("\(empty): no .txt files found"))
        #expect(FileManager.default.fileExists(atPath: out + "/dev/news04.ann"))
    }

    /// The entry benchmarks use to time a run around the extractor: the same walk, writes and
    /// manifest, with each `.ann` made by the function given.
    @Test func runWithAnotherAnnotationFunctionWritesItsBytes() throws {
        let out = try scratch.folder() + "/out"
        let console = Console.memory()
        let status = try AnnotateCommand.run([Support.corpora + "/dev", "--out", out, "--jobs", "2"], console: console) { Array($0.reversed()) }
        #expect(status == 0, "\(console.error.text)")
        let text = try TextFile.readBytes(Support.corpora + "/dev/news04.txt")
        #expect(try TextFile.readBytes(out + "/news04.ann") == Array(text.reversed()))
        #expect(try TextFile.readBytes(out + "/news04.txt") == text)
        #expect(FileManager.default.fileExists(atPath: out + "/annotation.conf"))
        #expect(try AnnotateManifest(readingFrom: out).entries.count == 2 * 10)
        #expect(console.error.text.contains("10 documents"), "\(console.error.text)")
        #expect(throws: UsageError.self) { try AnnotateCommand.run([Support.corpora, "--bogus"], console: .memory()) { $0 } }
    }
}
