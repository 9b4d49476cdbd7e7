import Foundation

/// The published worked examples of `shared/agreement-examples/cases.json`, read as JSON.
struct PublishedCases {
    let root: [String: Any]
    let tolerance: Double

    /// Finds `shared/agreement-examples/cases.json` beside the repository or a folder above it.
    static func load(file: String = #filePath) throws -> PublishedCases {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/agreement-examples/cases.json")
            if let data = FileManager.default.contents(atPath: candidate.path),
               let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] {
                return PublishedCases(root: root, tolerance: root["tolerance_for_tests"] as? Double ?? 1e-6)
            }
            folder = folder.deletingLastPathComponent()
        }
        throw CocoaError(.fileNoSuchFile)
    }

    var cases: [[String: Any]] { root["cases"] as? [[String: Any]] ?? [] }

    func dataset(_ name: String) -> [String: Any]? {
        (root["datasets"] as? [String: Any])?[name] as? [String: Any]
    }

    func unitizingDataset(_ name: String) -> [String: Any]? {
        (root["unitizing_datasets"] as? [String: Any])?[name] as? [String: Any]
    }

    /// A JSON scalar as a category name (numbers without a trailing ".0"), nil for null.
    static func category(_ value: Any) -> String? {
        if value is NSNull { return nil }
        if let string = value as? String { return string }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            return double == double.rounded() ? String(Int(double)) : String(double)
        }
        return nil
    }

    static func reliabilityMatrix(_ dataset: [String: Any]) -> ReliabilityMatrixData? {
        guard let rows = dataset["data"] as? [[Any]] else { return nil }
        let coders = dataset["coders"] as? [String] ?? rows.indices.map(String.init)
        return ReliabilityMatrixData(coders: coders, values: rows.map { $0.map(category) })
    }

    static func integerTable(_ dataset: [String: Any]) -> [[Int]]? {
        (dataset["data"] as? [[Any]])?.map { $0.compactMap { ($0 as? NSNumber)?.intValue } }
    }
}

/// A reliability matrix from the JSON with its coder names.
struct ReliabilityMatrixData {
    let coders: [String]
    let values: [[String?]]
}
