import Foundation
import TextFiles

/// The scheme brat would use for documents in one folder: the nearest `annotation.conf` (or
/// the Isnad scheme), and whether the nearest `tools.conf` asks brat to validate against it.
public struct ProjectScheme: Sendable {
    /// The validator for documents of the folder.
    public var validator: Validator
    /// Problems found in the configuration files themselves.
    public var diagnostics: [Diagnostic]

    /// The scheme for documents in `folder`.
    public static func forDocuments(in folder: String) -> ProjectScheme {
        guard let path = BratConfiguration.nearestFile(from: folder) else {
            return ProjectScheme(validator: Validator(configuration: .isnad), diagnostics: [])
        }
        let configuration: BratConfiguration
        var diagnostics: [Diagnostic]
        do {
            (configuration, diagnostics) = try BratConfiguration.load(contentsOf: path)
        } catch {
            return ProjectScheme(validator: Validator(configuration: .isnad),
                                 diagnostics: [Diagnostic(path: path, line: 0, column: 0, severity: .error, message: "\((error as? TextFileError)?.message ?? "\(error)"); using the Isnad scheme")])
        }
        let enforced = configuration.isIsnadScheme || validatesAll(toolsFrom: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        diagnostics = diagnostics.map { var d = $0; d.path = path; return d }
        return ProjectScheme(validator: Validator(configuration: configuration, enforcesScheme: enforced), diagnostics: diagnostics)
    }

    /// Whether the nearest `tools.conf` from `folder` up has `Validation validate:all` in `[options]`
    /// (brat's default is `validate:none`: it then does not check types against the scheme).
    public static func validatesAll(toolsFrom folder: String) -> Bool {
        guard let path = NearestFile.find("tools.conf", from: folder), let text = try? TextFile(contentsOf: path).text else { return false }
        var inOptions = false
        for raw in LineBreaks.universalLines(of: text) {
            let line = raw.trimmingSpaces()
            if line.hasPrefix("[") { inOptions = line.hasPrefix("[options]"); continue }
            guard inOptions, line.hasPrefix("Validation") else { continue }
            return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).contains("validate:all")
        }
        return false
    }
}
