/// The tokens of one text in flat arrays, refilled by `Tokenizer.tokenize(_:into:)` without building
/// a `String` per token: each token's kind, original scalar range, and `search`-normalized form as a
/// range of one shared UTF-8 buffer. Reuse one buffer for many texts: once it has grown, tokenizing
/// allocates almost nothing. `token(_:)` builds the same `Token` that `Tokenizer.tokenize` returns.
///
/// ```swift
/// var buffer = TokenBuffer()
/// var clitics = CliticCandidates()
/// Tokenizer().tokenize(text, into: &buffer)
/// for index in 0..<buffer.count where buffer.kind(index) == .word {
///     clitics.fill(buffer, at: index)          // = Clitics.candidates(for: buffer.token(index))
/// }
/// ```
public struct TokenBuffer: Sendable {
    /// The scalars of the text last tokenized (what the offsets index).
    public internal(set) var scalars: [Unicode.Scalar] = []
    /// Every token's kind and original range, in order.
    public internal(set) var spans: [TokenSpan] = []
    /// Where every token's normalized form ends in `normalizedBytes` (it starts where the previous
    /// token's ends).
    public internal(set) var normalizedEnds: [Int] = []
    /// Every token's normalized form, one after the other, UTF-8.
    public internal(set) var normalizedBytes: [UInt8] = []
    /// The offsets of the line breaks (`ArabicScalars.isLineBreak`: LF, CR, VT, FF, NEL, LS, PS) of the
    /// text, in order; all lie between tokens (no token holds one).
    public internal(set) var lineBreaks: [Int] = []

    /// An empty buffer.
    public init() {}

    /// The number of tokens.
    public var count: Int { spans.count }

    /// The kind of token `index`.
    public func kind(_ index: Int) -> TokenKind { spans[index].kind }

    /// The original scalar range of token `index`.
    public func range(_ index: Int) -> Range<Int> { spans[index].start..<spans[index].end }

    /// The byte range of token `index`'s normalized form in the shared UTF-8 buffer.
    func normalizedRange(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : normalizedEnds[index - 1])..<normalizedEnds[index]
    }

    /// Calls `body` with the UTF-8 bytes of token `index`'s normalized form (valid only inside `body`).
    public func withNormalizedUTF8<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = normalizedRange(index)
        return try normalizedBytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Calls `body` with every token's index and the UTF-8 bytes of its normalized form, in order
    /// (the bytes are valid only inside `body`).
    public func forEachNormalizedUTF8(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try normalizedBytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for index in normalizedEnds.indices {
                let end = normalizedEnds[index]
                try body(index, UnsafeBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
    }

    /// The normalized form of token `index` (`search` profile), as a new string.
    public func normalized(_ index: Int) -> String {
        withNormalizedUTF8(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The original text of token `index`, as a new string.
    public func surface(_ index: Int) -> String {
        let entry = spans[index]
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * (entry.end - entry.start) + 1) { out in
            guard let base = out.baseAddress else { return "" }
            var count = 0
            scalars.withUnsafeBufferPointer { UTF8Encoding.encode($0, entry.start..<entry.end, into: base, at: &count) }
            return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
        }
    }

    /// Token `index` as a `Token` (builds its two strings).
    public func token(_ index: Int) -> Token {
        withStorage { scalars, bytes in token(index, scalars, bytes) }
    }

    /// Every token, as `Tokenizer.tokenize` returns them.
    public var tokens: [Token] {
        withStorage { scalars, bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(count)
            for index in 0..<count { tokens.append(token(index, scalars, bytes)) }
            return tokens
        }
    }

    /// Calls `body` with the scalars and the normalized bytes.
    private func withStorage<Result>(_ body: (UnsafeBufferPointer<Unicode.Scalar>, UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        scalars.withUnsafeBufferPointer { scalars in normalizedBytes.withUnsafeBufferPointer { body(scalars, $0) } }
    }

    /// Token `index`, built from the buffer's storage.
    private func token(_ index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ bytes: UnsafeBufferPointer<UInt8>) -> Token {
        let entry = spans[index]
        return Token(kind: entry.kind, start: entry.start, end: entry.end,
                     scalars: UnsafeBufferPointer(rebasing: scalars[entry.start..<entry.end]),
                     normalized: UnsafeBufferPointer(rebasing: bytes[normalizedRange(index)]))
    }

    /// The normalizer's output of the last `Tokenizer.tokenize(_:into:)`, kept for the next.
    private var normalizerOutput: NormalizerOutput?

    /// A normalizer's output buffer kept by a token buffer. Only a buffer that alone holds it writes
    /// into it (`takeNormalizerOutput()` checks): a copy of the token buffer gets a new one.
    private final class NormalizerOutput: @unchecked Sendable {
        let bytes = ByteBuffer()
    }

    /// An empty byte buffer for the normalizer's output: the one the last tokenizing used when this
    /// buffer alone holds it (its memory kept), a new one otherwise.
    mutating func takeNormalizerOutput() -> ByteBuffer {
        if isKnownUniquelyReferenced(&normalizerOutput), let kept = normalizerOutput {
            kept.bytes.removeAll()
            return kept.bytes
        }
        let output = NormalizerOutput()
        normalizerOutput = output
        return output.bytes
    }

    /// Forgets the tokens and the text, keeping the memory of the token arrays: a buffer kept from
    /// one text to the next allocates nothing once it has grown.
    public mutating func removeAll() {
        scalars = []
        spans.removeAll(keepingCapacity: true)
        normalizedEnds.removeAll(keepingCapacity: true)
        normalizedBytes.removeAll(keepingCapacity: true)
        lineBreaks.removeAll(keepingCapacity: true)
    }
}
