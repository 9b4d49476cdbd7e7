import Dispatch
import Foundation
import Testing
import TextFiles
@testable import IsnadCLI

/// The output folders of an annotate run are made once, by whichever worker comes first, and
/// only a folder this run made counts as new (its files are then not looked for).
@Suite final class AnnotateOutputFoldersTests {
    let scratch: AnnotateScratch
    init() throws { scratch = try AnnotateScratch() }

    @Test func workersMakeEachFolderOnceAndOnlyNewFoldersCountAsNew() throws {
        let out = try scratch.folder()
        try FileManager.default.createDirectory(atPath: out + "/old/kept", withIntermediateDirectories: true)
        // as the documents of a corpus come: many per folder, nested, several workers at once
        let paths = (0..<400).map { index in
            index % 5 == 0 ? "old/kept/news\(index).txt" : "copy\(index / 40)/\(index % 2 == 0 ? "dev" : "test")/news\(index).txt"
        }
        let folders = AnnotateOutputFolders(outFolder: out)
        let results = Results(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for index in stride(from: worker, to: paths.count, by: 4) {
                results.set(index, Result { try folders.prepare(folderOf: paths[index]) })
            }
        }
        var madeBy: [String: Int] = [:]
        for (index, path) in paths.enumerated() {
            let folder = String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)])
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: out + "/" + folder, isDirectory: &isDirectory) && isDirectory.boolValue)
            let made = try results.get(index).get()
            if folder == "old/kept" { #expect(!made, "a folder that was there is not new") }
            if made { madeBy[folder, default: 0] += 1 }
        }
        #expect(madeBy.count == 20, "every folder made by the run is reported new by some worker")
        // once made, a folder stays new for the rest of the run, and a folder that was there never is
        for path in paths {
            #expect(try folders.prepare(folderOf: path) == !path.hasPrefix("old/"))
        }
        // a later run finds them all
        let later = AnnotateOutputFolders(outFolder: out)
        #expect(try paths.allSatisfy { try !later.prepare(folderOf: $0) })
        #expect(try !later.prepare(folderOf: "top.txt"))
        // a file where a folder should be is a clear error
        _ = FileManager.default.createFile(atPath: out + "/blocked", contents: Data())
        #expect(throws: TextFileError.self) { try later.prepare(folderOf: "blocked/sub/x.txt") }
    }

    /// The workers' results, each slot written by one worker.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Result<Bool, Error>?]
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<Bool, Error>) { lock.withLock { values[index] = value } }
        func get(_ index: Int) throws -> Result<Bool, Error> {
            try #require(lock.withLock { values[index] })
        }
    }
}

/// A worker's open folder: paths split into folder and name, a folder opened once for the
/// documents that follow in it.
@Suite struct FolderDescriptorTests {
    @Test func splitsAPathIntoItsFolderAndName() {
        #expect(FolderDescriptor.split("a/b/c.txt") == ("a/b", "c.txt"))
        #expect(FolderDescriptor.split("c.txt") == (".", "c.txt"))
        #expect(FolderDescriptor.split("/c.txt") == ("/", "c.txt"))
        #expect(FolderDescriptor.split("/tmp/قصص/خبر.txt") == ("/tmp/قصص", "خبر.txt"))
        #expect(FolderDescriptor.split("a/") == ("a", ""))
        // a bridged or sliced string, whose bytes may not lie in one piece, splits the same way
        let sliced = String("x/a/b/c.txt".dropFirst(2))
        #expect(FolderDescriptor.split(sliced) == ("a/b", "c.txt"))
        #expect(FolderDescriptor.lastSlash(in: "no-slash") == nil)
        let path = "قصص/خبر/x"
        #expect(FolderDescriptor.lastSlash(in: path).map { path[..<$0] } == "قصص/خبر")
    }

    @Test func keepsOneFolderOpenUntilAnotherIsAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-folder-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/b", withIntermediateDirectories: true)
        var open = FolderDescriptor()
        let opened = open.descriptor(for: Substring(folder + "/a"))
        let first = try #require(opened)
        let again = open.descriptor(for: Substring(folder + "/a"))
        #expect(again == first, "the same folder: the same descriptor")
        var status = stat()
        #expect(fstat(first, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR)
        let other = open.descriptor(for: Substring(folder + "/b"))
        let second = try #require(other)
        #expect(fstat(second, &status) == 0)
        let missing = open.descriptor(for: Substring(folder + "/missing"))
        #expect(missing == nil, "a folder that cannot be opened: paths are used")
        let back = open.descriptor(for: Substring(folder + "/a"))
        #expect(back != nil)
    }
}
