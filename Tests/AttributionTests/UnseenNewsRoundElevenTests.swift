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
        // a family name with the article right before the complementizer (no comma) stays in the Source
        Case(pattern: "أكد TITLE NAME الNAME أن", sentence: "وأكد النائب سامر الخطيب أن الجلسة تأجلت.",
             cue: "أكد", source: "النائب سامر الخطيب", content: "الجلسة تأجلت"),
        Case(pattern: "أكدت TITLE NAME الNAME أن", sentence: "وأكدت عضو المجلس البلدي هدى الحسيني أن المشروع سينجز قريبا.",
             cue: "أكدت", source: "عضو المجلس البلدي هدى الحسيني", content: "المشروع سينجز قريبا"),
        // بعض opens the object after the Source (not the Source's own word)
        Case(pattern: "ذكرت X بعض …", sentence: "وذكرت الهيئة بعض الإجراءات الجديدة للموسم المقبل.",
             cue: "ذكرت", source: "الهيئة", content: "بعض الإجراءات الجديدة للموسم المقبل"),
        // ولكن before a feeling with a plain object (نشعر بآثارها) does not end the reported clause
        Case(pattern: "قال X إن … ولكن نشعر بـ…", sentence: "وقال الباحث إن هناك عوامل لا نراها ولكن نشعر بآثارها كل يوم.",
             cue: "قال", source: "الباحث", content: "هناك عوامل لا نراها ولكن نشعر بآثارها كل يوم"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// `وصفها بالكاذبة`، `بالمفبركة`: the denial word after the governed بـ makes the description Deny.
    @Test func denialWordAfterGovernedBiIsDeny() throws {
        let found = Fixture.attributions("ونفت الشركة الخبر ووصفته بالمفبركة.\n")
        let described = try #require(found.first { $0.cue == "وصفته" }, "\(found)")
        #expect(described.source == nil && described.content == "المفبركة" && described.stance == "Deny", "\(described)")
    }
}
