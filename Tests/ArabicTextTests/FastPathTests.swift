import Testing
import TestSupport
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

    @Test func sentencesAndSpansFromTheBufferAreTheReferenceOnes() {
        let tokenizer = Tokenizer()
        let splitter = SentenceSplitter()
        var buffer = TokenBuffer()
        var sentences = 0
        for (name, text) in FastPathTests.texts() {
            tokenizer.tokenize(text, into: &buffer)
            let tokens = tokenizer.tokenize(text)
            let reference = splitter.sentences(in: buffer.scalars, tokens: tokens)
            #expect(splitter.sentences(in: buffer) == reference, "\(name)")
            #expect(buffer.spans == tokens.map { TokenSpan(kind: $0.kind, start: $0.start, end: $0.end) }, "\(name)")
            for (index, token) in tokens.enumerated() where index < buffer.count {
                #expect(buffer.surface(index) == token.surface, "\(name) token \(index)")
            }
            sentences += reference.count
        }
        #expect(sentences > 2000)
    }

    @Test func candidatesFromTheBufferAreTheReferenceCandidates() {
        let tokenizer = Tokenizer()
        var buffer = TokenBuffer()
        var fast = CliticCandidates()
        var fromToken = CliticCandidates()
        var splits = 0
        for (name, text) in FastPathTests.texts() {
            tokenizer.tokenize(text, into: &buffer)
            for index in 0..<buffer.count {
                let token = buffer.token(index)
                // Clitics.candidates(for:) is the specification; on the corpus it also equals the reference
                // splitter (random strings hit its cheap pre-test, which the reference does not have).
                let expected = Clitics.candidates(for: token)
                if !name.hasPrefix("random") {
                    #expect(ReferenceClitics.candidates(for: token) == expected, "\(name): \(token.surface.debugDescription)")
                }
                fast.fill(buffer, at: index)
                fromToken.fill(for: token)
                #expect(fast.token == token, "\(name) token \(index)")
                #expect(fast.count == expected.count && fromToken.count == expected.count, "\(name): \(token.surface.debugDescription)")
                for candidate in 0..<min(fast.count, expected.count) {
                    #expect(fast.split(at: candidate) == expected[candidate], "\(name): \(token.surface.debugDescription) #\(candidate)")
                    #expect(fast.stemRange(candidate) == expected[candidate].stem.start..<expected[candidate].stem.end)
                    #expect(fast.procliticCount(candidate) == expected[candidate].proclitics.count)
                    #expect(fast.hasEnclitic(candidate) == (expected[candidate].enclitic != nil))
                    #expect(fromToken.split(at: candidate) == expected[candidate])
                    // the string-free accessors readings use
                    let proclitics = expected[candidate].proclitics
                    #expect(fast.procliticTexts(candidate) == proclitics.map(\.text), "\(name): \(token.surface.debugDescription) #\(candidate)")
                    for pieces in 0...proclitics.count {
                        #expect(fast.procliticEnd(candidate, pieces: pieces) == (pieces == 0 ? token.start : proclitics[pieces - 1].end))
                    }
                    var stem = ""
                    fast.withStemUTF8(candidate) { stem = String(decoding: $0, as: UTF8.self) }
                    #expect(stem == expected[candidate].stem.text, "\(name): \(token.surface.debugDescription) #\(candidate)")
                }
                splits += expected.count - 1
            }
        }
        #expect(splits > 2_000, "\(splits)")
    }

    /// The letters of `token` read the way the segmenter read them before `LetterInfo`: one full
    /// normalization action per scalar.
    static func referenceLetters(_ token: Token) -> (keys: [UInt32], starts: [Int], isArabic: Bool, ownNormalization: Bool) {
        let table = Normalizer.search.table
        var keys: [UInt32] = []
        var starts: [Int] = []
        var ownNormalization = false
        var isArabic = false
        for (index, scalar) in token.surface.unicodeScalars.enumerated() {
            let v = scalar.value
            let action = table.action(v)
            if !action.isTransparent, action.kind != .dropFree, v != 0x00AD {
                if keys.isEmpty { isArabic = action.isLetter }
                switch action.kind {
                case .copy: keys.append(v)
                case .replace: keys.append((v == 0x0629 || v == 0x0649) ? v : action.first)
                case .positionalYeh: keys.append(0x064A)
                default: keys.append(0)
                }
                starts.append(keys.count == 1 ? token.start : token.start + index)
            }
            if action.kind == .space || action.kind == .positionalYeh || action.kind == .expand { ownNormalization = true }
        }
        starts.append(token.end)
        return (keys, starts, isArabic, ownNormalization)
    }

    @Test func lettersAreReadAsWithTheFullActions() {
        let tokenizer = Tokenizer()
        for (name, text) in FastPathTests.texts() {
            for token in tokenizer.tokenize(text) where token.kind == .word {
                let expected = FastPathTests.referenceLetters(token)
                WrittenLetters.withLetters(of: token) { word in
                    #expect((0..<word.count).map(word.key) == expected.keys, "\(name): \(token.surface.debugDescription)")
                    #expect((0...word.count).map(word.start(of:)) == expected.starts, "\(name): \(token.surface.debugDescription)")
                    #expect(word.isArabic == expected.isArabic && word.needsOwnNormalization == expected.ownNormalization)
                    if word.count > 1 {
                        let rest = word.piece(1, word.count)
                        let scalars = Array(token.surface.unicodeScalars)
                        let reference = Normalizer.search.normalizedString(scalars, (rest.start - token.start)..<scalars.count)
                        #expect(rest.text == reference, "\(name): \(token.surface.debugDescription)")
                    }
                }
            }
        }
    }
}
