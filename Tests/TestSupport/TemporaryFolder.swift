import Foundation

/// A folder under the system's temporary directory that exists as long as this object does:
/// a test keeps one in a stored property (or a local) and the folder, with everything the test
/// wrote in it, is removed when the test ends, whether it passed, failed or threw.
public final class TemporaryFolder {
    /// The folder's absolute path (no trailing slash).
    public let path: String

    /// Creates a fresh empty folder whose name starts with `prefix`.
    public init(prefix: String = "isnad-test") throws {
        path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A fresh empty folder inside this one.
    public func folder() throws -> String {
        let folder = path + "/" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
