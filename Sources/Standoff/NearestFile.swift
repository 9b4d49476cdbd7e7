import Foundation

/// Finds a configuration file the way brat does: in a folder, or else the folders above it.
enum NearestFile {
    /// The path of the first `name` found in `folder` or a folder above it, or nil.
    static func find(_ name: String, from folder: String) -> String? {
        var url = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
