/// A token of the original text.
public struct Token: Hashable, Sendable {
    /// What kind of token it is.
    public var kind: TokenKind
    /// The original scalar offset where it starts.
    public var start: Int
    /// The original scalar offset just after it.
    public var end: Int
    /// The original text, exactly `scalars[start..<end]`.
    public var surface: String
    /// The surface normalized with the `search` profile.
    public var normalized: String

    /// Creates a token.
    public init(kind: TokenKind, start: Int, end: Int, surface: String, normalized: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.normalized = normalized
    }

    /// The original scalar range.
    public var range: Range<Int> { start..<end }
}
