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
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            UTF8Encoding.forEachScalar(in: bytes, upTo: bytes.count) { v in
                scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return scalars
        }
        return decoded ?? Array(text.unicodeScalars)
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
                engine.reset()
                for index in span.start..<span.end {
                    let v = buffer[index].value
                    surface.append(scalar: v)
                    engine.push(v, at: index)
                }
                engine.finish()
                let surfaceText = surface.string
                let normalized = engine.output.hasSameBytes(as: surface) ? surfaceText : engine.output.string
                tokens.append(Token(kind: span.kind, start: span.start, end: span.end, surface: surfaceText, normalized: normalized))
            }
        }
        return tokens
    }
}
