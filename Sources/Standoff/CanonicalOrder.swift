/// The order Isnad writes annotation lines in: text bounds by offset, then events, relations,
/// attributes, normalizations, notes and equivalences (each by the position of what they refer
/// to, then by identifier number), and unparsed lines last in their original order.
enum CanonicalOrder {
    /// `lines` sorted canonically; the sort is stable.
    static func sorted(_ lines: [AnnotationLine]) -> [AnnotationLine] {
        var position = Positions(capacity: 2 * lines.count + 16)
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
        var keys: [Key] = []
        keys.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            keys.append(Key(line.annotation, position, index: index))
        }
        return sorted(lines, keys: keys)
    }

    /// `lines` in the order of `keys` (one per line, `keys[i].index == i`); `lines` itself when
    /// the keys are already in order.
    static func sorted(_ lines: [AnnotationLine], keys: [Key]) -> [AnnotationLine] {
        var alreadySorted = true
        for index in keys.indices.dropFirst() where keys[index] < keys[index - 1] {
            alreadySorted = false
            break
        }
        if alreadySorted { return lines }
        return keys.sorted(by: <).map { lines[$0.index] }
    }

    /// A line's place: kind, the position of what it refers to, its identifier number, and its
    /// index in the input (which makes the order stable).
    struct Key {
        var kind: Int
        var start: Int
        var end: Int
        var number: Int
        var index: Int

        /// The place of the line at `index` of kind `kind` (0 T, 1 E, 2 R, 3 A/M, 4 N, 5 #, 6 *,
        /// 7 unparsed) referring to what lies at `position`, with identifier number `number`.
        init(kind: Int, position: (Int, Int), number: Int, index: Int) {
            self.kind = kind
            self.start = position.0
            self.end = position.1
            self.number = number
            self.index = index
        }

        fileprivate init(_ annotation: Annotation, _ position: Positions, index: Int) {
            func number(_ id: String?) -> Int { id.flatMap(AnnotationID.number(of:)) ?? Int.max }
            func at(_ id: String?) -> (Int, Int) { id.flatMap { position[$0] } ?? (Int.max, Int.max) }
            let place: (kind: Int, at: (Int, Int), number: Int)
            switch annotation {
            case .textBound(let t): place = (0, (t.start, t.end), number(t.id))
            case .event(let e): place = (1, at(e.trigger), number(e.id))
            case .relation(let r): place = (2, at(r.arguments.first?.id), number(r.id))
            case .attribute(let a): place = (3, at(a.target), number(a.id))
            case .normalization(let n): place = (4, at(n.target), number(n.id))
            case .note(let n): place = (5, at(n.target), number(n.id))
            case .equivalence(let q): place = (6, at(q.members.first), 0)
            case .unparsed: place = (7, (0, 0), 0)
            }
            self.init(kind: place.kind, position: place.at, number: place.number, index: index)
        }

        static func < (a: Key, b: Key) -> Bool {
            (a.kind, a.start, a.end, a.number, a.index) < (b.kind, b.start, b.end, b.number, b.index)
        }
    }

    /// The position of each text bound and event by identifier: plain `T12`/`E12` identifiers in
    /// arrays indexed by their number, any other in a dictionary.
    fileprivate struct Positions {
        private var textBounds: [(Int, Int)?]
        private var events: [(Int, Int)?]
        private var others: [String: (Int, Int)] = [:]

        init(capacity: Int) {
            textBounds = Array(repeating: nil, count: capacity)
            events = Array(repeating: nil, count: capacity)
        }

        /// For `T<n>` or `E<n>` (no leading zero, n below the capacity): whether it is an event and n.
        private func slot(_ id: String) -> (isEvent: Bool, number: Int)? {
            let utf8 = id.utf8
            guard utf8.count >= 2, let first = utf8.first, first == 0x54 || first == 0x45 else { return nil }
            var number = 0
            var digits = 0
            for byte in utf8.dropFirst() {
                guard (0x30...0x39).contains(byte), !(digits == 1 && number == 0) else { return nil }
                number = number * 10 + Int(byte - 0x30)
                digits += 1
                guard number < textBounds.count else { return nil }
            }
            return (first == 0x45, number)
        }

        subscript(id: String) -> (Int, Int)? {
            get {
                guard let slot = slot(id) else { return others[id] }
                return slot.isEvent ? events[slot.number] : textBounds[slot.number]
            }
            set {
                guard let slot = slot(id) else { others[id] = newValue; return }
                if slot.isEvent { events[slot.number] = newValue } else { textBounds[slot.number] = newValue }
            }
        }
    }
}
