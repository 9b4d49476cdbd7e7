/// Splits text into tokens with original scalar offsets, surface and `search`-normalized form.
///
/// Diacritics and tatweel stay inside their word; URLs, e-mail addresses, @mentions, #hashtags and
/// emoji sequences are single tokens; spaces, line breaks and invisible controls are not tokens.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text`.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(Tokenizer.scalars(of: text))
    }

    /// The scalars of `text` (what offsets index), decoded fast from its UTF-8 storage.
    public static func scalars(of text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        decode(text, into: &scalars)
        return scalars
    }

    /// Appends the scalars of `text` to `scalars`, decoded from its UTF-8 storage when it has one.
    private static func decode(_ text: String, into scalars: inout [Unicode.Scalar]) {
        let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            scalars.reserveCapacity(scalars.count + bytes.count)
            UTF8Encoding.forEachScalar(in: bytes, upTo: bytes.count) { v in
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
        }
        if decoded == nil { scalars.append(contentsOf: text.unicodeScalars) }
    }

    /// The tokens of `scalars`; offsets index `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        let spans = TokenScanner.spans(of: scalars)
        var engine = NormalizationEngine(table: Normalizer.search.table, tracksAlignment: false)
        let surface = ByteBuffer()
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        scalars.withUnsafeBufferPointer { buffer in
            for span in spans {
                surface.removeAll()
                for index in span.start..<span.end { surface.append(scalar: buffer[index].value) }
                engine.reset()
                engine.push(buffer, span.start..<span.end)
                engine.finish()
                let surfaceText = surface.string
                let normalized = engine.output.hasSameBytes(as: surface) ? surfaceText : engine.output.string
                tokens.append(Token(kind: span.kind, start: span.start, end: span.end, surface: surfaceText, normalized: normalized))
            }
        }
        return tokens
    }

    /// Replaces the contents of `buffer` with the tokens of `text` (the same tokens as `tokenize(text)`,
    /// without building their strings); `buffer.scalars` holds the decoded text.
    public func tokenize(_ text: String, into buffer: inout TokenBuffer) {
        var scalars = buffer.scalars
        buffer.scalars = []
        scalars.removeAll(keepingCapacity: true)
        Tokenizer.decode(text, into: &scalars)
        tokenize(scalars, into: &buffer)
    }

    /// Replaces the contents of `buffer` with the tokens of `scalars` (the same tokens as
    /// `tokenize(scalars)`, without building their strings); offsets index `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar], into buffer: inout TokenBuffer) {
        buffer.removeAll()
        buffer.scalars = scalars
        let spans = TokenScanner.spans(of: scalars)
        var engine = NormalizationEngine(table: Normalizer.search.table, tracksAlignment: false)
        // two bytes a scalar (Arabic letters) up front: the output grows once instead of doubling
        engine.output.reserve(2 * scalars.count)
        buffer.entries.reserveCapacity(spans.count)
        scalars.withUnsafeBufferPointer { scalars in
            for span in spans {
                engine.startSegment()
                engine.push(scalars, span.start..<span.end)
                engine.finish()
                buffer.entries.append(TokenBuffer.Entry(kind: span.kind, start: span.start, end: span.end,
                                                        normalizedEnd: engine.output.count))
            }
        }
        buffer.normalizedBytes.append(contentsOf: engine.output.bytes)
    }
}
