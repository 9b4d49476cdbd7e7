import Testing
@testable import Attribution

/// Extractor bugs two linguists found in the eleventh round and left; every sentence is written for
/// these tests, and each asserts what the guidelines prescribe.
@Suite("Known bugs, eleventh round")
struct KnownBugsRoundElevenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // a feminine dual perfect (قالتا، سألتا) has the shape of the participle فاعلا: with و/ف before it,
        // it was taken for a verbal noun and made no claim
        Case(pattern: "وقالتا إن", sentence: "وقالتا إن الاتفاق صامد.",
             cue: "قالتا", source: nil, content: "الاتفاق صامد"),
        Case(pattern: "فقالتا إن", sentence: "فقالتا إن الاتفاق صامد رغم الخروقات.",
             cue: "قالتا", source: nil, content: "الاتفاق صامد رغم الخروقات"),
        Case(pattern: "وقالتا في بيان إن", sentence: "وقالتا في بيان مشترك إن المفاوضات ستستأنف.",
             cue: "قالتا", source: nil, content: "المفاوضات ستستأنف"),
        Case(pattern: "والX قالتا إن", sentence: "والمنظمتان قالتا إن الاتفاق صامد.",
             cue: "قالتا", source: "المنظمتان", content: "الاتفاق صامد"),
        Case(pattern: "وقالتا: \"…\"", sentence: "وقالتا: \"الاتفاق صامد\".",
             cue: "قالتا", source: nil, content: "الاتفاق صامد", form: "Direct"),
        Case(pattern: "وروتا أن", sentence: "وروتا أن الجنود انسحبوا من القرية.",
             cue: "روتا", source: nil, content: "الجنود انسحبوا من القرية"),
        Case(pattern: "وأفتتا بأن", sentence: "وأفتتا بأن الصيام واجب.",
             cue: "أفتتا", source: nil, content: "الصيام واجب"),
        // the participle it was mistaken for still reads as one
        Case(pattern: "لافتا إلى أن", sentence: "وأشاد الوزير بالاتفاق، لافتا إلى أن التنفيذ سيبدأ قريبا.",
             cue: "لافتا", source: nil, content: "التنفيذ سيبدأ قريبا"),
        // an according-to cue whose speaker is an attached pronoun: no Source, the clause it governs
        // (a pronoun cue before a comma or at the clause's end was taken for حسب "only"; له had no clitic reading)
        Case(pattern: "وبحسبها، CLAUSE", sentence: "وبحسبها، تضاعف عدد النازحين خلال عام.",
             cue: "بحسبها", source: nil, content: "تضاعف عدد النازحين خلال عام"),
        Case(pattern: "بحسبه، CLAUSE", sentence: "بحسبه، ستبدأ الأعمال الشهر المقبل.",
             cue: "بحسبه", source: nil, content: "ستبدأ الأعمال الشهر المقبل"),
        Case(pattern: "CLAUSE بحسبها", sentence: "وتضاعف عدد النازحين خلال عام بحسبها.",
             cue: "بحسبها", source: nil, content: "تضاعف عدد النازحين خلال عام"),
        Case(pattern: "CLAUSE، بحسبهم", sentence: "والمياه مقطوعة منذ أسبوع، بحسبهم.",
             cue: "بحسبهم", source: nil, content: "المياه مقطوعة منذ أسبوع"),
        Case(pattern: "ووفقا له، فإن", sentence: "ووفقا له، فإن الشركة ستوسع نشاطها.",
             cue: "وفقا ل", source: nil, content: "الشركة ستوسع نشاطها"),
        Case(pattern: "CLAUSE وفقا له", sentence: "وستوسع الشركة نشاطها وفقا له.",
             cue: "وفقا ل", source: nil, content: "ستوسع الشركة نشاطها"),
        Case(pattern: "وحسبما قاله فإن", sentence: "وحسبما قاله فإن المرض لا ينتقل بالعدوى.",
             cue: "حسبما قاله", source: nil, content: "المرض لا ينتقل بالعدوى"),
        // the question answered is no part of the Source (أجاب X على سؤال … بأن …)
        Case(pattern: "أجاب X على سؤال … بأن", sentence: "وأجاب الوزير على سؤال حول الأسعار بأن الحكومة ستتدخل.",
             cue: "أجاب", source: "الوزير", content: "الحكومة ستتدخل"),
        Case(pattern: "أجابت X عن سؤال … بأن", sentence: "وأجابت الوزيرة عن سؤال أحد النواب بأن الميزانية كافية.",
             cue: "أجابت", source: "الوزيرة", content: "الميزانية كافية"),
        // nor a manner adverb after the Source
        Case(pattern: "يدرك X جيدا أن", sentence: "ويدرك الرئيس جيدا أن المهمة صعبة.",
             cue: "يدرك", source: "الرئيس", content: "المهمة صعبة", stance: "Believe"),
        Case(pattern: "أدرك X تماما أن", sentence: "وأدرك المسؤولون تماما أن المهمة صعبة.",
             cue: "أدرك", source: "المسؤولون", content: "المهمة صعبة", stance: "Believe"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// حسب without ب before a pronoun and a full stop stays no claim (`وهذا حسبه.`: "that is enough for him").
    @Test func hasbWithPronounAtTheEndIsNoClaim() {
        let found = Fixture.attributions("وقدم اللاعب كل ما لديه، وهذا حسبه.\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `روى X عن Y أن …`، `حكى X عن Y أن …`: like `نقل X عن Y`, two speakers share one Content (GUIDELINES 4.5).
    @Test(arguments: [
        ("وروى أحد السكان عن جاره أن القوات دخلت الحي ليلا.", "روى", "أحد السكان", "جاره", "القوات دخلت الحي ليلا"),
        ("وحكت الصحيفة عن مصادر أمنية أن الهجوم أحبط.", "حكت", "الصحيفة", "مصادر أمنية", "الهجوم أحبط"),
    ])
    func relayedNarration(_ sentence: String, _ cue: String, _ relayer: String, _ speaker: String, _ content: String) throws {
        let found = Fixture.attributions(sentence + "\n")
        try #require(found.count == 2, "\(found)")
        let narrated = try #require(found.first { $0.cue == cue }, "\(found)")
        #expect(narrated.source == relayer && narrated.content == content, "\(narrated)")
        let relayed = try #require(found.first { $0.cue == "عن" }, "\(found)")
        #expect(relayed.source == speaker && relayed.content == content, "\(relayed)")
    }

    /// `الوزير يؤكد: …` as a title line paraphrases like a headline colon (Indirect, GUIDELINES 7); a body
    /// line `وقال: …` and a quotation after the colon stay Direct.
    @Test(arguments: [
        ("الوزير يؤكد: الاتفاق صامد رغم الخروقات", "يؤكد", "الوزير", "الاتفاق صامد رغم الخروقات", "Indirect"),
        ("وزير الخارجية يحذر: المنطقة على حافة الانفجار", "يحذر", "وزير الخارجية", "المنطقة على حافة الانفجار", "Indirect"),
        ("الوزير يؤكد: \"الاتفاق صامد\"", "يؤكد", "الوزير", "الاتفاق صامد", "Direct"),
    ])
    func headlineVerbBeforeAColon(_ title: String, _ cue: String, _ source: String, _ content: String, _ form: String) throws {
        let found = Fixture.attributions(title + "\n\nعقد وزير الخارجية مؤتمرا صحفيا أمس.\n")
        let headline = try #require(found.first { $0.cue == cue }, "\(found)")
        #expect(headline.source == source && headline.content == content && headline.form == form, "\(headline)")
    }

    @Test func bodyVerbBeforeAColonQuotes() throws {
        let found = Fixture.attributions("عقد وزير الخارجية مؤتمرا صحفيا أمس.\n\nوقال: المنطقة على حافة الانفجار.\n")
        let said = try #require(found.first { $0.cue == "قال" }, "\(found)")
        #expect(said.content == "المنطقة على حافة الانفجار" && said.form == "Direct", "\(said)")
    }
}
