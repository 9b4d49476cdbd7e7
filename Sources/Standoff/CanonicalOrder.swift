/// The order Isnad writes annotation lines in: text bounds by offset, then events, relations,
/// attributes, normalizations, notes and equivalences (each by the position of what they refer
/// to, then by identifier number), and unparsed lines last in their original order.
enum CanonicalOrder {
    /// `lines` sorted canonically; the sort is stable.
    static func sorted(_ lines: [AnnotationLine]) -> [AnnotationLine] {
        var position: [String: (Int, Int)] = [:]
        for line in lines {
            if case .textBound(let t) = line.annotation, position[t.id] == nil {
                position[t.id] = (t.start, t.end)
            }
        }
        for line in lines {
            if case .event(let e) = line.annotation, position[e.id] == nil {
                position[e.id] = position[e.trigger] ?? (Int.max, Int.max)
            }
        }
        let keyed = lines.enumerated().map { index, line in (key: key(line.annotation, position), index: index, line: line) }
        return keyed.sorted { a, b in
            a.key == b.key ? a.index < b.index : a.key.lexicographicallyPrecedes(b.key)
        }.map(\.line)
    }

    private static func key(_ annotation: Annotation, _ position: [String: (Int, Int)]) -> [Int] {
        func number(_ id: String?) -> Int { id.flatMap(AnnotationID.number(of:)) ?? Int.max }
        func at(_ id: String?) -> [Int] {
            let p = id.flatMap { position[$0] } ?? (Int.max, Int.max)
            return [p.0, p.1]
        }
        switch annotation {
        case .textBound(let t): return [0, t.start, t.end, number(t.id)]
        case .event(let e): return [1] + at(e.trigger) + [number(e.id)]
        case .relation(let r): return [2] + at(r.arguments.first?.id) + [number(r.id)]
        case .attribute(let a): return [3] + at(a.target) + [number(a.id)]
        case .normalization(let n): return [4] + at(n.target) + [number(n.id)]
        case .note(let n): return [5] + at(n.target) + [number(n.id)]
        case .equivalence(let q): return [6] + at(q.members.first) + [0]
        case .unparsed: return [7]
        }
    }
}
