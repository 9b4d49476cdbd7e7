import ArabicText
import Standoff

/// The annotations of one extraction, numbered as `AnnotationDocumentBuilder` numbers them: text
/// bounds `T1`, `T2` … in the order they were made; per attribution one event `E<n>`, its Stance
/// and Form attributes `A<2n-1>` and `A<2n>`, and its `rule:` note `#<n>`.
struct ExtractionOutput {
    /// A text bound (`T<index + 1>`).
    struct Span {
        var label: String
        var fragments: [Range<Int>]
        /// The smallest fragment start and the largest fragment end: its place in the canonical order.
        var start: Int
        var end: Int

        init(label: String, fragments: [Range<Int>]) {
            self.label = label
            self.fragments = fragments
            start = fragments.lazy.map(\.lowerBound).min() ?? 0
            end = fragments.lazy.map(\.upperBound).max() ?? 0
        }
    }

    /// An attribution (`E<index + 1>`): its cue's and arguments' indices in `spans`.
    struct Event {
        var cue: Int
        var arguments: [(role: String, span: Int)]
        var stance: Stance
        var form: Form
        var rule: String
    }

    var spans: [Span] = []
    var events: [Event] = []

    /// The `.ann` text as UTF-8 bytes, span texts taken from `scalars`: the bytes of
    /// `document(in:).serializedUTF8()`, written without building the document (lines in the
    /// canonical order: text bounds by offsets, then events, attributes and notes by their cue's
    /// offsets, each then by number).
    func serializedUTF8(in scalars: [Unicode.Scalar]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * spans.count + 160 * events.count)
        let spanOrder = spans.indices.sorted { (spans[$0].start, spans[$0].end, $0) < (spans[$1].start, spans[$1].end, $1) }
        scalars.withUnsafeBufferPointer { scalars in
            for index in spanOrder {
                let span = spans[index]
                Self.append("T", index + 1, to: &bytes)
                bytes.append(0x09)
                bytes.append(contentsOf: span.label.utf8)
                bytes.append(0x20)
                for (position, fragment) in span.fragments.enumerated() {
                    if position > 0 { bytes.append(0x3B) }
                    Self.append("", fragment.lowerBound, to: &bytes)
                    bytes.append(0x20)
                    Self.append("", fragment.upperBound, to: &bytes)
                }
                bytes.append(0x09)
                for (position, fragment) in span.fragments.enumerated() {
                    if position > 0 { bytes.append(0x20) }
                    Self.append(scalars, fragment.clamped(to: 0..<scalars.count), to: &bytes)
                }
                bytes.append(0x0A)
            }
        }
        let eventOrder = events.indices.sorted {
            let a = spans[events[$0].cue], b = spans[events[$1].cue]
            return (a.start, a.end, $0) < (b.start, b.end, $1)
        }
        for index in eventOrder {
            let event = events[index]
            Self.append("E", index + 1, to: &bytes)
            bytes.append(0x09)
            bytes.append(contentsOf: IsnadScheme.eventType.utf8)
            Self.append(":T", event.cue + 1, to: &bytes)
            for argument in event.arguments {
                bytes.append(0x20)
                bytes.append(contentsOf: argument.role.utf8)
                Self.append(":T", argument.span + 1, to: &bytes)
            }
            bytes.append(0x0A)
        }
        for index in eventOrder {
            let event = events[index]
            for (offset, (name, value)) in [(IsnadScheme.stanceAttribute, event.stance.rawValue),
                                            (IsnadScheme.formAttribute, event.form.rawValue)].enumerated() {
                Self.append("A", 2 * index + 1 + offset, to: &bytes)
                bytes.append(0x09)
                bytes.append(contentsOf: name.utf8)
                Self.append(" E", index + 1, to: &bytes)
                bytes.append(0x20)
                bytes.append(contentsOf: value.utf8)
                bytes.append(0x0A)
            }
        }
        for index in eventOrder {
            Self.append("#", index + 1, to: &bytes)
            bytes.append(0x09)
            bytes.append(contentsOf: IsnadScheme.noteType.utf8)
            Self.append(" E", index + 1, to: &bytes)
            bytes.append(contentsOf: "\trule: ".utf8)
            bytes.append(contentsOf: events[index].rule.utf8)
            bytes.append(0x0A)
        }
        return bytes
    }

    /// Appends `prefix` and the decimal digits of `number` (not negative).
    private static func append(_ prefix: StaticString, _ number: Int, to bytes: inout [UInt8]) {
        prefix.withUTF8Buffer { bytes.append(contentsOf: $0) }
        var rest = max(0, number)
        var divisor = 1
        while divisor <= rest / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Appends the UTF-8 of `scalars[range]`.
    private static func append(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * range.count + 1) { out in
            guard let base = out.baseAddress else { return }
            var count = 0
            for offset in range { UTF8Encoding.encode(scalars[offset].value, into: base, at: &count) }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        }
    }
}
