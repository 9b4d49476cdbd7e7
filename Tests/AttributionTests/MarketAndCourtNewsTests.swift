import Testing
@testable import Attribution

/// Recall round 8, on the genres of market reports, court news and school-year announcements: forecasts
/// after a `كان X قد` subject, the prosecution as a Source, an adverb between a cue and its Source, and
/// homographs that must stay out. Every sentence is written for these tests.
@Suite("Market, court and announcement news")
struct MarketAndCourtNewsTests {
    typealias Case = NewsPatternTests.Case

    static let cases: [Case] = [
        Case(pattern: "كان X قد توقعوا OBJECT (Hedge)", sentence: "وكان المحللون قد توقعوا ارتفاع المخزون بنحو مليوني برميل.",
             cue: "توقعوا", source: "المحللون", content: "ارتفاع المخزون بنحو مليوني برميل", stance: "Hedge"),
        Case(pattern: "X يتوقعون OBJECT (Hedge)", sentence: "والمتعاملون يتوقعون هبوطا جديدا في أسعار الخام.",
             cue: "يتوقعون", source: "المتعاملون", content: "هبوطا جديدا في أسعار الخام", stance: "Hedge"),
        Case(pattern: "توقعت X OBJECT (Hedge)", sentence: "وتوقعت الحكومة تراجع معدل التضخم خلال العام المقبل.",
             cue: "توقعت", source: "الحكومة", content: "تراجع معدل التضخم خلال العام المقبل", stance: "Hedge"),
        Case(pattern: "أوضح الادعاء العام أن", sentence: "وأوضح الادعاء العام أن المتهم اعترف بالتهم المنسوبة إليه.",
             cue: "أوضح", source: "الادعاء العام", content: "المتهم اعترف بالتهم المنسوبة إليه"),
        Case(pattern: "أكد أيضا X أن", sentence: "وأكد أيضا وزير الخارجية أن المفاوضات ستستأنف قريبا.",
             cue: "أكد", source: "وزير الخارجية", content: "المفاوضات ستستأنف قريبا"),
    ]

    @Test(arguments: cases)
    func attributions(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// A school calendar is a plan, not a speaker; مواصلة is the masdar "continuing"; توقع after a
    /// preposition is the noun "expectation".
    @Test(arguments: [
        "وبحسب التقويم المدرسي، يبدأ دوام الطلبة في الأول من أيلول.",
        "ويحتاج الفريق إلى مواصلة \"اللعب الجماعي\" في المباريات المقبلة.",
        "وجاءت الأرقام أعلى من توقع المحللين للربع الأول.",
    ])
    func homographsMakeNoClaim(sentence: String) {
        #expect(Fixture.attributions(sentence + "\n").isEmpty)
    }
}
