/// A text-bound annotation (`T` line): a label on one or more fragments of the text.
///
/// `T3<TAB>Content 268 402;404 530<TAB>text`: fragments are 0-based, end-exclusive Unicode
/// scalar offsets; `text` is the covered text, fragment texts joined by one space.
public struct TextBound: Hashable, Sendable {
    /// The identifier, such as `T3`.
    public var id: String
    /// The label (brat's type), such as `Content`.
    public var label: String
    /// The fragments, in the order written.
    public var fragments: [Range<Int>]
    /// The text written after the offsets (brat repeats the covered text there).
    public var text: String

    /// Creates a text-bound annotation.
    public init(id: String, label: String, fragments: [Range<Int>], text: String) {
        self.id = id
        self.label = label
        self.fragments = fragments
        self.text = text
    }

    /// The smallest start offset of any fragment (0 when there is none).
    public var start: Int { fragments.lazy.map(\.lowerBound).min() ?? 0 }
    /// The largest end offset of any fragment (0 when there is none).
    public var end: Int { fragments.lazy.map(\.upperBound).max() ?? 0 }

    /// The fragments as brat writes them: `start end;start end`.
    public var offsetsField: String {
        fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
    }

    /// Whether `text` is exactly the covered text of `fragments` in `scalars` (fragments joined
    /// by one space), without building the covered text.
    public func textMatches(_ scalars: [Unicode.Scalar]) -> Bool {
        var written = text.unicodeScalars.makeIterator()
        for (index, fragment) in fragments.enumerated() {
            guard fragment.lowerBound >= 0, fragment.upperBound <= scalars.count else { return false }
            if index > 0, written.next() != " " { return false }
            for offset in fragment where written.next() != scalars[offset] { return false }
        }
        return written.next() == nil
    }

    /// The covered text of `fragments` in `scalars`, fragments joined by one space, or nil
    /// when a fragment lies outside the text.
    public static func coveredText(of fragments: [Range<Int>], in scalars: [Unicode.Scalar]) -> String? {
        var view = String.UnicodeScalarView()
        for (index, fragment) in fragments.enumerated() {
            guard fragment.lowerBound >= 0, fragment.upperBound <= scalars.count else { return nil }
            if index > 0 { view.append(" ") }
            view.append(contentsOf: scalars[fragment])
        }
        return String(view)
    }
}
