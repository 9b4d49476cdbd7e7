import Standoff

/// A labelled stretch of text as agreement sees it: one text-bound annotation.
public struct Span: Hashable, Sendable {
    /// The annotation's identifier, such as `T3`.
    public var id: String
    /// The label, such as `Content`.
    public var label: String
    /// The fragments, sorted by offset.
    public let fragments: [Range<Int>]
    /// The covered text as written in the `.ann` file.
    public var text: String

    /// A span with sorted fragments.
    public init(id: String, label: String, fragments: [Range<Int>], text: String) {
        self.id = id
        self.label = label
        let sorted = fragments.sorted { $0.lowerBound < $1.lowerBound }
        self.fragments = sorted
        self.text = text
        start = sorted.first?.lowerBound ?? 0
        var last = start
        for fragment in sorted where fragment.upperBound > last { last = fragment.upperBound }
        end = last
    }

    /// The span of a text-bound annotation.
    public init(_ textBound: TextBound) {
        self.init(id: textBound.id, label: textBound.label, fragments: textBound.fragments, text: textBound.text)
    }

    /// The first offset.
    public let start: Int
    /// The last offset (exclusive).
    public let end: Int

    /// The fragments as brat writes them: `start end;start end`.
    public var offsets: String { fragments.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";") }

    /// How many positions this span shares with `other`.
    public func overlap(with other: Span) -> Int {
        guard start < other.end, other.start < end else { return 0 }
        var shared = 0
        for a in fragments {
            for b in other.fragments {
                shared += max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
            }
        }
        return shared
    }

    /// Whether both spans cover exactly the same fragments.
    public func coversExactly(_ other: Span) -> Bool { fragments == other.fragments }
}
