import Foundation

/// Paths to the repository and the shared brat examples, found from this file.
enum Fixtures {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let bratExamples: String = {
        let candidates = [repositoryRoot + "/../shared/brat-examples", "/work/shared/brat-examples"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[1]
    }()

    /// Every `.ann` file under `folder`, sorted.
    static func annFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".ann") }.sorted().map { folder + "/" + $0 }
    }

    /// A fresh empty temporary folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "standoff-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
