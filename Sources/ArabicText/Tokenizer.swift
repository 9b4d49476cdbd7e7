/// Splits text into tokens with original scalar offsets, surface and `search`-normalized form.
///
/// Diacritics and tatweel stay inside their word; URLs, e-mail addresses, @mentions, #hashtags and
/// emoji sequences are single tokens; spaces, line breaks and invisible controls are not tokens.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer.
    public init() {}

    /// The tokens of `text`.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars))
    }

    /// The tokens of `scalars`; offsets index `scalars`.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        let spans = TokenScanner(scalars).scan()
        var engine = NormalizationEngine(table: Normalizer.search.table, tracksAlignment: false)
        var tokens: [Token] = []
        tokens.reserveCapacity(spans.count)
        for span in spans {
            var surface = String.UnicodeScalarView()
            surface.append(contentsOf: scalars[span.start..<span.end])
            engine.reset()
            for index in span.start..<span.end { engine.push(scalars[index].value, at: index) }
            engine.finish()
            let normalized = String(decoding: engine.output, as: UTF8.self)
            tokens.append(Token(kind: span.kind, start: span.start, end: span.end,
                                surface: String(surface), normalized: normalized))
        }
        return tokens
    }
}
