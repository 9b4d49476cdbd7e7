import Testing
@testable import ArabicText

@Suite struct CliticsTests {
    func splits(_ word: String) -> [String] {
        let token = Tokenizer().tokenize(word)[0]
        return Clitics.candidates(for: token).map { split in
            (split.proclitics.map(\.text) + [split.stem.text] + (split.enclitic.map { [$0.text] } ?? [])).joined(separator: "+")
        }
    }

    @Test func findsTheStemsTheLexiconNeeds() {
        #expect(splits("فقال") == ["فقال", "ف+قال"])
        #expect(splits("وبحسب").contains("و+ب+حسب"))
        #expect(splits("بأنها").contains("ب+ان+ها"))
        #expect(splits("لوزارة").contains("ل+وزاره"))
        #expect(splits("للوزارة").contains("ل+ال+وزاره"))
        #expect(splits("والرئيس").contains("و+ال+رييس"))
        #expect(splits("وزارته").contains("وزاره+ه"))
        #expect(splits("سيقول").contains("س+يقول"))
        #expect(splits("وأضاف").first == "واضاف")
    }

    @Test func stemsHaveTwoLettersAndNoImpossibleSplits() {
        for word in ["فقال", "بأنها", "وبحسب", "للوزارة", "على", "مدرسة", "هم", "وله"] {
            for candidate in Clitics.candidates(for: Tokenizer().tokenize(word)[0]) {
                #expect(candidate.stem.text.unicodeScalars.count >= 2, "\(word)")
                #expect(!(candidate.enclitic != nil && candidate.proclitics.last?.text == "ال"), "\(word)")
            }
        }
        #expect(!splits("على").contains("عل+ي"))
        #expect(!splits("مدرسة").contains("مدرس+ه"))
        #expect(splits("هم") == ["هم"])
        #expect(Clitics.candidates(for: Tokenizer().tokenize("2024")[0]).count == 1)
        #expect(Clitics.candidates(for: Tokenizer().tokenize("Bill")[0]).count == 1)
    }

    @Test func piecesCarryOriginalOffsetsThroughDiacritics() {
        let text = "ثم فَقَالَ"
        let scalars = Array(text.unicodeScalars)
        let token = Tokenizer().tokenize(scalars)[1]
        let split = Clitics.candidates(for: token)[1]
        #expect(split.proclitics.map { Support.slice(scalars, $0.start..<$0.end) } == ["فَ"])
        #expect(Support.slice(scalars, split.stem.start..<split.stem.end) == "قَالَ")
        #expect(split.stem.text == "قال")
        let elided = Clitics.candidates(for: Tokenizer().tokenize("للوزارة")[0]).first { $0.proclitics.count == 2 }
        #expect(elided?.proclitics.map { [$0.start, $0.end] } == [[0, 1], [1, 2]])
        #expect(elided?.stem.start == 2)
    }

    @Test func piecesTileTheWordOnTheCorpus() {
        for file in Support.corpus.prefix(3) {
            for token in Tokenizer().tokenize(file.text) where token.kind == .word {
                let candidates = Clitics.candidates(for: token)
                #expect(candidates.first?.isUnsegmented == true)
                for split in candidates {
                    let pieces = split.proclitics + [split.stem] + (split.enclitic.map { [$0] } ?? [])
                    #expect(pieces.first?.start == token.start && pieces.last?.end == token.end)
                    for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.end == b.start && a.start < a.end) }
                }
            }
        }
    }
}
