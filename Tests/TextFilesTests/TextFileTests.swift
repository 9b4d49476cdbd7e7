import Foundation
import Testing
@testable import TextFiles

@Suite struct UTF8ValidationTests {
    @Test func acceptsArabicEmojiAndBOM() {
        let bytes = Array("\u{FEFF}قال: \"نعم\" 😀\r\n".utf8)
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == nil)
    }

    @Test(arguments: [
        ([0x61, 0xFF, 0x62], 1),              // never valid
        ([0x61, 0x62, 0xC0, 0xAF], 2),        // overlong '/'
        ([0xED, 0xA0, 0x80], 0),              // UTF-16 surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),        // past U+10FFFF
        ([0xD9, 0x82, 0xD8], 2),              // truncated at end
        ([0xD9, 0x82, 0x80, 0x61], 2),        // stray continuation byte
    ] as [([UInt8], Int)])
    func reportsFirstBadByte(bytes: [UInt8], expected: Int) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == expected)
    }

    @Test func decodesTheSameScalarsAsTheStandardLibrary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let texts = try ["dev/article.txt", "dev/news01.txt", "test/news03.txt"].map {
            try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/Corpora/" + $0)))
        } + [Array("\u{FEFF}قال: \"نعم\" 😀 €\r\n\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}".utf8), []]
        for bytes in texts {
            #expect(UTF8Validation.scalars(decoding: bytes) == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars))
        }
    }

    @Test func decodingAgreesWithValidationOnMixedAndDamagedText() {
        // Runs of ASCII and of two-byte letters at every alignment, with bytes changed one at a
        // time (into a C0/C1 lead, a stray continuation, a three-byte lead …).
        let text = Array("قال abc الوزير: \"نعم\" 😀 xyz € مؤكدا أن12345678كلمة".utf8)
        var cases = (0..<16).map { Array(text.dropFirst($0)) }
        for index in text.indices {
            for byte: UInt8 in [0xC0, 0xC1, 0x80, 0xE2, 0x41, 0xD9, 0xFF] {
                var damaged = text
                damaged[index] = byte
                cases.append(damaged)
            }
        }
        for bytes in cases {
            let valid = UTF8Validation.firstInvalidByte(in: bytes) == nil
            let decoded = UTF8Validation.scalars(decoding: bytes)
            #expect(valid == (decoded != nil))
            if valid { #expect(decoded == Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)) }
        }
    }

    @Test(arguments: [
        [0x61, 0xFF, 0x62], [0x61, 0x62, 0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xD9, 0x82, 0xD8], [0xD9, 0x82, 0x80, 0x61], [0xE0, 0x9F, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
        [0x61, 0xD9], [0xD9, 0x61], [0xC1, 0xBF], [0xD9, 0xC2, 0x80], Array("قال قال".utf8) + [0xD9, 0xD9, 0x82],
    ] as [[UInt8]])
    func decodingRefusesWhatValidationRefuses(bytes: [UInt8]) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) != nil)
        #expect(UTF8Validation.scalars(decoding: bytes) == nil)
    }

    @Test func truncatedTailIsAllowedWhenStreaming() {
        let bytes: [UInt8] = [0x61, 0xD9]
        #expect(UTF8Validation.firstInvalidByte(in: bytes, allowTruncatedTail: true) == nil)
        #expect(UTF8Validation.incompleteTailLength(of: bytes) == 1)
        #expect(UTF8Validation.incompleteTailLength(of: Array("😀".utf8.prefix(3))) == 3)
        #expect(UTF8Validation.incompleteTailLength(of: Array("قال".utf8)) == 0)
    }
}

@Suite struct TextFileTests {
    @Test func offsetsAreScalarsNotCharacters() throws {
        // "قَالَ" is 2 user-perceived characters' worth of letters with marks: 5 scalars.
        let file = try TextFile(path: "mem", bytes: Array("\u{FEFF}قَالَ\r\n".utf8))
        #expect(file.scalars.count == 8)
        #expect(file.slice(1..<6) == "قَالَ")
        #expect(file.slice(6..<8) == "\r\n")
    }

