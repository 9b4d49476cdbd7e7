import Testing
@testable import Attribution

/// Regressions found by the fourteenth review (of the eleventh recall round of rule changes); every
/// sentence is a reviewer's probe written for these tests, and each asserts what the guidelines prescribe.
@Suite("Review, fourteenth round")
struct ReviewRoundFourteenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // 1. في with a possessive noun after an indefinite head names where the speaker belongs (§5.1);
        // only after a lone definite speaker is it the occasion (وأكد البابا في عظته أن …)
        Case(pattern: "قال NOUN في حكومته إن", sentence: "وقال مسؤولون في حكومته إن الرئيس سيعود إلى البلاد الأسبوع المقبل.",
             cue: "قال", source: "مسؤولون في حكومته", content: "الرئيس سيعود إلى البلاد الأسبوع المقبل"),
        Case(pattern: "أكد NOUN ADJ في حزبها أن", sentence: "وأكد عضو بارز في حزبها أن الحزب لن يشارك في الانتخابات.",
             cue: "أكد", source: "عضو بارز في حزبها", content: "الحزب لن يشارك في الانتخابات"),
        Case(pattern: "ذكر أحد NOUN في شركته أن", sentence: "وذكر أحد العاملين في شركته أن الرواتب تأخرت.",
             cue: "ذكر", source: "أحد العاملين في شركته", content: "الرواتب تأخرت"),
        Case(pattern: "أكد X في عظته أن (kept)", sentence: "وأكد البابا في عظته أن السلام ممكن.",
             cue: "أكد", source: "البابا", content: "السلام ممكن"),
        // 2. بعض after an indefinite head is its genitive, part of the Source; after a definite Source it opens the object
        Case(pattern: "أكد NOUN بعض NOUN أن", sentence: "وأكد رؤساء بعض الأحزاب أن الحوار هو الحل.",
             cue: "أكد", source: "رؤساء بعض الأحزاب", content: "الحوار هو الحل"),
        Case(pattern: "أكد NOUN بعض NOUN ADJ أن", sentence: "وأكد قادة بعض الدول العربية أن القمة ناجحة.",
             cue: "أكد", source: "قادة بعض الدول العربية", content: "القمة ناجحة"),
        // 3. الأعضاء، الأطراف after a body they qualify belong to the Source (الدول الأعضاء); after another
        // definite Source they are still the addressee
        Case(pattern: "دعت الدول الأعضاء إلى", sentence: "ودعت الدول الأعضاء إلى احترام الاتفاق.",
             cue: "دعت", source: "الدول الأعضاء", content: "احترام الاتفاق"),
        Case(pattern: "طالبت الدول الأعضاء بـ", sentence: "وطالبت الدول الأعضاء بزيادة التمويل.",
             cue: "طالبت", source: "الدول الأعضاء", content: "زيادة التمويل"),
        Case(pattern: "دعت الدول الأطراف إلى", sentence: "ودعت الدول الأطراف إلى الوفاء بالتزاماتها.",
             cue: "دعت", source: "الدول الأطراف", content: "الوفاء بالتزاماتها"),
        Case(pattern: "دعا X ADJ الأطراف إلى (addressee)", sentence: "ودعا الاتحاد الأوروبي الأطراف إلى ضبط النفس.",
             cue: "دعا", source: "الاتحاد الأوروبي", content: "ضبط النفس"),
        // 4. parentheses after a colon are quotation marks only when they close the clause (§6.1)
        Case(pattern: "أضاف: (…) CLAUSE", sentence: "وأضاف: (بالنسبة للانتخابات) سنشارك فيها بقوة.",
             cue: "أضاف", source: nil, content: "(بالنسبة للانتخابات) سنشارك فيها بقوة", form: "Direct"),
        Case(pattern: "قال X: (…) إن", sentence: "وقال المتحدث: (رويترز) إن عدد القتلى ارتفع إلى عشرين.",
             cue: "قال", source: "المتحدث", content: "(رويترز) إن عدد القتلى ارتفع إلى عشرين", form: "Direct"),
        Case(pattern: "قال X: (…). (kept)", sentence: "وقال الوزير: (نحن جاهزون).",
             cue: "قال", source: "الوزير", content: "نحن جاهزون", form: "Direct"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// 5. A clause break before a cognition cue with its own subject and complementizer ends the reported
    /// clause (§6.3): the analysts' view is their own attribution; only the speaker's own feeling with a
    /// ب-object right after it (لا نراها ولكن نشعر بتأثيرها) goes on.
    @Test func clauseBreakBeforeAnotherSpeakersView() {
        let found = Fixture.attributions("وقال المدرب إن الفريق قدم أداء جيدا لكن يرى المحللون أن الدفاع ضعيف.\n")
        #expect(found.contains { $0.cue == "قال" && $0.source == "المدرب" && $0.content == "الفريق قدم أداء جيدا" }, "\(found)")
        #expect(found.contains { $0.cue == "يرى" && $0.source == "المحللون" && $0.content == "الدفاع ضعيف" }, "\(found)")
        let believed = Fixture.attributions("وأكد المتحدث أن الوضع مستقر ولكن يعتقد مراقبون أن التوتر سيعود.\n")
        #expect(believed.contains { $0.cue == "أكد" && $0.content == "الوضع مستقر" }, "\(believed)")
        let felt = Fixture.attributions("وقال إن الحكومة تعمل بجد ولكن يشعر المواطنون بالإحباط.\n")
        #expect(felt.contains { $0.cue == "قال" && $0.content == "الحكومة تعمل بجد" }, "\(felt)")
        let own = Fixture.attributions("وقال إن هذه الأشياء لا نراها ولكن نشعر بتأثيرها.\n")
        #expect(own.contains { $0.cue == "قال" && $0.content == "هذه الأشياء لا نراها ولكن نشعر بتأثيرها" }, "\(own)")
    }
}
