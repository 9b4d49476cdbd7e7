import Agreement
import Standoff

/// Builds `.ann` text over a real Arabic text by quoting the covered words, as an annotator would.
struct ArabicFixture {
    let text: String
    var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// The scalar range of the `occurrence`-th `needle` in the text.
    func range(_ needle: String, occurrence: Int = 1) -> Range<Int> {
        let haystack = scalars, pattern = Array(needle.unicodeScalars)
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            seen += 1
            if seen == occurrence { return start..<(start + pattern.count) }
        }
        fatalError("'\(needle)' not in the fixture text")
    }

    /// A `T` line labelling `needle`.
    func textBound(_ id: String, _ label: String, _ needle: String, occurrence: Int = 1) -> String {
        let r = range(needle, occurrence: occurrence)
        return "\(id)\t\(label) \(r.lowerBound) \(r.upperBound)\t\(needle)"
    }

    /// The annotations of `lines`, parsed by the Standoff reader.
    func annotated(_ lines: [String]) -> AnnotatedDocument {
        let (document, _) = AnnotationDocument.parse(lines.joined(separator: "\n") + "\n", path: "fixture.ann")
        return AnnotatedDocument(document)
    }
}
