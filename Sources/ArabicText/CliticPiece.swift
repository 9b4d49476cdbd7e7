/// One piece of a clitic split: its normalized text and its original scalar range.
public struct CliticPiece: Hashable, Sendable {
    /// The piece in `search` normalization (`ال` for the article, also when written elided in لل).
    public var text: String
    /// Original scalar offset where it starts (its marks and tatweel included).
    public var start: Int
    /// Original scalar offset just after it.
    public var end: Int

    /// Creates a piece.
    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
