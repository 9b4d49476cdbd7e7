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
        switch self {
        case .textBound(let t):
            return "\(t.id)\t\(t.label) \(t.offsetsField)\t\(t.text)"
        case .relation(let r):
            return "\(r.id)\t\(r.type) " + r.arguments.map { "\($0.role):\($0.id)" }.joined(separator: " ")
        case .event(let e):
            let head = "\(e.id)\t\(e.type):\(e.trigger)"
            return e.arguments.reduce(head) { $0 + " \($1.role):\($1.id)" }
        case .attribute(let a):
            let head = "\(a.id)\t\(a.name) \(a.target)"
            return a.value.map { head + " " + $0 } ?? head
        case .normalization(let n):
            let head = "\(n.id)\t\(n.type) \(n.target) \(n.resource):\(n.entry)"
            return n.text.isEmpty ? head : head + "\t" + n.text
        case .note(let n):
            let head = "\(n.id)\t\(n.type) \(n.target)"
            return n.text.isEmpty ? head : head + "\t" + n.text
        case .equivalence(let q):
            return "*\t\(q.type) " + q.members.joined(separator: " ")
        case .unparsed(let u):
            return u.text
        }
    }
}
