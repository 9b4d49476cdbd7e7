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
    ///
    /// One pass: each token is found and normalized together, an Arabic word scalar by scalar
    /// through one table while its letters and marks take the fast path.
    public func tokenize(_ scalars: [Unicode.Scalar], into buffer: inout TokenBuffer) {
        buffer.removeAll()
        buffer.scalars = scalars
        var spans = buffer.spans
        var ends = buffer.normalizedEnds
        var lineBreaks = buffer.lineBreaks
        buffer.spans = []
        buffer.normalizedEnds = []
        buffer.lineBreaks = []
        spans.reserveCapacity(scalars.count / 5 + 1)
        ends.reserveCapacity(scalars.count / 5 + 1)
        var engine = NormalizationEngine(table: Normalizer.search.table, tracksAlignment: false,
                                         output: buffer.takeNormalizerOutput())
        // two bytes a scalar (Arabic letters) up front: the output grows once instead of doubling
        engine.output.reserve(2 * scalars.count + 16)
        scalars.withUnsafeBufferPointer { text in
            ScalarCategory.lowTable.withUnsafeBufferPointer { categories in
                let scanner = TokenScanner(text)
                let count = text.count
                var i = 0
                while i < count {
                    let v = text[i].value
                    if v < NormalizationTable.lowLimit, categories[Int(v)] == .arabicLetter {
                        let end = Tokenizer.normalizeArabicWord(text, from: i, scanner, categories, &engine)
                        spans.append(TokenSpan(kind: .word, start: i, end: end))
                        ends.append(engine.output.count)
                        i = end
                        continue
                    }
                    // a space or a control between tokens (what the scanner skips), without it; a
                    // line break is recorded
                    if v <= 0x20 {
                        if v != 0x20, ArabicScalars.isLineBreak(v) { lineBreaks.append(i) }
                        i += 1
                        continue
                    }
                    switch scanner.step(at: i, previousEnd: spans.last?.end ?? -1) {
                    case .skip(let next):
                        // only the first scalar skipped can be a line break (NEL, LS, PS); spaces follow
                        if ArabicScalars.isLineBreak(v) { lineBreaks.append(i) }
                        i = next
                    case .extendPrevious(let end):
                        // normalized again from its start, as a token is normalized on its own
                        let last = spans.count - 1
                        engine.output.commit(count: last == 0 ? 0 : ends[last - 1])
                        Tokenizer.normalize(text, spans[last].start..<end, &engine)
                        spans[last].end = end
                        ends[last] = engine.output.count
                        i = end
                    case .token(let kind, let end):
                        // a one-scalar token (punctuation) through its byte action when it has one
                        engine.startSegment()
                        if end != i + 1 || !engine.pushFast(v) {
                            engine.push(text, i..<end)
                            engine.finish()
                        }
                        spans.append(TokenSpan(kind: kind, start: i, end: end))
                        ends.append(engine.output.count)
                        i = end
                    }
                }
            }
        }
        buffer.spans = spans
        buffer.normalizedEnds = ends
        buffer.lineBreaks = lineBreaks
        buffer.normalizedBytes.append(contentsOf: engine.output.bytes)
    }

    /// Appends the normalized form of the token `text[range]` to the engine's output.
    @inline(__always)
    private static func normalize(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, _ engine: inout NormalizationEngine) {
        engine.startSegment()
        engine.push(text, range)
        engine.finish()
    }

    /// Finds the end of the Arabic word starting at `start` and appends its normalized form to the
    /// engine's output, in one pass while its scalars take the fast path (`pushWordRun`); the scanner
    /// and the full engine finish a word they leave.
    @inline(__always)
    private static func normalizeArabicWord(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, _ scanner: TokenScanner,
                                            _ categories: UnsafeBufferPointer<ScalarCategory>, _ engine: inout NormalizationEngine) -> Int {
        engine.startSegment()
        let stop = engine.pushWordRun(text, from: start)
        var end = stop
        if stop < text.count {
            // a letter or mark with a slow action, a format character, or a scalar past the table
            var goesOn = true
            let v = text[stop].value
            if v < NormalizationTable.lowLimit {
                switch categories[Int(v)] {
                case .arabicLetter, .mark, .format: break
                default: goesOn = false
                }
            }
            if goesOn {
                end = scanner.arabicWordEnd(from: max(start, stop - 1))
                engine.push(text, stop..<end)
            }
        }
        engine.finish()
        return end
    }
}
