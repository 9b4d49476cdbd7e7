import Testing
@testable import Attribution

/// Patterns met when the extractor was run on a third round of unseen news (politics, economy, health,
/// sport and courts, from outlets of several countries); every sentence is written for these tests, and
/// each asserts what the guidelines prescribe for that pattern.
@Suite("Unseen news patterns, third round")
struct UnseenNewsPatternTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // ل with the article continues a Source before an object (no possessive noun, no construct object)
        Case(pattern: "كشف المدير الفني للمنتخب عن OBJECT", sentence: "وكشف المدير الفني للمنتخب الوطني عن قائمة اللاعبين الجديدة.",
             cue: "كشف", source: "المدير الفني للمنتخب الوطني", content: "قائمة اللاعبين الجديدة"),
        // a place after في belongs to the Source when a comma sets the object apart
        Case(pattern: "أعلن X للإحصاء في PLACE، OBJECT", sentence: "أعلن المكتب الوطني للإحصاء في تونس، تراجع نسبة البطالة خلال الربع الأخير.",
             cue: "أعلن", source: "المكتب الوطني للإحصاء في تونس", content: "تراجع نسبة البطالة خلال الربع الأخير"),
        // a quoted case name inside the Source is no quotation of speech: the complementizer after it reports
        Case(pattern: "قال X في قضية \"NAME\"، …، إن", sentence: "وقال المحامي في قضية \"الأراضي الزراعية\"، أمام المحكمة، إن موكله بريء من التهم.",
             cue: "قال", source: "المحامي في قضية \"الأراضي الزراعية\"", content: "موكله بريء من التهم"),
        // a quoted programme name in the gap, then أن
        Case(pattern: "أوضح خلال برنامج \"NAME\" أن", sentence: "وأوضح خلال لقاء مع برنامج \"صباح الخير يا عرب\" أن الموسم سيبدأ مبكرا هذا العام.",
             cue: "أوضح", source: nil, content: "الموسم سيبدأ مبكرا هذا العام"),
        // two quoted names (programme, channel) on the way to أن
        Case(pattern: "نوه خلال برنامج \"NAME\" على قناة \"NAME\"، أن", sentence: "ونوه خلال مداخلة مع برنامج \"حديث المساء\" على قناة \"سي بي سي\"، أن الأسعار ستنخفض.",
             cue: "نوه", source: nil, content: "الأسعار ستنخفض"),
        // the active يشتبه with its subject after it is still a hedge
        Case(pattern: "يشتبه X في أن", sentence: "ويشتبه المحققون في أن الحريق كان متعمدا.",
             cue: "يشتبه", source: "المحققون", content: "الحريق كان متعمدا", stance: "Hedge"),
        // a study's finding
        Case(pattern: "وجدت الدراسة أن", sentence: "ووجدت الدراسة أن النوم الكافي يحسن الذاكرة لدى الأطفال.",
             cue: "وجدت", source: "الدراسة", content: "النوم الكافي يحسن الذاكرة لدى الأطفال"),
        // أفاد with a ب- or عن-object instead of أن
        Case(pattern: "أفادت X بـOBJECT", sentence: "وأفادت مصادر محلية بسقوط قذائف على حي سكني.",
             cue: "أفادت", source: "مصادر محلية", content: "سقوط قذائف على حي سكني"),
        Case(pattern: "أفادت X عن OBJECT", sentence: "وأفادت الوكالة عن اعتقال ثلاثة مشتبه بهم في العاصمة.",
             cue: "أفادت", source: "الوكالة", content: "اعتقال ثلاثة مشتبه بهم في العاصمة"),
        // the medium's quoted name after لقناة stays outside the object
        Case(pattern: "أفادت X لقناة \"NAME\" بـOBJECT", sentence: "وأفادت مصادر لقناة \"الجزيرة\" بوقوع انفجار في الميناء.",
             cue: "أفادت", source: "مصادر", content: "وقوع انفجار في الميناء"),
        // the participle معقبا (عقب alone is the preposition "after")
        Case(pattern: "…، معقبا: \"…\"", sentence: "وأشاد المدرب بأداء فريقه، معقبا: \"اللاعبون قدموا كل ما لديهم\".",
             cue: "معقبا", source: nil, content: "اللاعبون قدموا كل ما لديهم", form: "Direct"),
        // زاد بالقول: a speech verb, not a headline subject before a colon
        Case(pattern: "وزاد بالقول: «…»", sentence: "وزاد بالقول: «لن نتراجع عن هذا القرار مهما كانت الضغوط».",
             cue: "زاد بالقول", source: nil, content: "لن نتراجع عن هذا القرار مهما كانت الضغوط", form: "Direct"),
        // جاء في بيان لـ: the ل belongs to the cue, the Source starts after it
        Case(pattern: "جاء في بيان لـX: \"…\"", sentence: "وجاء في بيان لوزارة الصحة: \"ستبقى العيادات مفتوحة طوال العطلة\".",
             cue: "جاء في بيان ل", source: "وزارة الصحة", content: "ستبقى العيادات مفتوحة طوال العطلة", form: "Direct"),
        // a perfect cue after بعد أن reports
        Case(pattern: "بعد أن أعلن X أن", sentence: "وبعد أن أعلن الوزير أن الحدود ستفتح، عاد المسافرون إلى المعبر.",
             cue: "أعلن", source: "الوزير", content: "الحدود ستفتح"),
        // وهو ما يعتقد: the relative ما is no negation
        Case(pattern: "، وهو ما يعتقد X أنه", sentence: "وتراجعت المبيعات في الربع الثالث، وهو ما يعتقد المحللون أنه تراجع مؤقت.",
             cue: "يعتقد", source: "المحللون", content: "تراجع مؤقت", stance: "Believe"),
        // حسب الله is a name, not according to God
        Case(pattern: "قال NAME حسب الله إن", sentence: "وقال النائب محمد حسب الله إن الجلسة ستعقد غدا.",
             cue: "قال", source: "النائب محمد حسب الله", content: "الجلسة ستعقد غدا"),
        // a cue with a resumptive فيها describes the noun before it: no Source
        Case(pattern: "رسالة طالبت فيها بـOBJECT", sentence: "ونشرت الجمعية رسالة مفتوحة طالبت فيها بوقف الحرب فورا.",
             cue: "طالبت", source: nil, content: "وقف الحرب فورا"),
        // a trailing according-to: the clause before it without its leading و
        Case(pattern: "وفي …، بحسب ما أعلنه X", sentence: "وفي ختام الاجتماع اتفق الطرفان على مواصلة الحوار، بحسب ما أعلنه مكتب الرئيس.",
             cue: "بحسب ما أعلنه", source: "مكتب الرئيس", content: "في ختام الاجتماع اتفق الطرفان على مواصلة الحوار"),
        // the cue's pronoun is its first object: the Source stops before the second (the Content)
        Case(pattern: "اعتبرها X PREDICATE", sentence: "واعتبرها البعض بداية مرحلة جديدة في العلاقات.",
             cue: "اعتبرها", source: "البعض", content: "بداية مرحلة جديدة في العلاقات", stance: "Believe"),
        Case(pattern: "اعتبره PLURAL PREDICATE", sentence: "واعتبره المراقبون تحولا كبيرا في موقف الحكومة.",
             cue: "اعتبره", source: "المراقبون", content: "تحولا كبيرا في موقف الحكومة", stance: "Believe"),
        // a short quotation after the speaker that ends the sentence is speech, not a name
        Case(pattern: "قال X \"SHORT\".", sentence: "وقال أحد الضباط \"انتهت العملية بنجاح\".",
             cue: "قال", source: "أحد الضباط", content: "انتهت العملية بنجاح", form: "Direct"),
        // reversed, doubled and mismatched curly marks still make a quotation
        Case(pattern: "قالت X ”…“", sentence: "وقالت مصادر ”الاجتماع سيعقد في موعده المحدد“.",
             cue: "قالت", source: "مصادر", content: "الاجتماع سيعقد في موعده المحدد", form: "Direct"),
        Case(pattern: "قالت X “…“", sentence: "وقالت مصادر “الاجتماع سيعقد في موعده المحدد“.",
             cue: "قالت", source: "مصادر", content: "الاجتماع سيعقد في موعده المحدد", form: "Direct"),
        Case(pattern: "أعلن X أن … بـ”…”", sentence: "وأعلن المكتب أن الرئيس سيلقي ”خطابا مهما” مساء الغد.",
             cue: "أعلن", source: "المكتب", content: "الرئيس سيلقي ”خطابا مهما” مساء الغد", form: "Mixed"),
        // a dual in construct and its quoted names are one Source; the time phrase stays outside
        Case(pattern: "ذكرت شبكتا X ”A“ و“B“ في وقت مبكر أن", sentence: "وذكرت شبكتا التلفزيون ”إيه بي“ و“سي بي“ في وقت مبكر أن الحريق أخمد.",
             cue: "ذكرت", source: "شبكتا التلفزيون ”إيه بي“ و“سي بي“", content: "الحريق أخمد"),
        // a relative clause after the comma goes on describing the Content; its future verb is no cue
        Case(pattern: "أن …، الذين سيجدون …", sentence: "وأوضح أن المباراة لن تكون سهلة على الضيوف، الذين سيجدون صعوبة في التأقلم.",
             cue: "أوضح", source: nil, content: "المباراة لن تكون سهلة على الضيوف، الذين سيجدون صعوبة في التأقلم"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // بيد أن and دون أن are no complementizers of the cue before them
        "ونقل الموفد الرسالة إلى الرئيس بيد أن الرد لم يصل بعد.",
        "وتحدث الوزير طويلا عن الخطة دون أن يكشف تفاصيلها.",
        // قد, سوف or أن before an imperfect cue: a possibility, a future, an obligation
        "وقد يعلن الوزيران الاتفاق في قمة الأسبوع المقبل.",
        "وسوف يعلن الاتحاد القائمة النهائية في وقت لاحق.",
        "وعلى الحكومة أن تدرك أن الأزمة أعمق مما تبدو.",
        // أشخاص يُشتبه بأنهم …: the passive of a relative clause
        "واعتقلت الشرطة شخصين يشتبه بأنهما سرقا المتجر.",
        // تدعو للقلق: "gives cause for" a feeling, no call
        "والأعراض الجانبية لا تدعو للقلق في أغلب الحالات.",
        // نقل … عن طريق: "by way of", no relay
        "ونقل المسعفون الجرحى عن طريق البحر.",
        // رفض الحديث عن: refusing to talk denies nothing
        "ورفض اللاعب الحديث عن العروض التي تلقاها.",
        // a fact check's labels are no headline subjects
        "المتداول: صورة تظهر انهيار جسر في المدينة\nالحقيقة: الصورة قديمة وتعود إلى عام 2015",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `طالبت X بـOBJECT … التي تقول إنها …`: the ب-object ends the demand's gap, so the later complementizer
    /// belongs to the relative clause's own cue (no Source).
    @Test func governedObjectEndsTheGapBeforeALaterComplementizer() throws {
        let found = Fixture.attributions("وطالبت النقابة بزيادة الأجور التي تقول إنها لم ترتفع منذ سنوات.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "طالبت" && found[0].source == "النقابة")
        #expect(found[0].content == "زيادة الأجور التي تقول إنها لم ترتفع منذ سنوات")
        #expect(found[1].cue == "تقول" && found[1].source == nil && found[1].content == "لم ترتفع منذ سنوات")
    }

    /// `…، بحسب قوله "…"`: the speaker is the pronoun (no Source), the quotation right after is what was said.
    @Test func accordingToHisWordsTakesTheQuotationAfterIt() throws {
        let all = Fixture.attributions("وأكد أن الهدنة صامدة، بحسب قوله \"رغم كل الخروقات\".\n")
        let found = try #require(all.first { $0.cue == "بحسب قوله" }, "\(all)")
        #expect(found.source == nil && found.content == "رغم كل الخروقات" && found.form == "Direct")
        #expect(all.contains { $0.cue == "أكد" && $0.content == "الهدنة صامدة" })
    }

    /// A quoted newspaper name after في صحيفة stays a name even when it ends the sentence.
    @Test func quotedNameAtTheSentenceEndIsNoSpeech() {
        #expect(Fixture.attributions("وكتب الباحث مقالا مطولا في صحيفة \"الشرق الأوسط\".\n").isEmpty)
    }

    /// `نقلت X عن Y OBJECT`: a relayed object without أن, shared by the publisher and the original speaker.
    @Test func relayedObjectWithoutComplementizer() throws {
        let found = Fixture.attributions("ونقلت رويترز عن مسؤول كبير تأكيده قرب التوصل إلى اتفاق، مشيرا إلى أن الطرفين متفائلان.\n")
        try #require(found.count == 3, "\(found)")
        #expect(found[0].cue == "نقلت" && found[0].source == "رويترز" && found[0].content == "تأكيده قرب التوصل إلى اتفاق")
        #expect(found[1].cue == "عن" && found[1].source == "مسؤول كبير" && found[1].content == found[0].content)
        #expect(found[2].cue == "مشيرا" && found[2].content == "الطرفين متفائلان")
    }

    /// An opening mark whose quotation runs past the Source stays outside it (`«تصريحات الوزير تدعو …»`).
    @Test func unbalancedOpeningMarkIsNotInTheSource() throws {
        let all = Fixture.attributions("الخارجية: «تصريحات الوزير تدعو لإشعال المنطقة»\n")
        let found = try #require(all.first { $0.cue == "تدعو" }, "\(all)")
        #expect(found.source == "تصريحات الوزير")
    }

    /// `"…". وأكد المسؤول الثاني ذلك`: the anaphor points back to the quotation, which is the Content of
    /// both cues; it stays outside the Source.
    @Test func anaphorAfterTheSourcePointsBackToTheQuotation() throws {
        let found = Fixture.attributions("وقال أحد الضباط \"انتهت العملية بنجاح\". وأكد الضابط الثاني ذلك.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[1].cue == "أكد" && found[1].source == "الضابط الثاني")
        #expect(found[1].content == "انتهت العملية بنجاح" && found[1].form == "Direct")
    }

    /// `وقال مصدر "…" مضيفا أن …`: a quotation after the speaker and before a participle cue is speech,
    /// not a name in the gap.
    @Test func quotationBeforeAParticipleIsStillSpeech() throws {
        let found = Fixture.attributions("وقال مصدر \"لم تحسم الصفقة بعد\" مضيفا أن المفاوضات مستمرة.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "مصدر")
        #expect(found[0].content == "لم تحسم الصفقة بعد" && found[0].form == "Direct")
        #expect(found[1].cue == "مضيفا" && found[1].content == "المفاوضات مستمرة")
    }
}
