/// One way to read an Arabic word as proclitics + stem + pronoun enclitic.
public struct CliticSplit: Hashable, Sendable {
    /// Conjunction, preposition, future and article pieces, in order (empty when none).
    public var proclitics: [CliticPiece]
    /// The stem.
    public var stem: CliticPiece
    /// The attached pronoun, if any.
    public var enclitic: CliticPiece?

    /// Creates a split.
    public init(proclitics: [CliticPiece], stem: CliticPiece, enclitic: CliticPiece?) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
    }

    /// Whether this is the word left whole.
    public var isUnsegmented: Bool { proclitics.isEmpty && enclitic == nil }
}
