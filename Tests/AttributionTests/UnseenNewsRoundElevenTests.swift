import Testing
@testable import Attribution

/// Patterns found by the review of the extractor's output on an eleventh fresh batch of news (UN and
/// human-rights reports, elections, education, climate studies, religious affairs, a rally speech, an
/// interview written up as news); every sentence is written for these tests, and each asserts what the
/// guidelines prescribe.
@Suite("Unseen news patterns, eleventh round")
struct UnseenNewsRoundElevenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // a Quran verse cited with لقوله تعالى and the ornate parentheses: the honorific is no Source
        Case(pattern: "لقوله تعالى: ﴿…﴾", sentence: "واستشهد الخطيب بفضل الصدقة لقوله تعالى: ﴿وما تنفقوا من خير فلأنفسكم﴾.",
             cue: "لقوله", source: nil, content: "وما تنفقوا من خير فلأنفسكم", form: "Direct"),
        // a hadith in plain parentheses right after the colon: the parentheses quote
        Case(pattern: "لقوله صلى الله عليه وسلم: (…)", sentence: "واستدل المفتي على ذلك لقوله صلى الله عليه وسلم: (إنما الأعمال بالنيات).",
             cue: "لقوله", source: nil, content: "إنما الأعمال بالنيات", form: "Direct"),
        // after a name the honorific ends the Source
        Case(pattern: "قال رسول الله صلى الله عليه وسلم: \"…\"", sentence: "قال رسول الله صلى الله عليه وسلم: \"الكلمة الطيبة صدقة\".",
             cue: "قال", source: "رسول الله", content: "الكلمة الطيبة صدقة", form: "Direct"),
        // بالقول before a colon introduces the quotation (no headline colon with the clause before it as subject)
        Case(pattern: "وجهت X رسالة … بالقول: “…”", sentence: "ووجهت المديرة رسالة إلى الطلاب بالقول: “المستقبل بين أيديكم”.",
             cue: "بالقول", source: nil, content: "المستقبل بين أيديكم", form: "Direct"),
        // a text that stipulates, verb first or subject first
        Case(pattern: "تنص X على أن", sentence: "وتنص المادة العاشرة على أن الترشح حق لكل مواطن.",
             cue: "تنص", source: "المادة العاشرة", content: "الترشح حق لكل مواطن"),
        Case(pattern: "X ينص على أن", sentence: "والدستور ينص على أن القضاء مستقل.",
             cue: "ينص", source: "الدستور", content: "القضاء مستقل"),
        // a family name with the article right before the complementizer (no comma) stays in the Source
        Case(pattern: "أكد TITLE NAME الNAME أن", sentence: "وأكد النائب سامر الخطيب أن الجلسة تأجلت.",
             cue: "أكد", source: "النائب سامر الخطيب", content: "الجلسة تأجلت"),
        Case(pattern: "أكدت TITLE NAME الNAME أن", sentence: "وأكدت عضو المجلس البلدي هدى الحسيني أن المشروع سينجز قريبا.",
             cue: "أكدت", source: "عضو المجلس البلدي هدى الحسيني", content: "المشروع سينجز قريبا"),
        // بعض opens the object after the Source (not the Source's own word)
        Case(pattern: "ذكرت X بعض …", sentence: "وذكرت الهيئة بعض الإجراءات الجديدة للموسم المقبل.",
             cue: "ذكرت", source: "الهيئة", content: "بعض الإجراءات الجديدة للموسم المقبل"),
        // an appeal's addressee (a body) after a definite Source, before the governed preposition, is no part of the Source
        Case(pattern: "طالبت X الحكومة بـ…", sentence: "وطالبت المنظمة الحكومة بفتح تحقيق مستقل.",
             cue: "طالبت", source: "المنظمة", content: "فتح تحقيق مستقل"),
        Case(pattern: "حثت X السلطات على …", sentence: "وحثت المفوضية السلطات على الإفراج عن المعتقلين.",
             cue: "حثت", source: "المفوضية", content: "الإفراج عن المعتقلين"),
        // … but an adjective of the Source stays (المتحدة)
        Case(pattern: "دعت الأمم المتحدة إلى …", sentence: "ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار.",
             cue: "دعت", source: "الأمم المتحدة", content: "وقف فوري لإطلاق النار"),
        // وثّق "documented": its object after the Source, or its that-clause
        Case(pattern: "وثقت X OBJECT", sentence: "ووثقت الشبكة في تقريرها اعتقال عشرات الصحفيين.",
             cue: "وثقت", source: "الشبكة", content: "اعتقال عشرات الصحفيين"),
        Case(pattern: "وثق X أن", sentence: "ووثق المرصد أن القصف استهدف مدرسة.",
             cue: "وثق", source: "المرصد", content: "القصف استهدف مدرسة"),
        // في with a noun carrying the speaker's pronoun is the occasion or medium, after the Source
        Case(pattern: "أكد X في عظته أن", sentence: "وأكد البطريرك في عظته أن السلام ممكن.",
             cue: "أكد", source: "البطريرك", content: "السلام ممكن"),
        Case(pattern: "كتب X في ورقتهم أن", sentence: "وكتب الباحثون في ورقتهم أن النتائج كانت مفاجئة.",
             cue: "كتب", source: "الباحثون", content: "النتائج كانت مفاجئة"),
        // ولكن before a feeling with a plain object (نشعر بآثارها) does not end the reported clause
        Case(pattern: "قال X إن … ولكن نشعر بـ…", sentence: "وقال الباحث إن هناك عوامل لا نراها ولكن نشعر بآثارها كل يوم.",
             cue: "قال", source: "الباحث", content: "هناك عوامل لا نراها ولكن نشعر بآثارها كل يوم"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // القول without a colon is the writer's own
        "ويمكن القول إن الموسم كان ناجحا.",
        // the noun نص "text" is no cue
        "وقرأ المذيع نص الرسالة كاملا.",
        // وثق بـ is "trusted"
        "ووثقت الأسرة بالطبيب.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `وختم حديثه بالقول إن …`: بالقول speaks only before a colon, so the complementizer stays the verb's.
    @Test func verbalNounWithoutColonLeavesTheComplementizerToTheVerb() throws {
        let found = try Fixture.single("وختم المدرب حديثه بالقول إن الفريق قادر على العودة.")
        #expect(found.cue == "ختم" && found.source == "المدرب" && found.content == "الفريق قادر على العودة", "\(found)")
    }

    /// `وصفها بالكاذبة`، `بالمفبركة`: the denial word after the governed بـ makes the description Deny.
    @Test func denialWordAfterGovernedBiIsDeny() throws {
        let found = Fixture.attributions("ونفت الشركة الخبر ووصفته بالمفبركة.\n")
        let described = try #require(found.first { $0.cue == "وصفته" }, "\(found)")
        #expect(described.source == nil && described.content == "المفبركة" && described.stance == "Deny", "\(described)")
    }

    /// A cognition cue inside a reported clause is its own attribution (`توهموا أن`: Believe).
    @Test func wrongBeliefInsideAReportedClause() throws {
        let found = Fixture.attributions("وقال المحلل إن المستثمرين توهموا أن الأسعار ستنخفض.\n")
        let inner = try #require(found.first { $0.cue == "توهموا" }, "\(found)")
        #expect(inner.source == "المستثمرين" && inner.content == "الأسعار ستنخفض" && inner.stance == "Believe", "\(inner)")
        #expect(found.contains { $0.cue == "قال" && $0.source == "المحلل" }, "\(found)")
    }
}
