import Foundation
import Testing
import Standoff
@testable import Attribution

/// One event of an extractor's output, with the texts of its spans, for readable assertions.
struct ExtractedAttribution: Equatable, CustomStringConvertible {
    var cue: String
    var source: String?
    var content: String
    var stance: String
    var form: String
    var rule: String

    var description: String {
        "\(cue) | \(source ?? "-") | \(content) | \(stance) \(form) | \(rule)"
    }

    /// The events of `document`, in cue order.
    static func all(in document: AnnotationDocument) -> [ExtractedAttribution] {
        document.events.compactMap { event in
            guard let cue = document.textBound(id: event.trigger) else { return nil }
            let source = event.arguments.first { $0.role == "Source" }.flatMap { document.textBound(id: $0.id) }
            let content = event.arguments.first { $0.role == "Content" }.flatMap { document.textBound(id: $0.id) }
            let rule = document.notes(of: event.id).first?.text ?? ""
            return ExtractedAttribution(cue: cue.text, source: source?.text, content: content?.text ?? "",
                                        stance: document.attributeValue("Stance", of: event.id) ?? "",
                                        form: document.attributeValue("Form", of: event.id) ?? "",
                                        rule: rule)
        }
    }
}

/// Shared fixtures: the default extractor and the corpus.
enum Fixture {
    static let extractor: Extractor = {
        do { return Extractor(rules: try RuleSet.defaults()) } catch { fatalError("default rules: \(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func devText(_ name: String) throws -> String {
        try String(contentsOf: repository.appendingPathComponent("Corpora/dev/\(name).txt"), encoding: .utf8)
    }

    static func attributions(_ text: String) -> [ExtractedAttribution] {
        ExtractedAttribution.all(in: extractor.annotate(text))
    }

    /// The one attribution of a one-line `text` (a line end is added); fails when there are more or none.
    static func single(_ text: String) throws -> ExtractedAttribution {
        let found = attributions(text + "\n")
        try #require(found.count == 1, "\(found)")
        return found[0]
    }
}
