import Foundation
import TextFiles

/// One file an annotate run is about to write below the output folder (a `.ann` or a `.txt`
/// copy), compared with what is there now and with what the manifest says Isnad wrote.
struct AnnotateOutputFile {
    /// Its path below the output folder (the manifest key).
    let relativePath: String
    /// Its full path.
    let path: String
    /// The bytes to write.
    let bytes: [UInt8]
    /// The hash of `bytes`.
    let hash: UInt64
    /// The file already holds exactly `bytes`.
    let isCurrent: Bool
    /// The file exists with other bytes than Isnad last wrote there: a person's, to be kept.
    let isEdited: Bool

    /// Compares `bytes`, to be written at `outFolder/relativePath`, with the file there and `manifest`.
    init(relativePath: String, outFolder: String, bytes: [UInt8], manifest: AnnotateManifest) {
        self.relativePath = relativePath
        self.path = outFolder + "/" + relativePath
        self.bytes = bytes
        self.hash = AnnotateManifest.hash(bytes)
        let existing = try? TextFile.readBytes(path)
        let current = existing.map { AnnotateOutputFile.same($0, bytes) } ?? false
        isCurrent = current
        isEdited = existing.map { !current && manifest.entries[relativePath] != AnnotateManifest.hash($0) } ?? false
    }

    /// Whether `a` and `b` hold the same bytes (compared with `memcmp`).
    static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                guard let first = a.baseAddress, let second = b.baseAddress else { return true }
                return memcmp(first, second, a.count) == 0
            }
        }
    }
}
