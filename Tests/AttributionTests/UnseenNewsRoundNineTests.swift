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
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        "وصل إمام المسجد إلى المدينة أمس.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }
}
