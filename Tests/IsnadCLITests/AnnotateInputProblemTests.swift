import Foundation
import Testing
@testable import IsnadCLI

/// Inputs of `isnad annotate --out` that cannot be annotated as given (a broken link, a folder
/// that cannot be listed, the output folder among them): reported, exit code 1, never skipped in
/// silence; the other documents are still written.
@Suite final class AnnotateInputProblemTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }
    typealias Support = AnnotateTestSupport

    @Test func brokenLinkInAFolderIsReported() throws {
        let input = try scratch.smallCorpus()
        try FileManager.default.createSymbolicLink(atPath: input + "/dev/gone.txt", withDestinationPath: "nowhere.txt")
        let out = input + "/../out"
        let run = try Support.runFake([input, "--out", out])
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("\(input)/dev/gone.txt: cannot read: broken symbolic link to 'nowhere.txt'\n"), "\(run.error)")
        #expect(run.error.hasSuffix(".ann 3 written, 0 unchanged, 0 failed; 1 other problem\n"), "\(run.error)")
        #expect(FileManager.default.fileExists(atPath: out + "/dev/news02.ann"))
    }

    @Test func brokenLinkOperandNamesItsTarget() throws {
        let folder = try scratch.folder()
        try FileManager.default.createSymbolicLink(atPath: folder + "/gone.txt", withDestinationPath: "nowhere.txt")
        let run = try Support.runFake([folder + "/gone.txt", "--out", folder + "/out"])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("\(folder)/gone.txt: cannot read: broken symbolic link to 'nowhere.txt'\n"), "\(run.error)")
    }

    /// A named pipe called `x.txt` in a folder made the run wait for ever on reading it.
    @Test(.timeLimit(.minutes(1))) func namedPipeInAFolderIsReportedNotRead() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        try #require(mkfifo(input + "/dev/pipe.txt", 0o644) == 0)
        let out = input + "/../out"
        let run = try Support.runFake([input, "--out", out])
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("\(input)/dev/pipe.txt: not a regular file; skipped\n"), "\(run.error)")
        #expect(run.error.hasSuffix(".ann 1 written, 0 unchanged, 0 failed; 1 other problem\n"), "\(run.error)")
    }

    /// `--out` naming an input folder annotated nothing (the walk skips OUTDIR) yet wrote brat's
    /// conf files among the person's texts: it is refused before anything is written.
    @Test func outputFolderThatIsAnInputFolderIsRefused() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        let before = Support.snapshot(input)
        for out in [input, input + "/", input + "/dev/.."] {
            let run = try Support.runFake([input, "--out", out])
            #expect(run.status == 1)
            #expect(run.error == "\(out): cannot use as output folder: it is also an input folder; give --out a folder of its own\n", "\(run.error)")
        }
        #expect(Support.snapshot(input) == before, "nothing written into the input")
    }

    /// A folder the walk cannot list (here: its path is longer than the system allows, which
    /// stops root too, unlike permissions) is reported instead of being skipped in silence.
    @Test func folderThatCannotBeListedIsReported() throws {
        let input = try scratch.smallCorpus(["dev/news05.txt"])
        let name = String(repeating: "ف", count: 120)  // 240 bytes
        let depth = Int(PATH_MAX) / (name.utf8.count + 1) + 1
        let deep = try Self.makeDeepFolder(in: input, name: name, depth: depth, text: "قال الوزير")
        defer { Self.removeDeepFolder(in: input, name: name, depth: depth) }
        let out = input + "/../out"
        let run = try Support.runFake([input, "--out", out])
        #expect(run.status == 1, "\(run.error)")
        #expect(run.error.contains("\(input)/\(deep): cannot read the folder: file name too long\n"), "\(run.error)")
        #expect(run.error.hasSuffix(".ann 1 written, 0 unchanged, 0 failed; 1 other problem\n"), "\(run.error)")
    }

    /// Makes `depth` nested folders called `name` below `folder` (through descriptors, so the
    /// whole path may exceed PATH_MAX) with `deep.txt` in the last one; returns the relative
    /// path of the first folder whose full path is too long to open.
    private static func makeDeepFolder(in folder: String, name: String, depth: Int, text: String) throws -> String {
        var descriptor = open(folder, O_RDONLY | O_DIRECTORY)
        try #require(descriptor >= 0)
        var relative: [String] = []
        var firstTooLong: String?
        for _ in 0..<depth {
            try #require(mkdirat(descriptor, name, 0o755) == 0)
            let next = openat(descriptor, name, O_RDONLY | O_DIRECTORY)
            close(descriptor)
            try #require(next >= 0)
            descriptor = next
            relative.append(name)
            let path = relative.joined(separator: "/")
            if firstTooLong == nil, (folder + "/" + path).utf8.count >= Int(PATH_MAX) { firstTooLong = path }
        }
        let file = openat(descriptor, "deep.txt", O_WRONLY | O_CREAT, 0o644)
        try #require(file >= 0)
        _ = Array(text.utf8).withUnsafeBytes { write(file, $0.baseAddress, $0.count) }
        close(file)
        close(descriptor)
        return try #require(firstTooLong)
    }

    /// Removes what `makeDeepFolder` made (Foundation cannot: the paths are too long).
    private static func removeDeepFolder(in folder: String, name: String, depth: Int) {
        var descriptors = [open(folder, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<depth {
            guard let last = descriptors.last, last >= 0 else { break }
            descriptors.append(openat(last, name, O_RDONLY | O_DIRECTORY))
        }
        if let last = descriptors.last, last >= 0 { unlinkat(last, "deep.txt", 0) }
        while descriptors.count > 1 {
            let child = descriptors.removeLast()
            if child >= 0 { close(child) }
            if let parent = descriptors.last, parent >= 0 { unlinkat(parent, name, AT_REMOVEDIR) }
        }
        if let root = descriptors.first, root >= 0 { close(root) }
    }
}
