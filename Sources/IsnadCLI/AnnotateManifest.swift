import Foundation
import TextFiles

/// What Isnad wrote into an output folder: for each `.ann` and `.txt` copy, a hash of the exact
/// bytes written and the file's stamp (size, inode, status-change time) right after.
///
/// Stored as `OUTDIR/.isnad-manifest.tsv`, one `relative/path<TAB>hash<TAB>size<TAB>inode<TAB>
/// ctime` line per file (16 hex digits, then decimal numbers, the time in nanoseconds), sorted.
/// A file whose stamp is still the recorded one holds the recorded bytes and need not be read; a
/// file whose bytes no longer match its hash (or that has no line) has been edited by a person,
/// and is not overwritten without `--force`. Lines of earlier versions, `relative/path<TAB>hash`
/// with a 64-bit FNV-1a hash and no stamp, are still understood.
///
/// The hash is a fast 64-bit one, not a cryptographic one: it tells Isnad's own output from a
/// person's edit (two different files share a hash once in 2^64), and anyone who could forge a
/// hash could as well edit the manifest.
struct AnnotateManifest: Equatable, Sendable {
    /// What the manifest knows of one file.
    struct Entry: Equatable, Sendable {
        /// The hash of the bytes Isnad wrote (`AnnotateManifest.hash`, or FNV-1a when `isLegacy`).
        var hash: UInt64
        /// The file's stamp when Isnad last wrote or read it; nil for a legacy line.
        var stamp: FileStamp?
        /// The hash is 64-bit FNV-1a, from a manifest of an earlier version.
        var isLegacy = false

        /// Whether `bytes` are the bytes this entry was made for.
        func describes(_ bytes: [UInt8]) -> Bool {
            hash == (isLegacy ? AnnotateManifest.legacyHash(bytes) : AnnotateManifest.hash(bytes))
        }
    }

    /// The manifest's file name inside the output folder.
    static let fileName = ".isnad-manifest.tsv"
    private static let header = "# isnad annotate manifest 2: .ann or .txt path<TAB>hash of the bytes isnad wrote<TAB>size<TAB>inode<TAB>ctime (ns)"

