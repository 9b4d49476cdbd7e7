import Testing
@testable import Attribution

/// Extractor bugs the eleventh round's review found and left; every sentence is written for these tests,
/// and each asserts what the guidelines prescribe.
@Suite("Known bugs, twelfth round")
struct KnownBugsRoundTwelveTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // وثّق "documented" still reports a claim object after its Source, or a that-clause
        Case(pattern: "وثقت X OBJECT-START", sentence: "ووثقت المنظمة مقتل ثلاثة مدنيين في القصف.",
             cue: "وثقت", source: "المنظمة", content: "مقتل ثلاثة مدنيين في القصف"),
        Case(pattern: "وثق X أن", sentence: "ووثق التقرير أن القوات قصفت المستشفى.",
             cue: "وثق", source: "التقرير", content: "القوات قصفت المستشفى"),
        // علي right before a colon is the name, not the preposition على (which never stands without its object)
        Case(pattern: "قال الإمام علي: \"…\"", sentence: "قال الإمام علي: \"الناس نيام\".",
             cue: "قال", source: "الإمام علي", content: "الناس نيام", form: "Direct"),
        Case(pattern: "الإمام علي: \"…\"", sentence: "الإمام علي: \"الناس نيام فإذا ماتوا انتبهوا\"",
             cue: ":", source: "الإمام علي", content: "الناس نيام فإذا ماتوا انتبهوا", form: "Direct"),
        // عن before a topic noun (رحلته، تجربتها) is "about": one speaker, no relayed one
        Case(pattern: "روى X عن رحلته أن", sentence: "وروى الصحفي عن رحلته إلى غزة أنها كانت شاقة.",
             cue: "روى", source: "الصحفي", content: "كانت شاقة"),
        Case(pattern: "حكت X عن تجربتها أن", sentence: "وحكت اللاجئة عن تجربتها في المخيم أن الطعام كان شحيحا.",
             cue: "حكت", source: "اللاجئة", content: "الطعام كان شحيحا"),
        // the feminine participle مشددة after a comma reads like مشددا, with an object or a that-clause
        Case(pattern: "…، مشددة على ضرورة", sentence: "وألقت الوزيرة كلمة، مشددة على ضرورة التهدئة.",
             cue: "مشددة", source: nil, content: "ضرورة التهدئة"),
        Case(pattern: "…، مشددة على أن", sentence: "وألقت الوزيرة كلمة، مشددة على أن التهدئة ضرورية.",
             cue: "مشددة", source: nil, content: "التهدئة ضرورية"),
        Case(pattern: "…، مشددا على ضرورة", sentence: "وألقى الوزير كلمة، مشددا على ضرورة التهدئة.",
             cue: "مشددا", source: nil, content: "ضرورة التهدئة"),
        // a trailing according-to at a line start: the Content loses its و like any joined verb
        Case(pattern: "وافتعل … بحسبهم", sentence: "وارتفعت الأسعار بحسبهم.",
             cue: "بحسبهم", source: nil, content: "ارتفعت الأسعار"),
        Case(pattern: "وانفعل …، بحسب X", sentence: "وانخفضت الأسعار، بحسب التجار.",
             cue: "بحسب", source: "التجار", content: "انخفضت الأسعار"),
        Case(pattern: "واستفعل …، وفق X", sentence: "واستقرت الأسعار، وفق غرفة التجارة.",
             cue: "وفق", source: "غرفة التجارة", content: "استقرت الأسعار"),
        Case(pattern: "وستفعل … بحسبهم", sentence: "وستنخفض الأسعار بحسبهم.",
             cue: "بحسبهم", source: nil, content: "ستنخفض الأسعار"),
        // and its ف where the shape leaves no doubt (a derived perfect, a future, a definite word)
        Case(pattern: "فافتعل … بحسبهم", sentence: "فارتفعت الأسعار بحسبهم.",
             cue: "بحسبهم", source: nil, content: "ارتفعت الأسعار"),
        Case(pattern: "فستفعل … بحسبهم", sentence: "فستنخفض الأسعار بحسبهم.",
             cue: "بحسبهم", source: nil, content: "ستنخفض الأسعار"),
        Case(pattern: "فالX … بحسبهم", sentence: "فالأسعار مرتفعة بحسبهم.",
             cue: "بحسبهم", source: nil, content: "الأسعار مرتفعة"),
        // a perfect whose ف is its own keeps it
        Case(pattern: "فعلت …، بحسب X", sentence: "فقدت الشركة نصف قيمتها، بحسب التقرير.",
             cue: "بحسب", source: "التقرير", content: "فقدت الشركة نصف قيمتها"),
        Case(pattern: "فاعلة …، بحسب X", sentence: "فاتورة الكهرباء ارتفعت، بحسب الشركة.",
             cue: "بحسب", source: "الشركة", content: "فاتورة الكهرباء ارتفعت"),
        // the participle كاشفا after a comma still takes its object
        Case(pattern: "…، كاشفا عن", sentence: "وعقد الوزير مؤتمرا صحفيا، كاشفا عن تفاصيل الخطة.",
             cue: "كاشفا", source: nil, content: "تفاصيل الخطة"),
        // a person's negated pointing is a denial where the rules say so; a report still points
        Case(pattern: "لم يشر X إلى", sentence: "لم يشر الوزير إلى موعد الانتخابات.",
             cue: "يشر", source: "الوزير", content: "موعد الانتخابات", stance: "Deny"),
        Case(pattern: "تشير البيانات إلى", sentence: "وتشير البيانات إلى ارتفاع البطالة.",
             cue: "تشير", source: "البيانات", content: "ارتفاع البطالة"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no attribution.
    @Test(arguments: [
        "وثقت الكاميرات لحظة الانفجار.",                                   // وثّق "captured": a plain noun object
        "ووثقت عدسات المصورين اللحظات الأخيرة قبل الانهيار.",              // nor a definite one
        "وروى الصحفي عن رحلته إلى غزة.",                                   // a topic, no content
        "وفرضت السلطات إجراءات مشددة على الحدود منذ أسبوع.",               // مشددة "tightened", no comma
        "وتطبق البلدية عقوبات مشددة على المخالفين.",                        // nor inside a clause
        "كل ما ينشر عن الحادث من أن الضحايا بالعشرات غير صحيح.",           // كل ما: "all that is published"
        "كل ما ينشر عن الفنانة: شائعات.",
        "إذا وجد الطالب صعوبة: عليه أن يسأل المعلم.",                       // a condition before a colon
        "وإذا قال الوزير إن الوضع آمن فلماذا يغادر؟",                       // a hypothesis
        "وهي كاشفة عن حجم الأزمة.",                                        // كاشفة "revealing": a predicate
        "الأرقام لا تشير إلى تحسن في الاقتصاد.",                            // figures point, they do not say
        "وتشير المؤشرات إلى تباطؤ النمو.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// A relayed speaker with a possessive is still a person (`عن جاره`), and نقل عن keeps its two speakers.
    @Test(arguments: [
        ("وروى أحد السكان عن جاره أن القوات دخلت الحي ليلا.", "روى", "أحد السكان", "جاره", "القوات دخلت الحي ليلا"),
        ("ونقلت الصحيفة عن مصادر أمنية أن الهجوم أحبط.", "نقلت", "الصحيفة", "مصادر أمنية", "الهجوم أحبط"),
    ])
    func relayedSpeakerStays(_ sentence: String, _ cue: String, _ relayer: String, _ speaker: String, _ content: String) throws {
        let found = Fixture.attributions(sentence + "\n")
        try #require(found.count == 2, "\(found)")
        let relayed = try #require(found.first { $0.cue == "عن" }, "\(found)")
        #expect(relayed.source == speaker && relayed.content == content, "\(relayed)")
        let outer = try #require(found.first { $0.cue == cue }, "\(found)")
        #expect(outer.source == relayer, "\(outer)")
    }

    /// `علي` inside a clause before a colon that is no speaker's stays in its Content; `واشنطن` keeps its و.
    @Test func nameAndCityKeepTheirLetters() throws {
        let listed = try Fixture.single("وأكد الوزير أن الخطة تقوم علي: التعليم والصحة.")
        #expect(listed.source == "الوزير" && listed.content == "الخطة تقوم علي: التعليم والصحة", "\(listed)")
        let city = try Fixture.single("واشنطن ترفع الأسعار بحسبهم.")
        #expect(city.content == "واشنطن ترفع الأسعار", "\(city)")
    }
}
