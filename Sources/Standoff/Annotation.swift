/// One line of a `.ann` file, by kind.
public enum Annotation: Hashable, Sendable {
    /// A `T` line.
    case textBound(TextBound)
    /// An `R` line.
    case relation(Relation)
    /// An `E` line.
    case event(Event)
    /// An `A` or `M` line.
    case attribute(Attribute)
    /// An `N` line.
    case normalization(Normalization)
    /// A `#` line.
    case note(Note)
    /// A `*` line.
    case equivalence(Equivalence)
    /// A line that could not be parsed, kept verbatim.
    case unparsed(UnparsedLine)

    /// The identifier of the line (nil for equivalences and unparsed lines without one).
    public var id: String? {
        switch self {
        case .textBound(let t): return t.id
        case .relation(let r): return r.id
        case .event(let e): return e.id
        case .attribute(let a): return a.id
        case .normalization(let n): return n.id
        case .note(let n): return n.id
        case .equivalence: return nil
        case .unparsed(let u): return u.id
        }
    }

    /// The identifiers this line refers to, in the order written.
    public var references: [String] {
        switch self {
        case .textBound, .unparsed: return []
        case .relation(let r): return r.arguments.map(\.id)
        case .event(let e): return [e.trigger] + e.arguments.map(\.id)
        case .attribute(let a): return [a.target]
        case .normalization(let n): return [n.target]
        case .note(let n): return [n.target]
        case .equivalence(let q): return q.members
        }
    }

    /// The same annotation with every reference replaced by `transform(reference)`.
    public func mappingReferences(_ transform: (String) -> String) -> Annotation {
        func mapped(_ arguments: [Argument]) -> [Argument] { arguments.map { Argument(role: $0.role, id: transform($0.id)) } }
        switch self {
        case .textBound, .unparsed:
            return self
        case .event(var e):
            e.trigger = transform(e.trigger)
            e.arguments = mapped(e.arguments)
            return .event(e)
        case .relation(var r):
            r.arguments = mapped(r.arguments)
            return .relation(r)
        case .attribute(var a):
            a.target = transform(a.target)
            return .attribute(a)
        case .normalization(var n):
            n.target = transform(n.target)
            return .normalization(n)
        case .note(var n):
            n.target = transform(n.target)
            return .note(n)
        case .equivalence(var q):
            q.members = q.members.map(transform)
            return .equivalence(q)
        }
    }

    /// The line in brat's standoff syntax, without a line break.
    public var line: String {
        if case .unparsed(let u) = self { return u.text }
        var bytes: [UInt8] = []
        write(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `line` to `bytes`.
    func write(into bytes: inout [UInt8]) {
        switch self {
        case .textBound(let t):
            bytes.append(t.id, 0x09, t.label, 0x20)
            for (index, fragment) in t.fragments.enumerated() {
                if index > 0 { bytes.append(0x3B) }
                bytes.appendDecimal(fragment.lowerBound)
                bytes.append(0x20)
                bytes.appendDecimal(fragment.upperBound)
            }
            bytes.append(0x09)
            bytes.append(contentsOf: t.text.utf8)
        case .relation(let r):
            bytes.append(r.id, 0x09, r.type, 0x20)
            for (index, argument) in r.arguments.enumerated() {
                if index > 0 { bytes.append(0x20) }
                bytes.append(argument.role, 0x3A, argument.id)
            }
        case .event(let e):
            bytes.append(e.id, 0x09, e.type, 0x3A)
            bytes.append(contentsOf: e.trigger.utf8)
            for argument in e.arguments {
                bytes.append(0x20)
                bytes.append(argument.role, 0x3A, argument.id)
            }
        case .attribute(let a):
            bytes.append(a.id, 0x09, a.name, 0x20)
            bytes.append(contentsOf: a.target.utf8)
            if let value = a.value { bytes.append(0x20); bytes.append(contentsOf: value.utf8) }
        case .normalization(let n):
            bytes.append(n.id, 0x09, n.type, 0x20)
            bytes.append(n.target, 0x20, n.resource)
            bytes.append(0x3A)
            bytes.append(contentsOf: n.entry.utf8)
            if !n.text.isEmpty { bytes.append(0x09); bytes.append(contentsOf: n.text.utf8) }
        case .note(let n):
            bytes.append(n.id, 0x09, n.type, 0x20)
            bytes.append(contentsOf: n.target.utf8)
            if !n.text.isEmpty { bytes.append(0x09); bytes.append(contentsOf: n.text.utf8) }
        case .equivalence(let q):
            bytes.append(contentsOf: "*\t".utf8)
            bytes.append(contentsOf: q.type.utf8)
            bytes.append(0x20)
            for (index, member) in q.members.enumerated() {
                if index > 0 { bytes.append(0x20) }
                bytes.append(contentsOf: member.utf8)
            }
        case .unparsed(let u):
            bytes.append(contentsOf: u.text.utf8)
        }
    }
}

extension [UInt8] {
    /// Appends `first`, the byte `separator`, then `second` (all UTF-8).
    mutating func append(_ first: String, _ separator: UInt8, _ second: String) {
        append(contentsOf: first.utf8)
        append(separator)
        append(contentsOf: second.utf8)
    }

    /// Appends `first`, `separator`, `second`, then the byte `last`.
    mutating func append(_ first: String, _ separator: UInt8, _ second: String, _ last: UInt8) {
        append(first, separator, second)
        append(last)
    }

    /// Appends the decimal digits of `value` (with a leading `-` when negative).
    mutating func appendDecimal(_ value: Int) {
        if value < 0 { append(0x2D) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            append(0x30 + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}
