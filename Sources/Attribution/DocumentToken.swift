import ArabicText

/// One token of a document: kind and original scalar range, with its text built on demand.
struct DocumentToken {
    let kind: TokenKind
    /// The original scalar range.
    let start: Int
    let end: Int
    /// The document's scalars.
    let scalars: [Unicode.Scalar]

    /// The token's original text (a new string).
    var surface: String {
        if end - start == 1 { return String(Character(scalars[start])) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
