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
        let spanOrder = spans.indices.sorted { (spans[$0].start, spans[$0].end, $0) < (spans[$1].start, spans[$1].end, $1) }
        let eventOrder = events.indices.sorted {
            let a = spans[events[$0].cue], b = spans[events[$1].cue]
            return (a.start, a.end, $0) < (b.start, b.end, $1)
        }
        // an upper bound: 20 digits a number, 4 bytes a scalar
        var capacity = 0
        for span in spans {
            capacity += 64 + span.label.utf8.count + span.fragments.reduce(0) { $0 + 64 + 4 * max(0, $1.count) }
        }
        for event in events {
            capacity += 320 + event.rule.utf8.count + event.stance.rawValue.utf8.count + event.form.rawValue.utf8.count
                + event.arguments.reduce(0) { $0 + 32 + $1.role.utf8.count }
        }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var out = Writer(base: base)
            scalars.withUnsafeBufferPointer { scalars in
                for index in spanOrder {
                    let span = spans[index]
                    out.write("T", index + 1)
                    out.write(0x09)
                    out.write(span.label)
                    out.write(0x20)
                    for (position, fragment) in span.fragments.enumerated() {
                        if position > 0 { out.write(0x3B) }
                        out.write("", fragment.lowerBound)
                        out.write(0x20)
                        out.write("", fragment.upperBound)
                    }
                    out.write(0x09)
                    for (position, fragment) in span.fragments.enumerated() {
                        if position > 0 { out.write(0x20) }
                        UTF8Encoding.encode(scalars, fragment.clamped(to: 0..<scalars.count), into: base, at: &out.count)
                    }
                    out.write(0x0A)
                }
            }
            for index in eventOrder {
                let event = events[index]
                out.write("E", index + 1)
                out.write(0x09)
                out.write(IsnadScheme.eventType)
                out.write(":T", event.cue + 1)
                for argument in event.arguments {
                    out.write(0x20)
                    out.write(argument.role)
                    out.write(":T", argument.span + 1)
                }
                out.write(0x0A)
            }
            for index in eventOrder {
                // Stance then Form, without an array of the two per event
                out.writeAttribute(2 * index + 1, IsnadScheme.stanceAttribute, event: index + 1, events[index].stance.rawValue)
                out.writeAttribute(2 * index + 2, IsnadScheme.formAttribute, event: index + 1, events[index].form.rawValue)
            }
            for index in eventOrder {
                out.write("#", index + 1)
                out.write(0x09)
                out.write(IsnadScheme.noteType)
                out.write(" E", index + 1)
                out.write("\trule: ")
                out.write(events[index].rule)
                out.write(0x0A)
            }
            count = out.count
        }
    }

    /// Writes bytes into memory large enough for them.
    private struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func write(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        mutating func write(_ text: String) {
            var text = text
            text.withUTF8 { write($0) }
        }

        mutating func write(_ text: StaticString) {
            text.withUTF8Buffer { write($0) }
        }

        /// Copies `bytes` in one move.
        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress else { return }
            (base + count).update(from: source, count: bytes.count)
            count += bytes.count
        }

        /// The attribute line `A<number> TAB name SPACE E<event> SPACE value`.
        mutating func writeAttribute(_ number: Int, _ name: String, event: Int, _ value: String) {
            write("A", number)
            write(0x09)
            write(name)
            write(" E", event)
            write(0x20)
            write(value)
            write(0x0A)
        }

        /// `prefix`, then the decimal digits of `number` unless it is negative.
        mutating func write(_ prefix: StaticString, _ number: Int) {
            write(prefix)
            guard number >= 0 else { return }
            var digits = 1
            var limit = 10
            while number >= limit, digits < 19 {
                digits += 1
                limit &*= 10
            }
            var rest = number
            for position in stride(from: count + digits - 1, through: count, by: -1) {
                base[position] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
                rest /= 10
            }
            count += digits
        }
    }
}
