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

    /// Whom a headline's speaker addresses is no part of its Source (sentences written for the tests).
    @Test(arguments: [
        ("بوتين للغرب: لن نسمح بتجاوز الخطوط الحمراء\n", "بوتين"),
        ("وزير الخارجية للصحفيين: لا تفاوض تحت النار\n", "وزير الخارجية"),
        ("Biden to Putin: stop the war now\n", "Biden"),
        ("لافروف لنظيره الأمريكي: لن نقبل بالتهديدات\n", "لافروف"),
        // a name's genitive with ل and a name's own ل stay in the Source
        ("الأمين العام للأمم المتحدة: الوضع في غزة كارثي\n", "الأمين العام للأمم المتحدة"),
        ("المفوضية السامية لحقوق الإنسان: الانتهاكات مستمرة\n", "المفوضية السامية لحقوق الإنسان"),
        ("سيرغي لافروف: الغرب يكذب في كل شيء\n", "سيرغي لافروف"),
    ])
    func headlineAddresseeIsNoPartOfTheSource(text: String, source: String) throws {
        let found = Fixture.attributions(text)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == ":" && found[0].source == source)
    }
}
