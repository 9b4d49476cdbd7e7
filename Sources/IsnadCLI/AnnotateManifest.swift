import Foundation
import TextFiles

/// What Isnad wrote into an output folder: for each `.ann` and `.txt` copy, a hash of the exact
/// bytes written.
///
/// Stored as `OUTDIR/.isnad-manifest.tsv`, one `relative/path<TAB>hash` line per file
/// (16 hex digits of 64-bit FNV-1a), sorted. A file whose bytes no longer match its line
/// (or that has no line) has been edited by a person, and is not overwritten without `--force`.
struct AnnotateManifest: Equatable, Sendable {
    /// The manifest's file name inside the output folder.
    static let fileName = ".isnad-manifest.tsv"
    private static let header = "# isnad annotate manifest: .ann or .txt path<TAB>FNV-1a 64 of the bytes isnad wrote"

    /// Hashes by relative path (`dev/article.ann`, `dev/article.txt`).
    var entries: [String: UInt64] = [:]

    /// An empty manifest.
    init() {}

    /// Reads the manifest in `folder`; an absent file is an empty manifest.
    /// - Throws: `AnnotateManifestError` for unreadable files and malformed lines.
    init(readingFrom folder: String) throws {
        let path = AnnotateManifest.path(in: folder)
        let bytes: [UInt8]
        do {
            bytes = try TextFile.readBytes(path)
            if let bad = UTF8Validation.firstInvalidByte(in: bytes) { throw TextFileError.invalidUTF8(path: path, byte: bad) }
        } catch TextFileError.unreadable(_, let reason) where reason == "no such file" {
            return
        } catch let error as TextFileError {
            throw AnnotateManifestError.unreadable(error.description)
        }
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            guard let entry = AnnotateManifest.entry(line) else {
                throw AnnotateManifestError.malformed(path: path, line: lineNumber)
            }
            entries[entry.path] = entry.hash
        }
    }

    /// The path and hash of a `relative/path<TAB>16 hex digits` line, or nil when it is not one.
    private static func entry(_ line: ArraySlice<UInt8>) -> (path: String, hash: UInt64)? {
        guard let tab = line.firstIndex(of: 0x09), tab > line.startIndex, line.endIndex - tab == 17 else { return nil }
        var hash: UInt64 = 0
        for byte in line[(tab + 1)...] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            hash = hash << 4 | UInt64(digit)
        }
        return (String(decoding: line[..<tab], as: UTF8.self), hash)
    }

    /// The path of the manifest in `folder`.
    static func path(in folder: String) -> String { folder + "/" + fileName }

    /// The manifest's text: the header, then the entries sorted by path.
    func serialized() -> String {
        String(decoding: serializedUTF8(), as: UTF8.self)
    }

    /// `serialized()` as UTF-8 bytes, built without intermediate strings: the paths are sorted
    /// as byte strings (`memcmp`), which is the order of their UTF-8.
    func serializedUTF8() -> [UInt8] {
        let rows = entries.map { (path: Array($0.key.utf8), hash: $0.value) }.sorted { AnnotateManifest.precedes($0.path, $1.path) }
        var bytes = Array(AnnotateManifest.header.utf8)
        bytes.reserveCapacity(bytes.count + 1 + rows.reduce(0) { $0 + $1.path.count + 18 })
        bytes.append(0x0A)
        let digits = Array("0123456789abcdef".utf8)
        for row in rows {
            bytes += row.path
            bytes.append(0x09)
            for shift in stride(from: 60, through: 0, by: -4) {
                bytes.append(digits[Int((row.hash >> UInt64(shift)) & 0xF)])
            }
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Whether byte string `a` sorts before `b` (a prefix first).
    private static func precedes(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let order = a.withUnsafeBytes { a in
            b.withUnsafeBytes { b -> Int32 in
                guard let first = a.baseAddress, let second = b.baseAddress else { return 0 }
                return memcmp(first, second, min(a.count, b.count))
            }
        }
        return order != 0 ? order < 0 : a.count < b.count
    }

    /// Writes the manifest into `folder`, atomically.
    func write(to folder: String) throws {
        try AtomicFile.write(serializedUTF8(), to: AnnotateManifest.path(in: folder))
    }

    /// The 64-bit FNV-1a hash of `bytes` (a change detector, not a security measure).
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `hash` as 16 lowercase hex digits.
    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
