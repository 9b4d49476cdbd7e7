import Testing
@testable import ArabicText

/// The fast paths (`TokenBuffer`, `CliticCandidates.fill(_:at:)`, the byte-action tables) give exactly
/// what the reference paths give, on every corpus file and on seeded random strings.
@Suite struct FastPathTests {
    /// Every corpus text, then 2,000 random strings.
    static func texts() -> [(name: String, text: String)] {
        var generator = SeededGenerator(seed: 31)
        let random = (0..<2000).map { number in
            ("random \(number)", PropertyTests.randomText(&generator) + PropertyTests.randomText(&generator))
        }
        return Support.corpus + random
    }

    @Test func tokenBufferHoldsTheReferenceTokens() {
        let tokenizer = Tokenizer()
        var buffer = TokenBuffer()
        for (name, text) in FastPathTests.texts() {
            tokenizer.tokenize(text, into: &buffer)
            let scalars = Array(text.unicodeScalars)
            #expect(buffer.scalars == scalars, "\(name)")
            let tokens = tokenizer.tokenize(text)
            #expect(buffer.count == tokens.count, "\(name)")
            for (index, token) in tokens.enumerated() where index < buffer.count {
                #expect(buffer.token(index) == token, "\(name) token \(index)")
                #expect(buffer.kind(index) == token.kind && buffer.range(index) == token.range)
                // The reference: the engine one scalar at a time, no byte-action table.
                let reference = Normalizer.search.normalizedString(scalars, token.range)
                #expect(buffer.normalized(index) == reference, "\(name) token \(index) \(token.surface.debugDescription)")
                #expect(token.surface == Support.slice(scalars, token.range))
            }
        }
    }
}