    @Test func invalidBytesNameThePathAndByte() {
        #expect(throws: TextFileError.invalidUTF8(path: "x.txt", byte: 3)) {
            try TextFile(path: "x.txt", bytes: [0x61, 0x62, 0x63, 0xFE])
        }
        #expect(TextFileError.invalidUTF8(path: "x.txt", byte: 3).description == "x.txt: not valid UTF-8 at byte 3")
        #expect(TextFileError.invalidUTF8(path: "x.txt", byte: 3).message == "not valid UTF-8 at byte 3")
        #expect(TextFileError.unreadable(path: "x.txt", reason: "no such file").message == "cannot read: no such file")
    }

    @Test func readsBytesOfFilesAndRefusesFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-read-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let big = Array(String(repeating: "قال المتحدث إن الاجتماع انتهى.\n", count: 3000).utf8)
        for (name, bytes) in [("empty.txt", [UInt8]()), ("small.txt", Array("نعم\n".utf8)), ("big.txt", big)] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes))
            #expect(try TextFile.readBytes(folder + "/" + name) == bytes)
            let file = try TextFile(contentsOf: folder + "/" + name)
            #expect(file.bytes == bytes)
            #expect(file.text == String(decoding: bytes, as: UTF8.self))
            #expect(file.scalars == Array(file.text.unicodeScalars))
        }
        #if os(Linux)
        // A file that reports no size is read to its end.
        let status = try TextFile.readBytes("/proc/self/status")
        #expect(!status.isEmpty && String(decoding: status, as: UTF8.self).contains("Umask:"))
        #endif
        #expect(throws: TextFileError.unreadable(path: folder, reason: "is a directory")) { try TextFile.readBytes(folder) }
        #expect(throws: TextFileError.unreadable(path: folder + "/none.txt", reason: "no such file")) {
            try TextFile.readBytes(folder + "/none.txt")
        }
    }

    @Test func missingFileIsAnError() {
        #expect(throws: TextFileError.self) { try TextFile(contentsOf: "/nonexistent/isnad/x.txt") }
    }
}

@Suite struct ListedFileReadingTests {
    @Test func readsTheWholeFileWhateverSizeTheListingSaid() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-read-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/doc.txt"
        let text = Array(String(repeating: "قال الوزير إن الوضع مستقر.\n", count: 5_000).utf8)
        #expect(text.count > 65_536 * 3)
        try Data(text).write(to: URL(fileURLWithPath: path))
        // the size found, a smaller one (the file grew since), a larger one (it shrank), none
        for expected in [text.count, 10, text.count + 100, 0] {
            #expect(try TextFile.readBytes(path, expectedSize: expected) == text)
        }
        try Data().write(to: URL(fileURLWithPath: path))
        #expect(try TextFile.readBytes(path, expectedSize: 5) == [])
        #expect(throws: TextFileError.unreadable(path: folder + "/none.txt", reason: "no such file")) {
            try TextFile.readBytes(folder + "/none.txt", expectedSize: 3)
        }
        #expect(throws: TextFileError.unreadable(path: folder, reason: "is a directory")) {
            try TextFile.readBytes(folder, expectedSize: 3)
        }
    }
}

