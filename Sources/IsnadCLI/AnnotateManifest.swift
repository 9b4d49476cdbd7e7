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
        guard FileManager.default.fileExists(atPath: path) else { return }
        let file: TextFile
        do {
            file = try TextFile(contentsOf: path)
        } catch let error as TextFileError {
            throw AnnotateManifestError.unreadable(error.description)
        }
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, fields[1].count == 16,
                  let hash = UInt64(fields[1], radix: 16) else {
                throw AnnotateManifestError.malformed(path: path, line: index + 1)
            }
            entries[String(fields[0])] = hash
        }
    }

    /// The path of the manifest in `folder`.
    static func path(in folder: String) -> String { folder + "/" + fileName }

    /// The manifest's text: the header, then the entries sorted by path.
    func serialized() -> String {
        var text = AnnotateManifest.header + "\n"
        for path in entries.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let hash = entries[path] else { continue }
            text += path + "\t" + AnnotateManifest.hex(hash) + "\n"
        }
        return text
    }

    /// Writes the manifest into `folder`, atomically.
    func write(to folder: String) throws {
        try AtomicFile.write(serialized(), to: AnnotateManifest.path(in: folder))
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
