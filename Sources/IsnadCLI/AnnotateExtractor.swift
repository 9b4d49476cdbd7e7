import Foundation
import TextFiles

/// The bridge from `isnad annotate` to the Attribution and Standoff modules.
enum AnnotateExtractor {
    /// The per-document function of the default rules plus the rule files at `rulePaths`.
    static func make(rulePaths: [String]) throws -> CorpusAnnotator.Annotate {
        throw AnnotateExtractorError.notAvailable
    }

    /// Writes brat's annotation.conf and visual.conf for the Isnad scheme into `folder`.
    static func writeConfiguration(to folder: String) throws {
        throw AnnotateExtractorError.notAvailable
    }
}

enum AnnotateExtractorError: Error, CustomStringConvertible {
    case notAvailable
    var description: String { "the extractor is not built yet" }
}
