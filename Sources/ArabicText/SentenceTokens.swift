/// What the sentence splitter reads of a text's tokens: every token's kind and original offsets,
/// and the text of the few tokens it looks at closer (quotation marks, abbreviations). A `[Token]`
/// and a `TokenBuffer` (which builds those few strings on request) both provide it.
protocol SentenceTokens {
    /// The number of tokens.
    var count: Int { get }
    /// The kind of token `index`.
    func kind(_ index: Int) -> TokenKind
    /// The original scalar offset where token `index` starts.
    func start(_ index: Int) -> Int
    /// The original scalar offset just after token `index`.
    func end(_ index: Int) -> Int
    /// The original text of token `index`.
    func surface(_ index: Int) -> String
    /// Whether the UTF-8 of the `search`-normalized form of token `index` passes `test`.
    func normalizedUTF8(_ index: Int, satisfies test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool
}

extension Array: SentenceTokens where Element == Token {
    func kind(_ index: Int) -> TokenKind { self[index].kind }
    func start(_ index: Int) -> Int { self[index].start }
    func end(_ index: Int) -> Int { self[index].end }
    func surface(_ index: Int) -> String { self[index].surface }
    func normalizedUTF8(_ index: Int, satisfies test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var text = self[index].normalized
        return text.withUTF8(test)
    }
}

extension TokenBuffer: SentenceTokens {
    func start(_ index: Int) -> Int { spans[index].start }
    func end(_ index: Int) -> Int { spans[index].end }
    func normalizedUTF8(_ index: Int, satisfies test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        withNormalizedUTF8(index, test)
    }
}
