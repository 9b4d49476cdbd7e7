import ArabicText

/// What a unit is for the unit-level coefficients (κ, α, AC1) in IO encoding.
public enum UnitKind: String, Hashable, Sendable, CaseIterable {
    /// Tokens of the text layer: a token is inside a label when a span of that label touches it.
    case tokens
    /// Unicode scalars: every position of the text.
    case scalars
}


extension UnitKind {
    /// Splits a text into this kind's units: the text layer's tokens, or one unit per scalar.
    public var segmenter: @Sendable ([Unicode.Scalar]) -> [Range<Int>] {
        switch self {
        case .tokens:
            return { scalars in Tokenizer().tokenize(scalars).map { $0.start..<$0.end } }
        case .scalars:
            return { scalars in (0..<scalars.count).map { $0..<($0 + 1) } }
        }
    }
}