/// Files read and made relative to an open folder behave as those named by their paths.
@Suite struct FolderRelativeFileTests {
    @Test func readsAFileByItsNameInAnOpenFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-relative-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        let text = Array("قال الوزير إن الوضع مستقر.\n".utf8)
        try Data(text).write(to: URL(fileURLWithPath: folder + "/sub/doc.txt"))
        let descriptor = open(folder + "/sub", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        for expected in [text.count, 3, 0] {
            #expect(try TextFile.readBytes(named: "doc.txt", in: descriptor, path: folder + "/sub/doc.txt", expectedSize: expected) == text)
        }
        // errors name the path given, not the name in the folder
        #expect(throws: TextFileError.unreadable(path: "shown/none.txt", reason: "no such file")) {
            try TextFile.readBytes(named: "none.txt", in: descriptor, path: "shown/none.txt", expectedSize: 3)
        }
    }

    @Test func createsAFileByItsNameInAnOpenFolderAndNeverReplaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-relative-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        let descriptor = open(folder + "/out", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let path = folder + "/out/doc.ann"
        let stamp = try #require(try AtomicFile.create(Array("قال\n".utf8), named: "doc.ann", in: descriptor, path: path))
        #expect(try TextFile(contentsOf: path).text == "قال\n")
        #expect(FileStamp(path: path) == stamp)
        // a name that is taken is left alone, a file or a dangling link
        #expect(try AtomicFile.create(Array("other\n".utf8), named: "doc.ann", in: descriptor, path: path) == nil)
        #expect(try TextFile(contentsOf: path).text == "قال\n")
        try FileManager.default.createSymbolicLink(atPath: folder + "/out/dangling.ann", withDestinationPath: "nowhere.ann")
        #expect(try AtomicFile.create(Array("x".utf8), named: "dangling.ann", in: descriptor, path: folder + "/out/dangling.ann") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out").sorted() == ["dangling.ann", "doc.ann"])
        // a descriptor that is no folder: the file is made by its path, the portable way
        let other = folder + "/out/second.ann"
        #expect(try AtomicFile.create(Array("y".utf8), named: "second.ann", in: -1, path: other) != nil)
        #expect(try TextFile(contentsOf: other).text == "y")
    }
}

