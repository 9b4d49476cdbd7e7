import Testing
@testable import Attribution

/// Constructions found missing or misread in a thirteenth batch of unseen news (Saudi, Moroccan, Lebanese,
/// Egyptian, Iraqi, Sudanese, Algerian, Emirati, Jordanian, Tunisian, Kuwaiti and Palestinian outlets);
/// every sentence is written for these tests.
@Suite("Unseen news, thirteenth round")
struct UnseenNewsRoundThirteenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // an anonymous speaker's wish, set off by commas, is no part of the Source
        Case(pattern: "قال X، طلب عدم نشر اسمه، إن", sentence: "وقال دبلوماسي عربي، طلب عدم نشر اسمه، إن المفاوضات تعثرت.",
             cue: "قال", source: "دبلوماسي عربي", content: "المفاوضات تعثرت"),
        Case(pattern: "أكد X، فضل عدم الكشف عن هويته، أن", sentence: "وأكد مصدر أمني، فضل عدم الكشف عن هويته، أن المشتبه به اعتقل.",
             cue: "أكد", source: "مصدر أمني", content: "المشتبه به اعتقل"),
        // a measure announced as a verbal noun opens the object after the Source
        Case(pattern: "أعلنت X تقليص …", sentence: "وأعلنت بلدية المدينة تقليص ساعات العمل خلال شهر رمضان.",
             cue: "أعلنت", source: "بلدية المدينة", content: "تقليص ساعات العمل خلال شهر رمضان"),
        Case(pattern: "أعلن X تخفيض …", sentence: "وأعلن البنك المركزي تخفيض سعر الفائدة بربع نقطة.",
             cue: "أعلن", source: "البنك المركزي", content: "تخفيض سعر الفائدة بربع نقطة"),
        // the two sides an appeal addresses stay outside the Source, also after a name
        Case(pattern: "دعا NAME طرفي … إلى", sentence: "ودعا المبعوث الأممي هانس غروندبرغ طرفي الصراع إلى ضبط النفس.",
             cue: "دعا", source: "المبعوث الأممي هانس غروندبرغ", content: "ضبط النفس"),
        Case(pattern: "دعت X أطراف … إلى", sentence: "ودعت الجامعة العربية أطراف الأزمة إلى الحوار.",
             cue: "دعت", source: "الجامعة العربية", content: "الحوار"),
        // the sentence's conjunction before a negator stays outside the clause a trailing according-to governs
        Case(pattern: "ولم CLAUSE، بحسب ما نقلته X", sentence: "ولم تتلق الوزارة أي طلب رسمي، بحسب ما نقلته صحيفة \"الرأي\".",
             cue: "بحسب ما نقلته", source: "صحيفة \"الرأي\"", content: "لم تتلق الوزارة أي طلب رسمي"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// A colon inside a quoted title is part of the title: no speaker label, no attribution.
    @Test(arguments: [
        "وأصدرت المنظمة تقريرا بعنوان \"ليبيا: عدالة مؤجلة\" يرصد الانتهاكات.",
        "وصدر للكاتب كتاب \"مصر: سنوات التحول\" عن دار الشروق.",
    ])
    func colonInsideATitle(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// A court chamber heads a construct phrase: its definite genitive (الاتهام) is no claim object, and
    /// refusing a request is no denial.
    @Test func courtChamberRefusingARequestIsNoClaim() {
        let found = Fixture.attributions("ورفضت دائرة الاتهام بمحكمة الاستئناف مطلب الإفراج عن المتهمين.\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// An object Content ends before a comma and فيما + a cue, and the denial there keeps its own attribution.
    @Test func accusationAndDenialAfterFiima() throws {
        let found = Fixture.attributions("واتهمت المعارضة الحكومة بتزوير الانتخابات، فيما نفت اللجنة العليا ذلك.\n")
        let accused = try #require(found.first { $0.cue == "اتهمت" })
        #expect(accused.source == "المعارضة" && accused.content == "تزوير الانتخابات", "\(accused)")
        let denied = try #require(found.first { $0.cue == "نفت" })
        #expect(denied.source == "اللجنة العليا" && denied.content == "ذلك" && denied.stance == "Deny", "\(denied)")
    }

    /// A ل-genitive after a definite adjective continues a name (`المنتخب الجزائري لكرة القدم`): before a
    /// cue that may take an object, it is no object (a construct object without ل still is).
    @Test(arguments: [
        ("أكد مدرب المنتخب الوطني لكرة اليد خالد العلوي أن اللاعبين جاهزون.\n", "مدرب المنتخب الوطني لكرة اليد خالد العلوي", "اللاعبين جاهزون"),
        ("أكد رئيس الاتحاد الأردني لكرة السلة أن البطولة ستقام في موعدها.\n", "رئيس الاتحاد الأردني لكرة السلة", "البطولة ستقام في موعدها"),
        ("أعلنت الحكومة حالة الطوارئ في الإقليم.\n", "الحكومة", "حالة الطوارئ في الإقليم"),
    ])
    func lamGenitiveOfANameStaysInTheSource(text: String, source: String, content: String) throws {
        let found = Fixture.attributions(text)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].source == source && found[0].content == content)
    }
}
