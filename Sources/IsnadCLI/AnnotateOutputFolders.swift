import Foundation
import TextFiles

/// The folders below an annotate run's output folder, each made (or found) once per run, and
/// whether this run made it: nothing in a folder the run made needs to be looked for.
///
/// The lock guards only the table, never a `mkdir`, which can wait for the disk (reading an inode
/// bitmap): a worker whose folder is known goes on while another makes a new one.
final class AnnotateOutputFolders: @unchecked Sendable {
    private let lock = NSLock()
    private let outFolder: String
    /// Relative folder → made by this run.
    private var known: [String: Bool] = [:]

    /// The folders below `outFolder` (which exists).
    init(outFolder: String) {
        self.outFolder = outFolder
    }

    /// Makes the folder of `relativePath` (a file's path below the output folder) and its missing
    /// parents; whether this run made it.
    /// - Throws: `TextFileError.unwritable` when it cannot be made.
    func prepare(folderOf relativePath: String) throws -> Bool {
        guard let slash = FolderDescriptor.lastSlash(in: relativePath) else { return false }
        return try prepare(String(relativePath[..<slash]))
    }

    private func prepare(_ folder: String) throws -> Bool {
        if let made = lock.withLock({ known[folder] }) { return made }
        if let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
            _ = try prepare(String(folder[..<slash]))
        }
        let path = outFolder + "/" + folder
        let made = mkdir(path, 0o777) == 0
        // EEXIST: a folder already (or something else, which the writes then report), perhaps
        // made by another worker at the same time: this document then looks for its files, and
        // the table keeps that the run made the folder.
        guard made || errno == EEXIST else {
            throw TextFileError.unwritable(path: path, reason: "cannot create the folder: " + AnnotateFileProblem.describe(errno))
        }
        lock.withLock {
            known[folder] = made || known[folder] == true
        }
        return made
    }
}
