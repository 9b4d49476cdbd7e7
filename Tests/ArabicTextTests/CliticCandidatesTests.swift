import Testing
@testable import ArabicText

/// The clitic splitter as it was before `CliticCandidates`, kept to check that the shared letter-position
/// path gives the same candidates.
enum ReferenceClitics {
    static func candidates(for token: Token) -> [CliticSplit] {
        let whole = CliticSplit(proclitics: [], stem: CliticPiece(text: token.normalized, start: token.start, end: token.end),
                                enclitic: nil)
        guard token.kind == .word else { return [whole] }
        var result: [CliticSplit] = []
        WrittenLetters.withLetters(of: token) { result = splits(of: $0, whole: whole) }
        return result
    }

    private static func splits(of word: WrittenLetters, whole: CliticSplit) -> [CliticSplit] {
        let count = word.count
        guard word.isArabic, count > Clitics.minimumStemLetters else { return [whole] }
        var result = [whole]
        for pattern in CliticPattern.proclitics {
            let prefixLength = pattern.letters.count
            guard word.hasPrefix(pattern.letters, at: 0, length: prefixLength), word.isBoundary(prefixLength) else { continue }
            var proclitics: [CliticPiece] = []
            var position = 0
            for piece in pattern.pieces where prefixLength > 0 {
                proclitics.append(CliticPiece(text: piece.text, start: word.start(of: position),
                                              end: word.start(of: position + piece.letters)))
                position += piece.letters
            }
            for suffix in [[]] + CliticPattern.enclitics where word.hasSuffix(suffix, at: 0, length: suffix.count) {
                if prefixLength == 0 && suffix.isEmpty { continue }
                if !suffix.isEmpty, pattern.endsWithArticle { continue }
                let stemEnd = count - suffix.count
                guard stemEnd - prefixLength >= Clitics.minimumStemLetters, word.isBoundary(stemEnd) else { continue }
                let stem = word.piece(prefixLength, stemEnd)
                let pronoun = suffix.isEmpty ? nil : word.piece(stemEnd, count)
                result.append(CliticSplit(proclitics: proclitics, stem: stem, enclitic: pronoun))
                if pronoun != nil, stem.text.unicodeScalars.last == "ت" {
                    var restored = stem
                    restored.text = String(stem.text.unicodeScalars.dropLast()) + "ه"
                    result.append(CliticSplit(proclitics: proclitics, stem: restored, enclitic: pronoun))
                }
            }
        }
        return result
    }
}

@Suite struct CliticCandidatesTests {
    @Test func everyCorpusWordHasTheReferenceCandidates() {
        let tokenizer = Tokenizer()
        var buffer = CliticCandidates()
        var words = 0
        var splits = 0
        for (name, text) in Support.corpus {
            for token in tokenizer.tokenize(text) {
                let expected = ReferenceClitics.candidates(for: token)
                let candidates = Clitics.candidates(for: token)
                #expect(candidates == expected, "\(name): \(token.surface)")
                buffer.fill(for: token)
                #expect(buffer.count == expected.count, "\(name): \(token.surface)")
                for index in 0..<min(buffer.count, expected.count) {
                    #expect(buffer.split(at: index) == expected[index], "\(name): \(token.surface) #\(index)")
                    #expect(buffer.stemRange(index) == expected[index].stem.start..<expected[index].stem.end)
                    #expect(buffer.procliticCount(index) == expected[index].proclitics.count)
                    #expect(buffer.hasEnclitic(index) == (expected[index].enclitic != nil))
                }
                words += 1
                splits += expected.count - 1
            }
        }
        #expect(words > 3_000)
        #expect(splits > 1_000, "\(splits)")
    }

    @Test func marksAndFarsiLettersGiveTheReferenceCandidates() {
        var buffer = CliticCandidates()
        for word in ["فَقَالَ", "وزارتـه", "بأنها", "للوزارة", "وکتابه", "ﻻسيما", "والرئيس", "2024", "Bill"] {
            for token in Tokenizer().tokenize(word) {
                buffer.fill(for: token)
                #expect((0..<buffer.count).map { buffer.split(at: $0) } == ReferenceClitics.candidates(for: token), "\(word)")
            }
        }
    }
}
