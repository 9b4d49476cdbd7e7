import Testing
@testable import Attribution

/// Patterns found by the review of the extractor's output on a ninth round of unseen news, and on a
/// fresh batch of economy, sport, science, health, local, court and politics passages; every sentence is
/// written for these tests, and each asserts what the guidelines prescribe for that pattern.
@Suite("Unseen news patterns, ninth round")
struct UnseenNewsRoundNineTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // إمام ("imam") normalizes to أمام ("before"): written with إ it heads the Source
        Case(pattern: "قال إمام X إن", sentence: "قال إمام المسجد الأقصى إن الاحتلال يمنع المصلين من الدخول.",
             cue: "قال", source: "إمام المسجد الأقصى", content: "الاحتلال يمنع المصلين من الدخول"),
        Case(pattern: "وأكد إمام وخطيب X أن", sentence: "وأكد إمام وخطيب الجامع الكبير أن صلاة العيد ستقام في الساحة.",
             cue: "أكد", source: "إمام وخطيب الجامع الكبير", content: "صلاة العيد ستقام في الساحة"),
        // the preposition أمام still ends a Source (the audience)
        Case(pattern: "قال X أمام AUDIENCE إن", sentence: "وقال الوزير أمام البرلمان إن الوضع المالي صعب.",
             cue: "قال", source: "الوزير", content: "الوضع المالي صعب"),
        // غير مؤكدة is an adjective ("unconfirmed"), no participle cue: the Source keeps it
        Case(pattern: "أفادت أنباء غير مؤكدة أن", sentence: "وأفادت أنباء غير مؤكدة أن الرئيس غادر البلاد.",
             cue: "أفادت", source: "أنباء غير مؤكدة", content: "الرئيس غادر البلاد"),
        // after a negated belief, أن stays the complementizer (only إن كان is "whether")
        Case(pattern: "ولا أظن أن", sentence: "ولا أظن أن الاتفاق سيصمد طويلا.",
             cue: "أظن", source: nil, content: "الاتفاق سيصمد طويلا", stance: "Deny"),
        // إلى أن "until" after a verb that is no cue leaves the later cue its own claim
        Case(pattern: "… إلى أن أعلنت X OBJECT", sentence: "وانتظر الركاب في المطار إلى أن أعلنت الشركة إلغاء الرحلة.",
             cue: "أعلنت", source: "الشركة", content: "إلغاء الرحلة"),
        // the addressee of a notice before بأن, or of an address before a colon, is not the Source's
        Case(pattern: "أخطرت X ADDRESSEE بأن", sentence: "أخطرت الوزارة الشركة بأن العقد قد ألغي.",
             cue: "أخطرت", source: "الوزارة", content: "العقد قد ألغي"),
        Case(pattern: "أبلغ X ADDRESSEE بأن", sentence: "وأبلغ وزير الخارجية السفراء بأن بلاده ستغلق المعبر.",
             cue: "أبلغ", source: "وزير الخارجية", content: "بلاده ستغلق المعبر"),
        Case(pattern: "خاطب X ADDRESSEE: \"…\"", sentence: "وخاطب الرئيس الحضور: \"البلاد تمر بمرحلة صعبة\".",
             cue: "خاطب", source: "الرئيس", content: "البلاد تمر بمرحلة صعبة", form: "Direct"),
        // a nisba adjective before the colon stays the Source's
        Case(pattern: "سأل X NISBA: \"…\"", sentence: "وسأل الصحفي الأمريكي: \"متى تنتهي الأزمة؟\"",
             cue: "سأل", source: "الصحفي الأمريكي", content: "متى تنتهي الأزمة", form: "Direct"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        "وصل إمام المسجد إلى المدينة أمس.",
        // إن before كان is "whether" after a cognition or a negated cue
        "لا أعرف إن كان المدرب سيشركني في المباراة المقبلة.",
        "ولا نعلم إن كانت هذه الأرقام دقيقة.",
        "ولم يوضح البيان إن كان الهجوم مدبرا.",
        // إلى أن is "until" after a verb of continuing
        "وتابع الجيش قصف المدينة إلى أن انسحب المسلحون منها.",
        "وواصل المحتجون اعتصامهم إلى أن تحققت مطالبهم.",
        "وأكمل اللاعب المباراة إلى أن خرج مصابا.",
        // غير مؤكدة is an adjective
        "وتبقى هذه الأنباء غير مؤكدة حتى الآن.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }
}
