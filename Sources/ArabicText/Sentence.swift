/// A sentence: a run of tokens inside one paragraph (line).
public struct Sentence: Hashable, Sendable {
    /// Original scalar offset of its first token.
    public var start: Int
    /// Original scalar offset just after its last token.
    public var end: Int
    /// Indices of its tokens in the token array.
    public var tokens: Range<Int>
    /// The 0-based number of its paragraph (lines with tokens, in order).
    public var paragraph: Int

    /// Creates a sentence.
    public init(start: Int, end: Int, tokens: Range<Int>, paragraph: Int) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.paragraph = paragraph
    }
}
