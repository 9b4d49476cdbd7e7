import ArabicText
import Standoff
import TextFiles

/// The annotations of one extraction, numbered as `AnnotationDocumentBuilder` numbers them: text
/// bounds `T1`, `T2` … in the order they were made; per attribution one event `E<n>`, its Stance
/// and Form attributes `A<2n-1>` and `A<2n>`, and its `rule:` note `#<n>`.
struct ExtractionOutput {
    /// The label of a text bound.
    enum Label: UInt8 {
        case cue, source, content, disclaimer

        /// The label as the scheme names it.
        var name: String {
            switch self {
            case .cue: IsnadScheme.cue
            case .source: IsnadScheme.source
            case .content: IsnadScheme.content
            case .disclaimer: IsnadScheme.disclaimer
            }
        }
    }

    /// A text bound (`T<index + 1>`): its fragments are `fragmentStore[fragments]`, so that a span
    /// holds no array of its own.
    struct Span {
        var label: Label
        var fragments: Range<Int>
        /// The smallest fragment start and the largest fragment end: its place in the canonical order.
        var start: Int
        var end: Int
    }

    /// An attribution (`E<index + 1>`): its cue's and arguments' indices in `spans`.
    struct Event {
        var cue: Int
        /// The Source, or -1 when it is left out.
        var source: Int
        /// The first Content, and the others (`Content2`, … in order; most events have none).
        var content: Int
        var moreContents: [Int]
        var stance: Stance
        var form: Form
        var rule: String

        /// The arguments in the order of the `E` line: `Source` (if any), `Content`, `Content2`, …
        var arguments: [(role: String, span: Int)] {
            var arguments: [(role: String, span: Int)] = source >= 0 ? [(IsnadScheme.source, source)] : []
            arguments.append((IsnadScheme.content, content))
            for (index, span) in moreContents.enumerated() { arguments.append((IsnadScheme.content + String(index + 2), span)) }
            return arguments
        }
    }

    var spans: [Span] = []
    var events: [Event] = []
    /// The fragments of every span, one after another.
    var fragmentStore: [Range<Int>] = []
    /// The spans recorded, found by their label and fragments.
    private var index: SpanIndex

    /// An output with room for `spans` text bounds and `events` events.
    init(spans: Int, events: Int) {
        index = SpanIndex(capacity: spans)
        self.spans.reserveCapacity(spans)
        self.events.reserveCapacity(events)
        fragmentStore.reserveCapacity(spans + 8)
    }

    /// The fragments of `span`.
    func fragments(of span: Span) -> ArraySlice<Range<Int>> {
        fragmentStore[span.fragments]
    }

    /// The number of the text bound of `label` whose fragments are `fragmentStore[fragments]` (not
    /// empty): a new span, or the one made before with the same label and fragments (the fragments
    /// given are then left unused).
    mutating func textBound(_ label: Label, fragments: Range<Int>) -> Int {
        let number = index.number(of: label, fragments, spans: spans, store: fragmentStore)
        guard number == spans.count else { return number }
        var start = Int.max, end = Int.min
        for fragment in fragmentStore[fragments] {
            start = min(start, fragment.lowerBound)
            end = max(end, fragment.upperBound)
        }
        spans.append(Span(label: label, fragments: fragments, start: start, end: end))
        return number
    }

    /// The number of the text bound of `label` with the one fragment `range`.
    mutating func textBound(_ label: Label, _ range: Range<Int>) -> Int {
        fragmentStore.append(range)
        return textBound(label, fragments: (fragmentStore.count - 1)..<fragmentStore.count)
    }

