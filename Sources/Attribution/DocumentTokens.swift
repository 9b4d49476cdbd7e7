import ArabicText

/// The tokens of a document as the extractor reads them: a random-access view of a `TokenBuffer`
/// whose elements build their surface text only when asked.
struct DocumentTokens: RandomAccessCollection {
    /// The tokenized text.
    let buffer: TokenBuffer

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    subscript(index: Int) -> DocumentToken {
        let range = buffer.range(index)
        return DocumentToken(kind: buffer.kind(index), start: range.lowerBound, end: range.upperBound, scalars: buffer.scalars)
    }
}
