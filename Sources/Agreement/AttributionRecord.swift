import Standoff

/// One attribution as agreement sees it: a `Cue` event with its Source(s), Content(s), Stance,
/// Form and, for extractor output, the rule that made it.
public struct AttributionRecord: Hashable, Sendable {
    /// The event's identifier, such as `E1`.
    public var id: String
    /// The Cue span (the event's trigger).
    public var cue: Span
    /// The Source spans (empty when the source is implicit).
    public var sources: [Span]
    /// The Content spans.
    public var contents: [Span]
    /// The Stance attribute, if any.
    public var stance: String?
    /// The Form attribute, if any.
    public var form: String?
    /// The rule named in an `AnnotatorNotes … rule: NAME` note, if any.
    public var rule: String?

    /// An attribution from its parts.
    public init(id: String, cue: Span, sources: [Span], contents: [Span], stance: String?, form: String?, rule: String?) {
        self.id = id
        self.cue = cue
        self.sources = sources
        self.contents = contents
        self.stance = stance
        self.form = form
        self.rule = rule
    }

    /// Whether `other` is the same attribution: cues overlap, sources overlap (or both are
    /// missing), contents overlap.
    public func matches(_ other: AttributionRecord) -> Bool {
        guard cue.overlap(with: other.cue) > 0 else { return false }
        if sources.isEmpty != other.sources.isEmpty { return false }
        if !sources.isEmpty, !Self.anyOverlap(sources, other.sources) { return false }
        if contents.isEmpty != other.contents.isEmpty { return false }
        return contents.isEmpty || Self.anyOverlap(contents, other.contents)
    }

    /// The shared positions of the two cues plus sources plus contents (to rank candidates).
    public func overlap(with other: AttributionRecord) -> Int {
        var total = cue.overlap(with: other.cue)
        for a in sources { for b in other.sources { total += a.overlap(with: b) } }
        for a in contents { for b in other.contents { total += a.overlap(with: b) } }
        return total
    }

    private static func anyOverlap(_ first: [Span], _ second: [Span]) -> Bool {
        first.contains { a in second.contains { a.overlap(with: $0) > 0 } }
    }

    /// One-to-one alignment of two annotators' attributions, best overlap first.
    public static func align(_ first: [AttributionRecord], _ second: [AttributionRecord]) -> [(Int, Int)] {
        // Cues must overlap: look only at the second side's cues near each cue.
        let cues = second.map(\.cue)
        let near = SpanMatcher.align(first.map(\.cue), cues, mode: .overlap, sameLabel: false, allCandidates: true)
        var candidates: [(score: Int, i: Int, j: Int)] = []
        for (i, j) in near where first[i].matches(second[j]) {
            candidates.append((first[i].overlap(with: second[j]), i, j))
        }
        return SpanMatcher.oneToOne(candidates, first: first.count, second: second.count)
    }
}
