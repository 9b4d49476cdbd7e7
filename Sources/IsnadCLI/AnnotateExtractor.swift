import Attribution
import Foundation
import Standoff
import TextFiles

/// The bridge from `isnad annotate` to the Attribution and Standoff modules.
enum AnnotateExtractor {
    /// The per-document function of the default rules plus the rule files at `rulePaths`, in order.
    /// - Throws: `RuleFileError` (`path:line:column: message`) for a rule file that cannot be used.
    static func make(rulePaths: [String]) throws -> CorpusAnnotator.Annotate {
        var rules = try RuleSet.defaults()
        for path in rulePaths {
            rules = try rules.adding(contentsOf: path)
        }
        let extractor = Extractor(rules: rules)
        return { file in
            let annotations = extractor.annotationBytes(scalars: file.scalars)
            return DocumentAnnotation(bytes: annotations.bytes, spans: annotations.spans, attributions: annotations.attributions)
        }
    }

    /// Writes brat's annotation.conf and visual.conf for the Isnad scheme into `folder`.
    static func writeConfiguration(to folder: String) throws {
        try BratConfiguration.writeIsnadFiles(to: folder)
    }
}
