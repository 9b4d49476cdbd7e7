import Testing
@testable import Attribution

/// Regressions found by the seventeenth review (of round 13's rule changes and the word lists' move); every
/// sentence is a reviewer's probe written for these tests, and each asserts what the guidelines prescribe.
@Suite("Review, seventeenth round")
struct ReviewRoundSeventeenTests {

    /// The Source of the one attribution whose cue is `cue` in `text`.
    static func source(_ text: String, cue: String) -> String? {
        Fixture.attributions(text).first { $0.cue == cue }?.source
    }

    // 1. A headline's ل-word after a definite adjective is the title's genitive (§4.4, §5.1), not whom the
    // speaker addresses; after a name, or when it names an audience or a body, it is the addressee
    @Test(arguments: [
        ("المدير الفني للمنتخب: اللاعبون جاهزون للمباراة", "المدير الفني للمنتخب"),
        ("الرئيس السابق للبنك الدولي: الاقتصاد العالمي يتجه نحو الركود", "الرئيس السابق للبنك الدولي"),
        ("المبعوث الأمريكي للشرق الأوسط: الهدنة صامدة حتى الآن", "المبعوث الأمريكي للشرق الأوسط"),
        ("وزير الدولة للشؤون الخارجية: العلاقات مع الجزائر ممتازة", "وزير الدولة للشؤون الخارجية"),
        ("بوتين للغرب: لن نسمح بتوسع الناتو شرقا", "بوتين"),
        ("مدرب الأهلي للجماهير: سنعود أقوى في الموسم المقبل", "مدرب الأهلي"),
        ("منظمة الصحة العالمية للدول الفقيرة: اللقاحات ستصل قريبا", "منظمة الصحة العالمية"),
        ("الرئيس الأمريكي للصحفيين: المفاوضات مستمرة", "الرئيس الأمريكي"),
        ("الأمين العام للأمم المتحدة: العالم يقترب من كارثة مناخية", "الأمين العام للأمم المتحدة"),
    ])
    func headlineGenitiveOrAddressee(_ text: String, _ expected: String) {
        #expect(Self.source(text, cue: ":") == expected)
    }

    // 2. طرفي/أطراف after an indefinite noun in ة or a construct plural continue its construct: no addressee
    @Test func addresseeHeadAfterConstructNoun() {
        #expect(Self.source("ودعت لجنة أطراف الاتفاقية إلى مراجعة البنود.", cue: "دعت") == "لجنة أطراف الاتفاقية")
        #expect(Self.source("وطالب ممثلو أطراف النزاع بوقف القتال فورا.", cue: "طالب") != "ممثلو")
        // round 13's reading stays after a name and after a definite Source
        #expect(Self.source("دعا غوتيريش طرفي النزاع إلى وقف إطلاق النار.", cue: "دعا") == "غوتيريش")
        #expect(Self.source("ودعت الجامعة العربية أطراف الأزمة إلى الحوار.", cue: "دعت") == "الجامعة العربية")
    }

    /// `، فيما` (كما، حيث) and a cue open another clause: the first cue does not reach past it for a
    /// complementizer, and the second keeps its own attribution.
    @Test(arguments: [
        ("ونفى الجيش الاتهامات، فيما أكد شهود عيان أن القصف استمر.\n", "نفى", "الاتهامات", "أكد", "شهود عيان", "القصف استمر"),
        ("ودعا الوزير إلى ضبط النفس، فيما أكد المعارضون أن الاحتجاجات ستستمر.\n", "دعا", "ضبط النفس", "أكد", "المعارضون", "الاحتجاجات ستستمر"),
        ("حذرت المنظمة من تفشي الوباء، فيما قالت الوزارة إن الوضع تحت السيطرة.\n", "حذرت", "تفشي الوباء", "قالت", "الوزارة", "الوضع تحت السيطرة"),
    ])
    func aCueAfterCommaAndFiimaKeepsItsComplementizer(text: String, firstCue: String, firstContent: String,
                                                      cue: String, source: String, content: String) throws {
        let found = Fixture.attributions(text)
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == firstCue && found[0].content == firstContent, "\(found[0])")
        #expect(found[1].cue == cue && found[1].source == source && found[1].content == content, "\(found[1])")
    }

    /// An aside set off by commas before the complementizer (`، كما أكد في مؤتمره، إن`) leaves it to the first cue.
    @Test func anAsideClosedByACommaLeavesTheComplementizerToTheFirstCue() throws {
        let found = Fixture.attributions("وقال الوزير، كما أكد في مؤتمره، إن الوضع مستقر.\n")
        let said = try #require(found.first { $0.cue == "قال" }, "\(found)")
        #expect(said.source == "الوزير" && said.content == "الوضع مستقر", "\(said)")
    }
}
