import Foundation
@testable import ArabicText

/// Helpers shared by the ArabicText tests.
enum Support {
    /// The repository root, found from this file's path.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every corpus file (dev and test), as (name, text).
    static let corpus: [(name: String, text: String)] = {
        let fm = FileManager.default
        var files: [(String, String)] = []
        for folder in ["Corpora/dev", "Corpora/test"] {
            let path = root + "/" + folder
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                if let data = fm.contents(atPath: path + "/" + name) {
                    files.append((folder + "/" + name, String(decoding: data, as: UTF8.self)))
                }
            }
        }
        return files
    }()

    /// The text of `scalars[range]`.
    static func slice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// Normalizes with `profile` and returns the text.
    static func normalize(_ text: String, _ profile: NormalizationProfile = .search) -> String {
        Normalizer(profile: profile).normalize(text).text
    }
}