@Suite struct AtomicFileTests {
    @Test func keepsTheOldFileAsOrig() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/doc.ann"
        #expect(try AtomicFile.write("first\n", to: path, keepingBackup: true) == nil)
        let backup = try AtomicFile.write("second\n", to: path, keepingBackup: true)
        #expect(backup == path + ".orig")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect(try String(contentsOfFile: path + ".orig", encoding: .utf8) == "first\n")
        // A second rewrite must not clobber the first backup.
        #expect(try AtomicFile.write("third\n", to: path, keepingBackup: true) == path + ".orig.2")
        #expect(try String(contentsOfFile: path + ".orig", encoding: .utf8) == "first\n")
        // Writing identical bytes makes no backup.
        #expect(try AtomicFile.write("third\n", to: path, keepingBackup: true) == nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func writingOverAFolderFailsWithoutCopyingIt() throws {
        // `isnad agree --html Annotations …` once copied the whole Annotations folder to Annotations.orig.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/report/gold", withIntermediateDirectories: true)
        try AtomicFile.write("قال\n", to: folder + "/report/gold/doc.txt")
        #expect(throws: TextFileError.unwritable(path: folder + "/report", reason: "it is a folder")) {
            try AtomicFile.write("<html>", to: folder + "/report", keepingBackup: true)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report"])
        #expect(try TextFile(contentsOf: folder + "/report/gold/doc.txt").text == "قال\n")
    }

    @Test func writesThroughASymbolicLinkAndKeepsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try AtomicFile.write("الأصل\n", to: folder + "/real/doc.ann")
        // A relative link in another folder, and a link to that link.
        try FileManager.default.createSymbolicLink(atPath: folder + "/doc.ann", withDestinationPath: "real/doc.ann")
        try FileManager.default.createSymbolicLink(atPath: folder + "/again.ann", withDestinationPath: folder + "/doc.ann")
        let backup = try AtomicFile.write("الجديد\n", to: folder + "/again.ann", keepingBackup: true)
        #expect(backup == folder + "/real/doc.ann.orig")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/doc.ann") == "real/doc.ann")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/again.ann") == folder + "/doc.ann")
        #expect(try TextFile(contentsOf: folder + "/real/doc.ann").text == "الجديد\n")
        #expect(try TextFile(contentsOf: folder + "/real/doc.ann.orig").text == "الأصل\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["again.ann", "doc.ann", "real"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real").sorted() == ["doc.ann", "doc.ann.orig"])
    }

    @Test func aDanglingLinkGetsItsFileCreated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/doc.ann", withDestinationPath: "target.ann")
        try AtomicFile.write("T1\tCue 0 3\tقال\n", to: folder + "/doc.ann")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/doc.ann") == "target.ann")
        #expect(try TextFile(contentsOf: folder + "/target.ann").text == "T1\tCue 0 3\tقال\n")
    }

    @Test func aLinkLoopIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder + "/a.ann", withDestinationPath: "b.ann")
        try FileManager.default.createSymbolicLink(atPath: folder + "/b.ann", withDestinationPath: "a.ann")
        #expect(throws: TextFileError.unwritable(path: folder + "/a.ann", reason: "too many levels of symbolic links")) {
            try AtomicFile.write("x", to: folder + "/a.ann")
        }
    }

    @Test func keepsThePermissionsOfTheFileItReplaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/deep/new/doc.ann"
        try AtomicFile.write("first\n", to: path)
        #expect(try permissions(path) == 0o644 & ~currentUmask())
        for mode in [0o600, 0o755, 0o640] {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            try AtomicFile.write("mode \(mode)\n", to: path, keepingBackup: true)
            #expect(try permissions(path) == mode)
            #expect(try TextFile(contentsOf: path).text == "mode \(mode)\n")
        }
        // The backups are copies of the old files, with their modes.
        #expect(try permissions(path + ".orig") == 0o600)
        #expect(try permissions(path + ".orig.2") == 0o755)
    }

    /// Both ways: an unnamed file linked under its name, and the portable temporary file.
    @Test(arguments: [true, false])
    func createMakesANewFileAndNeverReplaces(unnamed: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/deep/new/doc.ann"
        let stamp = try #require(try AtomicFile.create(Array("قال\n".utf8), at: path, unnamed: unnamed), "missing folders are made")
        #expect(try TextFile(contentsOf: path).text == "قال\n")
        #expect(FileStamp(path: path) == stamp)
        #expect(stamp.size == "قال\n".utf8.count)
        #expect(try permissions(path) == 0o644 & ~currentUmask())
        // A name that is taken, even by a dangling link, is left alone.
        #expect(try AtomicFile.create(Array("other\n".utf8), at: path, unnamed: unnamed) == nil)
        #expect(try TextFile(contentsOf: path).text == "قال\n")
        try FileManager.default.createSymbolicLink(atPath: folder + "/dangling.ann", withDestinationPath: "nowhere.ann")
        #expect(try AtomicFile.create(Array("x".utf8), at: folder + "/dangling.ann", unnamed: unnamed) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.ann"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/deep/new") == ["doc.ann"], "no temporary file is left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["dangling.ann", "deep"])
    }

    @Test func aStampChangesWithAnEditOfTheSameSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isnad-atomic-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/doc.ann"
        let written = try #require(try AtomicFile.create(Array("T1\tCue 0 3\tقال\n".utf8), at: path))
        #expect(try TextFile.readBytesAndStamp(path).stamp == written)
        // Same size, same inode, written in place at once, its modification time set back:
        // only the status-change time tells.
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data("T2".utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
        let edited = try #require(FileStamp(path: path))
        #expect(edited.size == written.size && edited.inode == written.inode)
        #expect(edited != written)
        // A replacement is another file.
        let replaced = try AtomicFile.replace(Array("T1\tCue 0 3\tقال\n".utf8), at: path)
        #expect(replaced.backup == nil)
        #expect(replaced.stamp == FileStamp(path: path))
        #expect(replaced.stamp != edited)
    }

    private func permissions(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// The process's umask, read without changing it (tests run in parallel).
    private func currentUmask() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Umask:") }
        return line.flatMap { Int($0.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8) } ?? 0o022
    }
}
