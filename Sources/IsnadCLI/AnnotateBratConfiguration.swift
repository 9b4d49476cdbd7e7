import Foundation
import TextFiles

/// Puts brat's `annotation.conf` and `visual.conf` at the top of an output folder, so that brat
/// opens it as it is; a conf file a person changed is left alone unless forced.
struct AnnotateBratConfiguration {
    /// Writes the conf files into a folder (the Standoff module's writer).
    let writeFiles: (String) throws -> Void

    /// Installs the conf files in `outFolder`: a missing one is written, an equal one left
    /// untouched, a different one kept (or, with `force`, rewritten keeping the old as `.orig`).
    /// - Returns: a `path: message` line for each conf file kept or rewritten.
    func install(in outFolder: String, force: Bool) throws -> [String] {
        let fm = FileManager.default
        // Staged outside OUTDIR, so a run that changes no conf file leaves OUTDIR untouched.
        let staging = (NSTemporaryDirectory() as NSString).appendingPathComponent("isnad-conf-" + UUID().uuidString)
        try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: staging) }
        try writeFiles(staging)
        var messages: [String] = []
        let names = try fm.contentsOfDirectory(atPath: staging).filter { !$0.hasPrefix(".") }
        for name in names.sorted() {
            let target = outFolder + "/" + name
            guard let fresh = fm.contents(atPath: staging + "/" + name) else { continue }
            guard let current = fm.contents(atPath: target) else {
                try AtomicFile.write([UInt8](fresh), to: target)
                continue
            }
            if current == fresh { continue }
            if force {
                let backup = try AtomicFile.write([UInt8](fresh), to: target, keepingBackup: true)
                messages.append("\(target): differs from isnad's; rewritten, the old one kept as \(backup ?? "?")")
            } else {
                messages.append("\(target): differs from isnad's; kept, use --force to rewrite")
            }
        }
        return messages
    }
}
