import Standoff

/// What the extractor made of one document: its `.ann` as UTF-8 bytes, and how many spans and
/// attributions that holds (taken from the document, not by scanning the bytes again).
struct DocumentAnnotation: Sendable {
    /// The `.ann` text, as UTF-8 bytes.
    var bytes: [UInt8]
    /// Text-bound (`T`) annotations.
    var spans: Int
    /// Events (`E`): attributions.
    var attributions: Int

    /// An annotation given by its parts.
    init(bytes: [UInt8], spans: Int, attributions: Int) {
        self.bytes = bytes
        self.spans = spans
        self.attributions = attributions
    }

    /// The serialized `document`, with its counts.
    init(_ document: AnnotationDocument) {
        var spans = 0
        var attributions = 0
        for line in document.lines {
            switch line.annotation {
            case .textBound: spans += 1
            case .event: attributions += 1
            default: break
            }
        }
        self.init(bytes: document.serializedUTF8(), spans: spans, attributions: attributions)
    }
}
