import Testing
@testable import Attribution

/// Regressions found by the eleventh review (of the ninth round of rule changes); every sentence is a
/// reviewer's probe written for these tests, and each asserts what the guidelines prescribe for it.
@Suite("Review, eleventh round")
struct ReviewRoundElevenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // 1. إن/أن without hamza before an imperfect يكون/تكون is the complementizer of a negated belief
        Case(pattern: "ولا أعتقد ان يكون", sentence: "ولا أعتقد ان يكون هناك أي تأجيل للانتخابات.",
             cue: "أعتقد", source: nil, content: "يكون هناك أي تأجيل للانتخابات", stance: "Deny"),
        Case(pattern: "ولا أظن ان تكون", sentence: "ولا أظن ان تكون المفاوضات سهلة.",
             cue: "أظن", source: nil, content: "تكون المفاوضات سهلة", stance: "Deny"),
        // 4. after its Source أكد takes a plain noun object as its Content (only ذكر، أخبر mention)
        Case(pattern: "أكد X NOUN", sentence: "وأكد وزير الخارجية متانة العلاقات بين البلدين.",
             cue: "أكد", source: "وزير الخارجية", content: "متانة العلاقات بين البلدين"),
        Case(pattern: "أكدت X NOUN ADJ", sentence: "وأكدت الوزارة سلامة الإجراءات المتبعة.",
             cue: "أكدت", source: "الوزارة", content: "سلامة الإجراءات المتبعة"),
        // 5. the name أسماء (not "names": no definite word or pronoun after it) stays in the Source
        Case(pattern: "أكدت TITLE أسماء NAME NOUN", sentence: "وأكدت الناشطة أسماء محفوظ ضرورة الحوار.",
             cue: "أكدت", source: "الناشطة أسماء محفوظ", content: "ضرورة الحوار"),
        // (from the probes) عن inside the object of أكد (which governs only على) stays in the Content
        Case(pattern: "أكدت TITLE أسماء NAME ضرورة … عن …", sentence: "وأكدت الناشطة أسماء محفوظ ضرورة الإفراج عن المعتقلين.",
             cue: "أكدت", source: "الناشطة أسماء محفوظ", content: "ضرورة الإفراج عن المعتقلين"),
        // 6. المسلمين after الإخوان is the name's, not an addressee
        Case(pattern: "دعت جماعة الإخوان المسلمين إلى", sentence: "ودعت جماعة الإخوان المسلمين إلى التظاهر يوم الجمعة.",
             cue: "دعت", source: "جماعة الإخوان المسلمين", content: "التظاهر يوم الجمعة"),
        // 7. a feminine present-tense forecast has an implied Source (never the writer's own voice)
        Case(pattern: "وتتوقع OBJECT (implied Source)", sentence: "وتتوقع زيادة الطلب على النفط في الربع الأخير.",
             cue: "تتوقع", source: nil, content: "زيادة الطلب على النفط في الربع الأخير", stance: "Hedge"),
        // 8. after a cue that governs بـ, a ب-word before an object word is the governed object, no Source
        Case(pattern: "ناشدت بـOBJECT", sentence: "وناشدت بوقف إطلاق النار.",
             cue: "ناشدت", source: nil, content: "وقف إطلاق النار"),
        Case(pattern: "طالبت بـOBJECT", sentence: "وطالبت بوقف إطلاق النار فورا.",
             cue: "طالبت", source: nil, content: "وقف إطلاق النار فورا"),
        Case(pattern: "أوصت بعدم …", sentence: "وأوصت بعدم إجراء أي تعديل على القانون.",
             cue: "أوصت", source: nil, content: "عدم إجراء أي تعديل على القانون"),
        // 11. النظام (the regime) after an according-to cue is a Source; only النظام الأساسي is a statute
        Case(pattern: "بحسب النظام NISBA، فإن", sentence: "وبحسب النظام السوري، فإن القصف استهدف مواقع للمسلحين.",
             cue: "بحسب", source: "النظام السوري", content: "القصف استهدف مواقع للمسلحين"),
        Case(pattern: "وفقا لنظام NAME، فإن", sentence: "ووفقا لنظام الأسد، فإن المعارضة خرقت الهدنة.",
             cue: "وفقا ل", source: "نظام الأسد", content: "المعارضة خرقت الهدنة"),
        Case(pattern: "…، بحسب النظام", sentence: "وقتل ثلاثة مدنيين في القصف، بحسب النظام.",
             cue: "بحسب", source: "النظام", content: "قتل ثلاثة مدنيين في القصف"),
        // 9. … but a noun of saying before على أن keeps the that-clause
        Case(pattern: "أنهى X كلمته بالتأكيد على أن", sentence: "وأنهى الوزير كلمته بالتأكيد على أن الحكومة ماضية في الإصلاح.",
             cue: "أنهى", source: "الوزير", content: "الحكومة ماضية في الإصلاح"),
        Case(pattern: "أصر X على أن", sentence: "وأصر الوزير على أن الحل سياسي.",
             cue: "أصر", source: "الوزير", content: "الحل سياسي"),
        // 2. اعترف/أقر take no addressee, and a name's or title's adjective stays in the Source before بأن
        Case(pattern: "اعترفت الولايات المتحدة بأن", sentence: "واعترفت الولايات المتحدة بأن غارتها أصابت مدنيين في المدينة.",
             cue: "اعترفت", source: "الولايات المتحدة", content: "غارتها أصابت مدنيين في المدينة"),
        Case(pattern: "أقرت الأمم المتحدة بأن", sentence: "وأقرت الأمم المتحدة بأن المساعدات لم تصل إلى المحاصرين.",
             cue: "أقرت", source: "الأمم المتحدة", content: "المساعدات لم تصل إلى المحاصرين"),
        Case(pattern: "اعترف الحزب الحاكم بأن", sentence: "واعترف الحزب الحاكم بأن نتائج الانتخابات جاءت مخيبة للآمال.",
             cue: "اعترف", source: "الحزب الحاكم", content: "نتائج الانتخابات جاءت مخيبة للآمال"),
        Case(pattern: "أقرت اللجنة المنظمة بأن", sentence: "وأقرت اللجنة المنظمة بأن الملعب لم يكن جاهزا.",
             cue: "أقرت", source: "اللجنة المنظمة", content: "الملعب لم يكن جاهزا"),
        Case(pattern: "اعترفت المحكمة العليا بأن", sentence: "واعترفت المحكمة العليا بأن الإجراءات شابها خلل.",
             cue: "اعترفت", source: "المحكمة العليا", content: "الإجراءات شابها خلل"),
        Case(pattern: "طالبت الأمم المتحدة بأن", sentence: "وطالبت الأمم المتحدة بأن تفتح الحدود أمام المساعدات الإنسانية.",
             cue: "طالبت", source: "الأمم المتحدة", content: "تفتح الحدود أمام المساعدات الإنسانية"),
        Case(pattern: "وعدت الولايات المتحدة بأن", sentence: "ووعدت الولايات المتحدة بأن تقدم مساعدات إضافية للاجئين.",
             cue: "وعدت", source: "الولايات المتحدة", content: "تقدم مساعدات إضافية للاجئين"),
        // 3. before a colon an adjective is the Source's; only an addressable noun is the addressee
        Case(pattern: "هتف X ADJ: \"…\"", sentence: "وهتف المتظاهرون الغاضبون: \"الشعب يريد إسقاط النظام\".",
             cue: "هتف", source: "المتظاهرون الغاضبون", content: "الشعب يريد إسقاط النظام", form: "Direct"),
        Case(pattern: "سألت X ADJ: \"…\"", sentence: "وسألت المذيعة الشهيرة: \"هل ستترشح للرئاسة؟\"",
             cue: "سألت", source: "المذيعة الشهيرة", content: "هل ستترشح للرئاسة", form: "Direct"),
        Case(pattern: "صرخ X ADJ: \"…\"", sentence: "وصرخ الرجل العجوز: \"أين العدالة؟\"",
             cue: "صرخ", source: "الرجل العجوز", content: "أين العدالة", form: "Direct"),
        Case(pattern: "عنونت X ADJ: \"…\"", sentence: "وعنونت الصحيفة الشهيرة: \"سقوط الحكومة\".",
             cue: "عنونت", source: "الصحيفة الشهيرة", content: "سقوط الحكومة", form: "Direct"),
        Case(pattern: "تحدث X ADJ وقال إن", sentence: "وتحدث الطبيب المعالج وقال إن حالة المريض مستقرة.",
             cue: "قال", source: "الطبيب المعالج", content: "حالة المريض مستقرة"),
        Case(pattern: "سأل X ADDRESSEE: \"…\"", sentence: "وسأل الصحفي الوزير: \"متى تنتهي الأزمة؟\"",
             cue: "سأل", source: "الصحفي", content: "متى تنتهي الأزمة", form: "Direct"),
        Case(pattern: "سأل X ADJ ADDRESSEE: \"…\"", sentence: "وسأل النائب المستقل الحكومة: \"أين الأموال؟\"",
             cue: "سأل", source: "النائب المستقل", content: "أين الأموال", form: "Direct"),
        // (from the probes) سماع ("hearing") opens a claim object after ذكر like مقتل، وقوع
        Case(pattern: "ذكر X سماع …", sentence: "وذكر شهود عيان سماع دوي انفجارات في المنطقة.",
             cue: "ذكر", source: "شهود عيان", content: "سماع دوي انفجارات في المنطقة"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // 1. ان before a past form of كان is still "whether"
        "ولا نعلم ان كانت الأرقام دقيقة.",
        // 5. ذكر with the names (أسماء + a definite word) as its object is a mention
        "وذكرت الوزارة أسماء الضحايا في بيانها.",
        // 11. a statute after an according-to cue: "in line with"
        "ويحق للمجلس عقد جلسة طارئة وفقا للنظام الأساسي للمنظمة.",
        // 9. على أن after an object is "provided that"
        "وأنهت المحكمة الجلسة على أن تستأنف المداولات يوم الأحد.",
        "وأنهت اللجنة أعمالها على أن تعود للانعقاد الشهر المقبل.",
        "وأتم المتهم مدة عقوبته على أن يخضع للمراقبة لمدة عام.",
        // 10. متوقعا as a predicate ("expected") after جاء or a sister of كان
        "وجاء قرار البنك متوقعا بعد ارتفاع التضخم.",
        "ولم يكن متوقعا أن تنخفض الأسعار بهذه السرعة.",
        "وبات متوقعا أن يرفع البنك أسعار الفائدة.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// 1. A negated belief with ان inside a quotation is its own denial.
    @Test func negatedBeliefInsideAQuotation() {
        let found = Fixture.attributions("وقال: \"لا أعتقد ان يكون هناك حل قريب\".\n")
        #expect(found.contains { $0.cue == "أعتقد" && $0.stance == "Deny" && $0.content == "يكون هناك حل قريب" }, "\(found)")
    }

    /// 7. A forecast with an implied subject continues the agency named in the line (or paragraph) above.
    @Test func impliedForecasterAfterTheAgency() {
        let forecast = Fixture.attributions("رفعت وكالة الطاقة الدولية توقعاتها لنمو الطلب على النفط هذا العام.\nوتتوقع ارتفاع الطلب بمقدار 1.5 مليون برميل يوميا.\n")
        #expect(forecast.contains { $0.cue == "تتوقع" && $0.source == nil && $0.stance == "Hedge"
            && $0.content == "ارتفاع الطلب بمقدار 1.5 مليون برميل يوميا" }, "\(forecast)")
        let likely = Fixture.attributions("خفضت أوبك إنتاجها.\n\nوترجح ارتفاع الأسعار خلال الصيف.\n")
        #expect(likely.contains { $0.cue == "ترجح" && $0.source == nil && $0.content == "ارتفاع الأسعار خلال الصيف" }, "\(likely)")
    }

    /// 10. After a comma the participle متوقعا still reports the forecast, with a that-clause or an object.
    @Test func expectingParticipleAfterAComma() {
        let that = Fixture.attributions("وقال الوزير إن الاقتصاد سينمو، متوقعا أن يتراجع التضخم.\n")
        #expect(that.contains { $0.cue == "متوقعا" && $0.source == nil && $0.stance == "Hedge" && $0.content == "يتراجع التضخم" }, "\(that)")
        let object = Fixture.attributions("وأعلن وزير الصحة ارتفاع الإصابات إلى 244 حالة، متوقعا استمرار تسجيل حالات جديدة.\n")
        #expect(object.contains { $0.cue == "متوقعا" && $0.content == "استمرار تسجيل حالات جديدة" }, "\(object)")
    }
}
