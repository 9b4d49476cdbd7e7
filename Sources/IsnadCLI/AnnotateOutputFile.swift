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
        let existing = AnnotateOutputFile.contents(of: path)
        let current = existing == bytes
        isCurrent = current
        isEdited = existing.map { !current && manifest.entries[relativePath] != AnnotateManifest.hash($0) } ?? false
    }

    /// The bytes of the regular file at `path`, or nil when there is none or it cannot be read
    /// (read with one `open`, `fstat` and `read`, without Foundation's `Data`).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: max(4096, Int(status.st_size) + 1))
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
