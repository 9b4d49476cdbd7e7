import Foundation
import TextFiles

/// One file an annotate run is about to write below the output folder (a `.ann` or a `.txt`
/// copy), compared with what is there now and with what the manifest says Isnad wrote.
///
/// A file whose stamp is the one the manifest recorded is taken to hold the bytes recorded and
/// is not read: its hash tells whether it is current. Any other file that exists is read and
/// compared byte by byte.
struct AnnotateOutputFile {
    /// What is at the path now.
    enum State: Equatable {
        /// Nothing: the file is to be made.
        case absent
        /// Exactly the bytes to write, as the entry says.
        case current(AnnotateManifest.Entry)
        /// Other bytes, the ones Isnad last wrote there: to be replaced.
        case isnads
        /// Other bytes than Isnad last wrote there: a person's, to be kept.
        case edited
    }

    /// Its path below the output folder (the manifest key).
    let relativePath: String
    /// Its full path.
    let path: String
    /// The bytes to write.
    let bytes: [UInt8]
    /// The hash of `bytes`.
    let hash: UInt64
    /// What is at `path` now.
    let state: State
    /// What the manifest says of `relativePath`.
    let recorded: AnnotateManifest.Entry?

    /// Compares `bytes`, to be written at `outFolder/relativePath`, with the file there and
    /// `manifest`; `isNew` says that the file's folder was made by this run, so that it is not
    /// looked for.
    init(relativePath: String, outFolder: String, bytes: [UInt8], manifest: AnnotateManifest, isNew: Bool = false) {
        self.relativePath = relativePath
        self.path = outFolder + "/" + relativePath
        self.bytes = bytes
        let hash = AnnotateManifest.hash(bytes)
        self.hash = hash
        // a first run's manifest is empty: no path is hashed to look it up
        let recorded = manifest.entries.isEmpty ? nil : manifest.entries[relativePath]
        self.recorded = recorded
        if isNew {
            state = .absent
        } else if let recorded, let stamp = recorded.stamp {
            // one `stat`: no file, or the file as Isnad left it, or one to read
            switch FileStamp(path: path) {
            case nil: state = .absent
            case stamp?: state = recorded.hash == hash && stamp.size == bytes.count ? .current(recorded) : .isnads
            case _?: state = AnnotateOutputFile.compare(path, bytes, hash: hash, recorded: recorded)
            }
        } else {
            state = AnnotateOutputFile.compare(path, bytes, hash: hash, recorded: recorded)
        }
    }

    /// The state of the file at `path` (read), to be replaced by `bytes`.
    private static func compare(_ path: String, _ bytes: [UInt8], hash: UInt64, recorded: AnnotateManifest.Entry?) -> State {
        guard let existing = try? TextFile.readBytesAndStamp(path) else { return .absent }
        if same(existing.bytes, bytes) { return .current(.init(hash: hash, stamp: existing.stamp)) }
        return recorded?.describes(existing.bytes) == true ? .isnads : .edited
    }

    /// The file already holds exactly `bytes`.
    var isCurrent: Bool {
        if case .current = state { return true }
        return false
    }

    /// The file exists with other bytes than Isnad last wrote there: a person's, to be kept.
    var isEdited: Bool { state == .edited }

    /// Writes `bytes` (unless current), keeping an edited file as `.orig`; a new file is made
    /// relative to `folder` when given, the open descriptor of the folder it goes into.
    /// - Returns: the manifest entry for the file, and the backup's path when one was made.
    /// - Throws: `TextFileError.unwritable`, also when a file appeared at `path` since it was
    ///   found absent (another program's: it is kept).
    func write(in folder: Int32? = nil) throws -> (entry: AnnotateManifest.Entry, backup: String?) {
        switch state {
        case let .current(entry):
            return (entry, nil)
        case .absent:
            let made = try folder.map { try AtomicFile.create(bytes, named: String(FolderDescriptor.split(path).name), in: $0, path: path) }
                ?? AtomicFile.create(bytes, at: path)
            guard let stamp = made else {
                throw TextFileError.unwritable(path: path, reason: "another program made the file meanwhile; kept")
            }
            return (.init(hash: hash, stamp: stamp), nil)
        case .isnads, .edited:
            let written = try AtomicFile.replace(bytes, at: path, keepingBackup: isEdited)
            return (.init(hash: hash, stamp: written.stamp), written.backup)
        }
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
