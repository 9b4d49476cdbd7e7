/// Finds a span's text in a document's text, as `T?` lines and re-anchoring need.
public enum TextSearch {
    /// Every occurrence of `pattern` in `text`, each as its fragments (scalar ranges).
    ///
    /// A space in `pattern` also matches a line break (with the spaces and line breaks around
    /// it), which splits the occurrence into one fragment per line, because brat joins the
    /// fragments of a span with one space.
    public static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [[Range<Int>]] {
        guard let first = pattern.first, first != " " else { return [] }
        var found: [[Range<Int>]] = []
        for start in text.indices where text[start] == first {
            if let fragments = match(pattern, in: text, at: start) { found.append(fragments) }
        }
        return found
    }

    /// The fragments of the occurrence of `pattern` that starts at `start` in `text`, or nil
    /// when none starts there.
    static func match(_ pattern: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> [Range<Int>]? {
        var fragments: [Range<Int>] = []
        var fragmentStart = start
        var k = start
        for p in pattern {
            guard k < text.count else { return nil }
            if text[k] == p { k += 1; continue }
            guard p == " ", LineBreaks.contains(text[k]) else { return nil }
            var end = k
            while end > fragmentStart, text[end - 1] == " " || text[end - 1] == "\t" { end -= 1 }
            fragments.append(fragmentStart..<end)
            while k < text.count, LineBreaks.contains(text[k]) || text[k] == " " || text[k] == "\t" { k += 1 }
            fragmentStart = k
        }
        fragments.append(fragmentStart..<k)
        return fragments
    }

    /// The distance between two spans: 0 when they overlap, else the gap between them.
    static func distance(_ a: [Range<Int>], _ b: [Range<Int>]) -> Int {
        let aStart = a.map(\.lowerBound).min() ?? 0, aEnd = a.map(\.upperBound).max() ?? 0
        let bStart = b.map(\.lowerBound).min() ?? 0, bEnd = b.map(\.upperBound).max() ?? 0
        if aStart < bEnd && bStart < aEnd { return 0 }
        return aEnd <= bStart ? bStart - aEnd : aStart - bEnd
    }

    /// How many scalars two spans share.
    static func overlap(_ a: [Range<Int>], _ b: [Range<Int>]) -> Int {
        var total = 0
        for x in a { for y in b { total += max(0, min(x.upperBound, y.upperBound) - max(x.lowerBound, y.lowerBound)) } }
        return total
    }
}
