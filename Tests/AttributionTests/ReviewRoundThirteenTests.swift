import Testing
@testable import Attribution

/// Regressions found by the thirteenth review (of the tenth round of rule changes); every sentence is a
/// reviewer's probe written for these tests, and each asserts what the guidelines prescribe for it.
@Suite("Review, thirteenth round")
struct ReviewRoundThirteenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // 1. a feminine title in م after a comma is an apposition of the Source (§5.1); only a
        // participle before عدم (مفضلة عدم نشر اسمها) is a circumstance
        Case(pattern: "NAME، مديرة NOUN …، إن", sentence: "وقالت سارة أحمد، مديرة قسم الأبحاث في المركز، إن النتائج مشجعة.",
             cue: "قالت", source: "سارة أحمد، مديرة قسم الأبحاث في المركز", content: "النتائج مشجعة"),
        Case(pattern: "NAME، مستشارة NOUN …، أن", sentence: "وأكدت هدى علي، مستشارة رئيس الوزراء، أن الحكومة ستعلن خطة جديدة.",
             cue: "أكدت", source: "هدى علي، مستشارة رئيس الوزراء", content: "الحكومة ستعلن خطة جديدة"),
        Case(pattern: "X، مفضلة عدم …، إن", sentence: "وقالت مصادر مطلعة، مفضلة عدم نشر اسمها، إن الاتفاق وشيك.",
             cue: "قالت", source: "مصادر مطلعة", content: "الاتفاق وشيك"),
        // 2. before a trailing according-to phrase the clause keeps a و that is the verb's own (وافقت، واصلت)
        Case(pattern: "وافقت …، بحسب X", sentence: "وافقت الحكومة على مشروع القانون، بحسب الوكالة الرسمية.",
             cue: "بحسب", source: "الوكالة الرسمية", content: "وافقت الحكومة على مشروع القانون"),
        Case(pattern: "واصلت …، وفقا لـX", sentence: "واصلت أسعار النفط ارتفاعها، وفقا لبيانات السوق.",
             cue: "وفقا ل", source: "بيانات السوق", content: "واصلت أسعار النفط ارتفاعها"),
        // 3. ل with a pronoun after the cue is the addressee; the Source after it is still the speaker
        Case(pattern: "قال لنا X إن", sentence: "وقال لنا مدير المستشفى إن حالة المصابين مستقرة.",
             cue: "قال", source: "مدير المستشفى", content: "حالة المصابين مستقرة"),
        Case(pattern: "أكد له X أن", sentence: "وأكد له الوزير أن الحكومة ستدعم المشروع.",
             cue: "أكد", source: "الوزير", content: "الحكومة ستدعم المشروع"),
        Case(pattern: "أكدت لنا أن (no Source)", sentence: "وأكدت لنا أن التصوير كان صعبا.",
             cue: "أكدت", source: nil, content: "التصوير كان صعبا"),
        // 4. a definite word right before a quotation is the Source, not a claim word heading the object
        Case(pattern: "نفت السلطات \"…\"", sentence: "ونفت السلطات \"أي تورط في الهجوم\".",
             cue: "نفت", source: "السلطات", content: "أي تورط في الهجوم", stance: "Deny", form: "Direct"),
        Case(pattern: "أعلنت السلطات \"…\"", sentence: "وأعلنت السلطات \"حالة الطوارئ في البلاد\".",
             cue: "أعلنت", source: "السلطات", content: "حالة الطوارئ في البلاد", form: "Direct"),
        // 5. a relative clause with its own object after the Source leaves the complementizer to the main cue
        Case(pattern: "قال X الذي CUE OBJECT إن", sentence: "وقال الشاهد الذي روى ما حدث إن الشرطة أطلقت النار.",
             cue: "قال", source: "الشاهد", content: "الشرطة أطلقت النار"),
        Case(pattern: "قالت X التي CUE OBJECT إن", sentence: "وقالت الصحيفة التي نشرت الوثائق إن الحكومة كانت تعلم.",
             cue: "قالت", source: "الصحيفة", content: "الحكومة كانت تعلم"),
        // 7. after a time word the object is the whole phrase, not the demonstrative inside it
        Case(pattern: "نفى X اليوم OBJECT بشأن هذه …", sentence: "ونفى المتحدث اليوم المعلومات المتداولة بشأن هذه الصفقة.",
             cue: "نفى", source: "المتحدث", content: "المعلومات المتداولة بشأن هذه الصفقة", stance: "Deny"),
        // 9. after a real according-to cue a pronoun is an implied speaker: the event stays, without Source
        Case(pattern: "وفقا لها، فإن", sentence: "ووفقا لها، فإن الشركة ستغلق فروعها.",
             cue: "وفقا ل", source: nil, content: "الشركة ستغلق فروعها"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// 6. A coordinated cue inflected unlike the reporting cue belongs to the reported clause's own subject:
    /// the clause runs on over it (§9.2), and the inner cue is its own event.
    @Test func coordinatedCueOfTheReportedSubject() {
        let found = Fixture.attributions("وذكرت الوكالة أن الرئيس استقبل الوفد وقال إن العلاقات ستتطور.\n")
        #expect(found.contains { $0.cue == "ذكرت" && $0.source == "الوكالة"
            && $0.content == "الرئيس استقبل الوفد وقال إن العلاقات ستتطور" }, "\(found)")
        #expect(found.contains { $0.cue == "قال" && $0.content == "العلاقات ستتطور" }, "\(found)")
        let feminine = Fixture.attributions("وأوضح المصدر أن الحكومة تدرس المقترح وترى أنه قابل للتطبيق.\n")
        #expect(feminine.contains { $0.cue == "أوضح" && $0.content == "الحكومة تدرس المقترح وترى أنه قابل للتطبيق" }, "\(feminine)")
        // (the same speaker's run-on still ends at its next cue)
        let same = Fixture.attributions("وأكد الوزير أن الحكومة ملتزمة بالإصلاح وقال إن الميزانية ستقر قريبا.\n")
        #expect(same.contains { $0.cue == "أكد" && $0.content == "الحكومة ملتزمة بالإصلاح" }, "\(same)")
    }

    /// 8. A resumptive فإن without a fronted according-to phrase is still the cue's complementizer.
    @Test func resumptiveFaInnaOfTheCue() {
        let found = Fixture.attributions("وقال الوزير في حال استمرار الأزمة فإن الحكومة ستتدخل.\n")
        #expect(found.contains { $0.cue == "قال" && $0.content == "الحكومة ستتدخل" }, "\(found)")
        // (after a fronted according-to phrase it is that phrase's: no سجل claim)
        let fronted = Fixture.attributions("سجل اللاعب هدفين، ووفقا للصحيفة فإن المدرب سعيد بأدائه.\n")
        #expect(!fronted.contains { $0.cue == "سجل" }, "\(fronted)")
    }
}
