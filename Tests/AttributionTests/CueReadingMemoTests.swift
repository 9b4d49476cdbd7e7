import Testing
@testable import Attribution

/// A run remembers, by the word as written, the clitic readings that can start a cue: the remembered
/// readings are those a fresh split gives, and a word written otherwise (a hamza, a diacritic) is
/// another word.
@Suite("Cue reading memo")
struct CueReadingMemoTests {
    static func lookUp(_ memo: CueReadingMemo, _ word: String, hash: UInt64? = nil) -> [CueReadingMemo.Reading]? {
        Array(word.unicodeScalars).withUnsafeBufferPointer { memo.readings(of: $0, hash: hash ?? CueReadingMemo.hash(of: $0)) }
    }

    @Test func aWordIsFoundByItsScalars() {
        var memo = CueReadingMemo()
        let reading = CueReadingMemo.Reading(stem: Word("اكد"), proclitics: ["و"], conjunctionLength: 1, hasEnclitic: false)
        Array("وأكد".unicodeScalars).withUnsafeBufferPointer { memo.remember([reading], of: $0, hash: CueReadingMemo.hash(of: $0)) }
        #expect(Self.lookUp(memo, "وأكد") == [reading])
        // the same letters with another hamza form or a diacritic are other words
        #expect(Self.lookUp(memo, "واكد") == nil)
        #expect(Self.lookUp(memo, "وأكّد") == nil)
        // a word with the same hash but other scalars is not taken for it
        let hash = Array("وأكد".unicodeScalars).withUnsafeBufferPointer { CueReadingMemo.hash(of: $0) }
        #expect(Self.lookUp(memo, "وقال", hash: hash) == nil)
        #expect(memo.count == 1)
    }

    @Test func aFullMemoRemembersNoMoreWords() {
        var memo = CueReadingMemo()
        for number in 0..<(CueReadingMemo.capacity + 10) {
            Array("w\(number)".unicodeScalars).withUnsafeBufferPointer { memo.remember([], of: $0, hash: CueReadingMemo.hash(of: $0)) }
        }
        #expect(memo.count == CueReadingMemo.capacity)
        #expect(Self.lookUp(memo, "w0") == [])
        #expect(Self.lookUp(memo, "w\(CueReadingMemo.capacity + 5)") == nil)
    }

    @Test func rememberedReadingsAreThoseOfAFreshSplit() throws {
        let texts = try CliticMemoPoolTests.devTexts()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let memo = CliticReadingMemo()
        func newRun(_ scalars: [Unicode.Scalar]) -> ExtractionRun {
            ExtractionRun(analysis: DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                          lexicon: extractor.lexicon, cliticMemo: memo)
        }
        // one run through every document twice: the second time every word is remembered
        var warm = newRun([])
        var compared = 0
        for text in texts + texts {
            warm.restart(analysis: DocumentAnalysis(scalars: text, tokenizer: extractor.tokenizer, splitter: extractor.splitter),
                         cliticMemo: memo)
            var fresh = newRun(text)
            for index in fresh.doc.tokens.indices where fresh.doc.isWord(index)
                && extractor.lexicon.mayStartCueWithClitics(fresh.doc.keys[index]) {
                #expect(warm.cueReadings(index) == fresh.cueReadings(index), "token \(index)")
                compared += 1
            }
        }
        #expect(compared > 100)
        #expect(warm.cueReadings.count > 50)
    }
}
