import Testing
@testable import Attribution

/// Content after a speech cue and its colon (sentences written for the tests, not from the corpus).
@Suite("Content after a cue's colon")
struct ColonContentTests {
    @Test(arguments: ["\"الأمر مهم جدا\"", "«الأمر مهم جدا»", "“الأمر مهم جدا”"])
    func shortQuotationAfterColonIsDirectSpeech(quoted: String) throws {
        let found = Fixture.attributions("قال الوزير: \(quoted).\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "الوزير")
        #expect(found[0].content == "الأمر مهم جدا" && found[0].form == "Direct")
    }

    @Test func shortQuotationDoesNotSwallowTheNextSentence() throws {
        let found = Fixture.attributions("وقال الوزير: \"الأمر مهم جدا\". وأضاف أن شيئا ما تغير.\n")
        #expect(found.map(\.cue) == ["قال", "أضاف"])
        #expect(found.map(\.content) == ["الأمر مهم جدا", "شيئا ما تغير"])
        #expect(found.map(\.form) == ["Direct", "Indirect"])
    }

    @Test func oneWordQuotationAfterColon() throws {
        let found = Fixture.attributions("وأضافت المتحدثة باسم الحكومة: \"كلا\". ثم غادرت القاعة.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].content == "كلا" && found[0].form == "Direct")
    }

    @Test func unquotedColonContentEndsAtTheSentenceEnd() throws {
        let found = Fixture.attributions("قال الوزير: الأمر مهم جدا. وأضاف أن شيئا حدث.\n")
        #expect(found.map(\.cue) == ["قال", "أضاف"])
        #expect(found.map(\.content) == ["الأمر مهم جدا", "شيئا حدث"])
    }

    @Test func scareQuoteInsideAReportedClauseStaysIndirect() throws {
        let found = Fixture.attributions("وأكد الوزير أن \"الانسجام\" بين الحكومة والبرلمان قائم.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].content == "\"الانسجام\" بين الحكومة والبرلمان قائم" && found[0].form == "Indirect")
    }
}
