import Testing
@testable import Attribution

/// Patterns found by the review of the extractor's output on a tenth fresh batch of news (wire-agency
/// politics, security reports citing sources, transfer and celebrity rumours, technology, parliament,
/// culture); every sentence is written for these tests, and each asserts what the guidelines prescribe.
@Suite("Unseen news patterns, tenth round")
struct UnseenNewsRoundTenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // the side a speaker takes (من جانبه، من جهتها، بدوره) is no Source; the subject after the cue is
        Case(pattern: "ومن جانبه نفى X OBJECT", sentence: "ومن جانبه نفى المدير هذه الأنباء.",
             cue: "نفى", source: "المدير", content: "هذه الأنباء", stance: "Deny"),
        // بحسب الموعد المقرر is "on schedule": no according-to attribution inside the Content
        Case(pattern: "أعلنت X أن … بحسب الموعد المقرر", sentence: "وأعلنت اللجنة أن الامتحانات ستجرى بحسب الموعد المقرر.",
             cue: "أعلنت", source: "اللجنة", content: "الامتحانات ستجرى بحسب الموعد المقرر"),
        // تواجد opens the object like وجود
        Case(pattern: "أكدت X تواجد …", sentence: "وأكدت مصادر طبية تواجد المصابين في المستشفى.",
             cue: "أكدت", source: "مصادر طبية", content: "تواجد المصابين في المستشفى"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // بحسب تطور … is "depending on"
        "وتتغير الجرعة بحسب تطور حالة المريض.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }
}
