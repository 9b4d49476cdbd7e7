/// A token's kind and original range, before its strings are made.
struct TokenSpan: Hashable, Sendable {
    /// The kind.
    var kind: TokenKind
    /// Original start (scalar offset).
    var start: Int
    /// Original end (scalar offset, exclusive).
    var end: Int
}
