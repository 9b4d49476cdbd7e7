import Foundation

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
        let existing = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
        let current = existing == bytes
        isCurrent = current
        isEdited = existing.map { !current && manifest.entries[relativePath] != AnnotateManifest.hash($0) } ?? false
    }
}
