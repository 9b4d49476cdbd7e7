/// A token's kind and original range, without its text (`TokenBuffer.spans`).
public struct TokenSpan: Hashable, Sendable {
    /// The kind.
    public var kind: TokenKind
    /// Original start (scalar offset).
    public var start: Int
    /// Original end (scalar offset, exclusive).
    public var end: Int

    /// A span of `kind` over the original scalars `start..<end`.
    public init(kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