    /// The `.ann` text as UTF-8 bytes, span texts taken from `scalars`: the bytes of
    /// `document(in:).serializedUTF8()`, written without building the document (lines in the
    /// canonical order: text bounds by offsets, then events, attributes and notes by their cue's
    /// offsets, each then by number).
    func serializedUTF8(in scalars: [Unicode.Scalar]) -> [UInt8] {
        let words = Vocabulary.shared
        var capacity = 0
        let spanOrder = ExtractionOutput.order(spans.count) { index in
            let span = spans[index]
            capacity += 64 + words.longestLabel
            for fragment in fragmentStore[span.fragments] { capacity += 64 + 4 * max(0, fragment.count) }
            return (span.start, span.end)
        }
        let eventOrder = ExtractionOutput.order(events.count) { index in
            let event = events[index]
            capacity += 256 + words.eventLength + event.rule.utf8.count
            // per argument a space, its role (`Content` and a number at most), `:T` and a number
            capacity += 64 * (2 + event.moreContents.count)
            return (spans[event.cue].start, spans[event.cue].end)
        }
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var out = Writer(base: base)
            spans.withUnsafeBufferPointer { spans in
                fragmentStore.withUnsafeBufferPointer { fragments in
                    scalars.withUnsafeBufferPointer { scalars in
                        for index in spanOrder {
                            let span = spans[index]
                            out.writeTextBound(number: index + 1, words.label(span.label),
                                               UnsafeBufferPointer(rebasing: fragments[span.fragments]), in: scalars)
                        }
                    }
                }
            }
            events.withUnsafeBufferPointer { events in
                for index in eventOrder {
                    out.writeEvent(number: index + 1, events[index], words: words)
                }
                for index in eventOrder {
                    // Stance then Form, without an array of the two per event
                    out.writeAttribute(2 * index + 1, words.stanceAttribute, event: index + 1, words.stance(events[index].stance))
                    out.writeAttribute(2 * index + 2, words.formAttribute, event: index + 1, words.form(events[index].form))
                }
                for index in eventOrder {
                    out.writeNote(number: index + 1, rule: events[index].rule, words: words)
                }
            }
            count = out.count
        }
    }

    /// The indices `0..<count` in the order of their `key` (start, end), ties by index; `key` is
    /// asked once per index, in order. Keys below 2^24 and up to 2^16 indices are packed into one
    /// `UInt64` each (start, end, index from the high bits down), which sorts in the same order.
    static func order(_ count: Int, key: (Int) -> (start: Int, end: Int)) -> [Int] {
        var packed: [UInt64] = []
        packed.reserveCapacity(count)
        var keys: [(start: Int, end: Int, index: Int)] = []
        for index in 0..<count {
            let (start, end) = key(index)
            if keys.isEmpty, start >= 0, start < 1 << 24, end >= 0, end < 1 << 24, count <= 1 << 16 {
                packed.append(UInt64(start) << 40 | UInt64(end) << 16 | UInt64(index))
                continue
            }
            if keys.isEmpty {
                // a key too large to pack: the ones packed so far are unpacked
                keys = packed.map { (Int($0 >> 40), Int($0 >> 16 & 0xFF_FFFF), Int($0 & 0xFFFF)) }
            }
            keys.append((start, end, index))
        }
        guard keys.isEmpty else {
            keys.sort { ($0.start, $0.end, $0.index) < ($1.start, $1.end, $1.index) }
            return keys.map(\.index)
        }
        packed.sort()
        return packed.map { Int($0 & 0xFFFF) }
    }

    /// The UTF-8 bytes of the scheme's fixed words, made once.
    struct Vocabulary: Sendable {
        static let shared = Vocabulary()
        let eventType = Array(IsnadScheme.eventType.utf8)
        let noteType = Array(IsnadScheme.noteType.utf8)
        let stanceAttribute = Array(IsnadScheme.stanceAttribute.utf8)
        let formAttribute = Array(IsnadScheme.formAttribute.utf8)
        /// A space and the role of a Source argument, and of a Content argument (`Content2`, … add a number).
        let sourceArgument = Array((" " + IsnadScheme.source).utf8)
        let contentArgument = Array((" " + IsnadScheme.content).utf8)
        /// The labels' bytes, in the order of `Label`'s raw values, and the longest one's length.
        private let labels = [Label.cue, .source, .content, .disclaimer].map { Array($0.name.utf8) }
        let longestLabel: Int
        private let stances = Stance.allCases
        private let stanceValues = Stance.allCases.map { Array($0.rawValue.utf8) }
        private let forms = Form.allCases
        private let formValues = Form.allCases.map { Array($0.rawValue.utf8) }
        /// The bytes of the fixed words of one event's lines, at most.
        let eventLength: Int

        private init() {
            longestLabel = labels.map(\.count).max() ?? 0
            eventLength = eventType.count + noteType.count + stanceAttribute.count + formAttribute.count
                + (stanceValues.map(\.count).max() ?? 0) + (formValues.map(\.count).max() ?? 0)
        }

        /// The bytes of `label`.
        func label(_ label: Label) -> [UInt8] {
            labels[Int(label.rawValue)]
        }

        /// The bytes of `stance`'s value.
        func stance(_ stance: Stance) -> [UInt8] {
            stances.firstIndex(of: stance).map { stanceValues[$0] } ?? Array(stance.rawValue.utf8)
        }

        /// The bytes of `form`'s value.
        func form(_ form: Form) -> [UInt8] {
            forms.firstIndex(of: form).map { formValues[$0] } ?? Array(form.rawValue.utf8)
        }
    }

    /// Writes bytes into memory large enough for them.
    struct Writer {
        let base: UnsafeMutablePointer<UInt8>
        var count = 0

        /// The line `T<number> TAB label SPACE start SPACE end[;start end]… TAB text`.
        mutating func writeTextBound(number: Int, _ label: [UInt8], _ fragments: UnsafeBufferPointer<Range<Int>>,
                                     in scalars: UnsafeBufferPointer<Unicode.Scalar>) {
            write(UInt8(ascii: "T"), number)
            write(0x09)
            write(label)
            write(0x20)
            for position in fragments.indices {
                if position > 0 { write(0x3B) }
                writeDigits(fragments[position].lowerBound)
                write(0x20)
                writeDigits(fragments[position].upperBound)
            }
            write(0x09)
            for position in fragments.indices {
                if position > 0 { write(0x20) }
                UTF8Encoding.encode(scalars, fragments[position].clamped(to: 0..<scalars.count), into: base, at: &count)
            }
            write(0x0A)
        }

        /// The line `E<number> TAB Cue:T<cue> [SPACE role:T<span>]…`.
        mutating func writeEvent(number: Int, _ event: Event, words: Vocabulary) {
            write(UInt8(ascii: "E"), number)
            write(0x09)
            write(words.eventType)
            write(0x3A)
            write(UInt8(ascii: "T"), event.cue + 1)
            if event.source >= 0 {
                write(words.sourceArgument)
                write(0x3A)
                write(UInt8(ascii: "T"), event.source + 1)
            }
            write(words.contentArgument)
            write(0x3A)
            write(UInt8(ascii: "T"), event.content + 1)
            for (index, span) in event.moreContents.enumerated() {
                write(words.contentArgument)
                writeDigits(index + 2)
                write(0x3A)
                write(UInt8(ascii: "T"), span + 1)
            }
            write(0x0A)
        }

        /// The attribute line `A<number> TAB name SPACE E<event> SPACE value`.
        mutating func writeAttribute(_ number: Int, _ name: [UInt8], event: Int, _ value: [UInt8]) {
            write(UInt8(ascii: "A"), number)
            write(0x09)
            write(name)
            write(0x20)
            write(UInt8(ascii: "E"), event)
            write(0x20)
            write(value)
            write(0x0A)
        }

        /// The note line `#<number> TAB AnnotatorNotes SPACE E<number> TAB rule: NAME`.
        mutating func writeNote(number: Int, rule: String, words: Vocabulary) {
            write(UInt8(ascii: "#"), number)
            write(0x09)
            write(words.noteType)
            write(0x20)
            write(UInt8(ascii: "E"), number)
            write("\trule: ")
            write(rule)
            write(0x0A)
        }

        mutating func write(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        mutating func write(_ text: String) {
            if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
                for byte in text.utf8 { write(byte) }
            }
        }

        mutating func write(_ text: StaticString) {
            text.withUTF8Buffer { write($0) }
        }

        mutating func write(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { write($0) }
        }

        /// Copies `bytes` in one move.
        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress else { return }
            (base + count).update(from: source, count: bytes.count)
            count += bytes.count
        }

        /// `letter`, then the decimal digits of `number`.
        mutating func write(_ letter: UInt8, _ number: Int) {
            write(letter)
            writeDigits(number)
        }

        /// The decimal digits of `number`, nothing when it is negative (no offset or number is).
        mutating func writeDigits(_ number: Int) {
            guard number >= 0 else { return }
            DecimalDigits.write(UInt64(number), to: base, at: &count)
        }
    }
}
