import Foundation

/// Paths to the repository and its copy of brat's examples, found from this file.
enum Fixtures {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The repository's copy of brat's example documents (`Tests/Fixtures/brat-examples`).
    static let bratExamples: String = repositoryRoot + "/Tests/Fixtures/brat-examples"

    /// Every `.ann` file under `folder`, sorted.
    static func annFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".ann") }.sorted().map { folder + "/" + $0 }
    }
}