    /// Entries by relative path (`dev/article.ann`, `dev/article.txt`).
    var entries: [String: Entry] = [:]

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
        var failed = false
        entries.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start <= buffer.count, !failed {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
                start = end + 1
                if line.isEmpty || line[0] == UInt8(ascii: "#") { continue }
                guard let (path, entry) = AnnotateManifest.entry(line) else {
                    failed = true
                    break
                }
                entries[path] = entry
            }
        }
        if failed { throw AnnotateManifestError.malformed(path: path, line: lineNumber) }
    }

    /// The path and entry of a `relative/path<TAB>16 hex digits[<TAB>size<TAB>inode<TAB>ctime]`
    /// line, or nil when it is not one.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> (path: String, entry: Entry)? {
        var tabs: [Int] = []
        tabs.reserveCapacity(4)
        for index in line.indices where line[index] == 0x09 {
            tabs.append(index)
            if tabs.count > 4 { return nil }
        }
        guard tabs.count == 1 || tabs.count == 4, tabs[0] > 0 else { return nil }
        /// The field after tab `index`.
        func field(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: line[(tabs[index] + 1)..<(index + 1 < tabs.count ? tabs[index + 1] : line.count)])
        }
        guard field(0).count == 16, let hash = number(field(0), radix: 16) else { return nil }
        var entry = Entry(hash: hash, isLegacy: tabs.count == 1)
        if tabs.count == 4 {
            guard let size = number(field(1), radix: 10), let inode = number(field(2), radix: 10),
                  let changed = number(field(3), radix: 10), size <= Int.max, changed <= Int64.max else { return nil }
            entry.stamp = FileStamp(size: Int(size), inode: inode, changed: Int64(changed))
        }
        return (String(decoding: UnsafeBufferPointer(rebasing: line[..<tabs[0]]), as: UTF8.self), entry)
    }

    /// The value of 1–20 digits in `radix` (10 or 16, either case), or nil.
    private static func number(_ digits: UnsafeBufferPointer<UInt8>, radix: UInt64) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(UInt64(digit))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    /// The path of the manifest in `folder`.
    static func path(in folder: String) -> String { folder + "/" + fileName }

    /// The manifest's text: the header, then the entries sorted by path.
    func serialized() -> String {
        String(decoding: serializedUTF8(), as: UTF8.self)
    }

    /// `serialized()` as UTF-8 bytes, built without intermediate strings: the paths are copied
    /// into one buffer and sorted as byte strings (`memcmp`), which is the order of their UTF-8;
    /// the rows sorted hold no references, so sorting them retains and releases nothing.
    func serializedUTF8() -> [UInt8] {
        /// Where a path lies in `paths`, with its entry.
        struct Row {
            var start: Int
            var count: Int
            var entry: Entry
        }
        var paths: [UInt8] = []
        var rows: [Row] = []
        rows.reserveCapacity(entries.count)
        for (path, entry) in entries {
            let start = paths.count
            paths.append(contentsOf: path.utf8)
            rows.append(Row(start: start, count: paths.count - start, entry: entry))
        }
        let header = Array(AnnotateManifest.header.utf8)
        // a row: its path, 16 hex digits, three numbers of at most 20 digits, four tabs and a line end
        let capacity = header.count + 1 + paths.count + rows.count * (16 + 3 * 20 + 5)
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let out = buffer.baseAddress else { return }
            header.withUnsafeBufferPointer { header in
                if let start = header.baseAddress { out.update(from: start, count: header.count) }
            }
            count = header.count
            out[count] = 0x0A
            count += 1
            paths.withUnsafeBufferPointer { paths in
                guard let base = paths.baseAddress else { return }
                rows.sort { a, b in
                    let order = memcmp(base + a.start, base + b.start, min(a.count, b.count))
                    return order != 0 ? order < 0 : a.count < b.count
                }
                for row in rows {
                    (out + count).update(from: base + row.start, count: row.count)
                    count += row.count
                    out[count] = 0x09
                    count += 1
                    AnnotateManifest.writeHex(row.entry.hash, to: out, at: &count)
                    if !row.entry.isLegacy {
                        // no stamp (it could not be had): one that matches no file
                        let stamp = row.entry.stamp ?? FileStamp(size: 0, inode: 0, changed: 0)
                        out[count] = 0x09
                        count += 1
                        DecimalDigits.write(UInt64(stamp.size), to: out, at: &count)
                        out[count] = 0x09
                        count += 1
                        DecimalDigits.write(stamp.inode, to: out, at: &count)
                        out[count] = 0x09
                        count += 1
                        DecimalDigits.write(UInt64(max(0, stamp.changed)), to: out, at: &count)
                    }
                    out[count] = 0x0A
                    count += 1
                }
            }
        }
    }

    /// The sixteen lowercase hex digits.
    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Writes `value` as 16 lowercase hex digits at `out[count]` and advances `count` past them.
    private static func writeHex(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>, at count: inout Int) {
        let hexDigits = AnnotateManifest.hexDigits.utf8Start
        for position in 0..<16 {
            out[count + 15 - position] = hexDigits[Int(truncatingIfNeeded: value >> (4 * UInt64(position)) & 0xF)]
        }
        count += 16
    }

    /// Writes the manifest into `folder`, atomically.
    func write(to folder: String) throws {
        try AtomicFile.write(serializedUTF8(), to: AnnotateManifest.path(in: folder))
    }

    /// A 64-bit hash of `bytes`, sixteen bytes per step (a change detector, not a security
    /// measure): each step multiplies two 64-bit words mixed with the state into 128 bits and
    /// folds the halves, as wyhash does.
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let count = raw.count
            var state = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
            var offset = 0
            func word(_ at: Int) -> UInt64 { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
            while offset + 16 <= count {
                state = fold(word(offset) ^ state ^ 0xA076_1D64_78BD_642F, word(offset + 8) ^ 0xE703_7ED1_A0B4_28DB)
                offset += 16
            }
            var tail: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &tail) { buffer in
                buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...]))
            }
            state = fold(UInt64(littleEndian: tail.0) ^ state ^ 0xA076_1D64_78BD_642F, UInt64(littleEndian: tail.1) ^ 0x8EBC_6AF0_9C88_C6E3)
            return fold(state ^ 0x5899_65CC_7537_4CC3, UInt64(count) ^ 0x1D8E_4E27_C47D_124F)
        }
    }

    /// The high and low halves of the 128-bit product of `a` and `b`, exclusive-ored.
    private static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    /// The 64-bit FNV-1a hash of `bytes`, the hash of manifests of earlier versions.
    static func legacyHash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        FNV1a.hash(bytes)
    }

    /// `hash` as 16 lowercase hex digits.
    static func hex(_ hash: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            guard let out = buffer.baseAddress else { return 0 }
            var count = 0
            writeHex(hash, to: out, at: &count)
            return count
        }
    }
}
