import Standoff

/// One document as every annotator annotated it: the shared text and each annotator's
/// annotations (nil where that annotator has no file for it).
public struct DocumentAnnotations: Sendable {
    /// The document's path relative to each annotator's folder, without extension.
    public var path: String
    /// The text, as Unicode scalars.
    public var scalars: [Unicode.Scalar]
    /// Each annotator's annotations, in annotator order; nil when missing.
    public var annotations: [AnnotatedDocument?]

    /// A document with its text and annotations.
    public init(path: String, scalars: [Unicode.Scalar], annotations: [AnnotatedDocument?]) {
        self.path = path
        self.scalars = scalars
        self.annotations = annotations
    }

    /// The scheme's labels, then any other label used in `documents`, in order of appearance.
    public static func labels(in documents: [DocumentAnnotations]) -> [String] {
        var found = IsnadScheme.labels
        for document in documents {
            for annotated in document.annotations.compactMap({ $0 }) {
                for span in annotated.spans where !found.contains(span.label) { found.append(span.label) }
            }
        }
        return found
    }

    /// The indices of the annotators who annotated this document.
    public var present: [Int] { annotations.indices.filter { annotations[$0] != nil } }
}
