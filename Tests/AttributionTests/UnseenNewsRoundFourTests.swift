import Testing
@testable import Attribution

/// Patterns met when the extractor was run on a fourth round of unseen news (Gulf, Levant, Egyptian,
/// Iraqi, Sudanese and Maghreb outlets: politics, economy, weather, sport, courts, technology); every
/// sentence is written for these tests, and each asserts what the guidelines prescribe for that pattern.
@Suite("Unseen news patterns, fourth round")
struct UnseenNewsRoundFourTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // feminine participles of the فاعلة form are participles: no Source of their own
        Case(pattern: "…، قائلة إن", sentence: "وأشادت المدربة باللاعبات، قائلة إن الفريق تطور كثيرا هذا الموسم.",
             cue: "قائلة", source: nil, content: "الفريق تطور كثيرا هذا الموسم"),
        // واصل with a colon continues the speaker's quotation
        Case(pattern: "وواصل: \"…\"", sentence: "وواصل: \"سنقاتل على اللقب حتى آخر مباراة في الدوري\".",
             cue: "واصل", source: nil, content: "سنقاتل على اللقب حتى آخر مباراة في الدوري", form: "Direct"),
        // the participle مذكرا
        Case(pattern: "…، مذكرا بأن", sentence: "وأشاد الوزير بالمتطوعين، مذكرا بأن الحملة أنقذت مئات الأسر.",
             cue: "مذكرا", source: nil, content: "الحملة أنقذت مئات الأسر"),
        // أبرز and its participle, frequent in Maghreb wire copy
        Case(pattern: "أبرز X أن", sentence: "وأبرز المدير أن المشروع سيوفر ألف فرصة عمل في الجهة.",
             cue: "أبرز", source: "المدير", content: "المشروع سيوفر ألف فرصة عمل في الجهة"),
        Case(pattern: "…، مبرزا أن", sentence: "وافتتح الوالي المعرض، مبرزا أن الصناعة التقليدية تشغل آلاف الحرفيين.",
             cue: "مبرزا", source: nil, content: "الصناعة التقليدية تشغل آلاف الحرفيين"),
        // سجل with a complementizer reports (with an object it is "scored")
        Case(pattern: "سجل X أن", sentence: "وسجل التقرير أن الصادرات تراجعت للمرة الأولى منذ سنوات.",
             cue: "سجل", source: "التقرير", content: "الصادرات تراجعت للمرة الأولى منذ سنوات"),
        // فند is a denial verb; a claim noun opens its object after the Source
        Case(pattern: "فند X مزاعم …", sentence: "وفند المتحدث مزاعم المعارضة بشأن تزوير الانتخابات.",
             cue: "فند", source: "المتحدث", content: "مزاعم المعارضة بشأن تزوير الانتخابات", stance: "Deny"),
        // وفق قول X: an according-to phrase with the noun of saying
        Case(pattern: "CLAUSE، وفق قول X", sentence: "أرجئ الاجتماع إلى الشهر المقبل، وفق قول الأمين العام.",
             cue: "وفق قول", source: "الأمين العام", content: "أرجئ الاجتماع إلى الشهر المقبل"),
        // على حسب تعبيره: على belongs to the cue, the speaker is the pronoun
        Case(pattern: "CLAUSE على حسب تعبيره", sentence: "الوضع الاقتصادي مستقر على حسب تعبيره.",
             cue: "على حسب تعبيره", source: nil, content: "الوضع الاقتصادي مستقر"),
        // أكد with an object after its Source; an apposed name and a time phrase between commas stay out of the object
        Case(pattern: "أكد TITLE، NAME، اليوم DAY، OBJECT", sentence: "وأكد المتحدث باسم الوزارة، سامر الخطيب، اليوم الخميس، التزام الحكومة بخطة الإصلاح.",
             cue: "أكد", source: "المتحدث باسم الوزارة، سامر الخطيب", content: "التزام الحكومة بخطة الإصلاح"),
        // لدى after an envoy's title belongs to the Source
        Case(pattern: "أعلن السفير X لدى COUNTRY، OBJECT", sentence: "وأعلن السفير الفرنسي لدى الأردن، اليوم الاثنين، افتتاح مدرسة جديدة في عمان.",
             cue: "أعلن", source: "السفير الفرنسي لدى الأردن", content: "افتتاح مدرسة جديدة في عمان"),
        // a weekday and a bracketed date between commas stay outside the object
        Case(pattern: "نفى X، DAY (DATE)، ما …", sentence: "ونفى المكتب الإعلامي للوزير، الثلاثاء (12 آذار 2024)، ما يتداول عن استقالته.",
             cue: "نفى", source: "المكتب الإعلامي للوزير", content: "ما يتداول عن استقالته", stance: "Deny"),
        // a report noun after the Source opens the denial's object
        Case(pattern: "نفى X الخبر …", sentence: "ونفى مصدر في البلدية الخبر المتداول عن إغلاق السوق.",
             cue: "نفى", source: "مصدر في البلدية", content: "الخبر المتداول عن إغلاق السوق", stance: "Deny"),
        // a family name right before a clear object start stays in the Source
        Case(pattern: "أكد TITLE NAME ALNAME أهمية …", sentence: "وأكد الدكتور سليمان الفرجات أهمية المواقع الأثرية للسياحة.",
             cue: "أكد", source: "الدكتور سليمان الفرجات", content: "أهمية المواقع الأثرية للسياحة"),
        // a common object noun (التزام، دعم، أهمية …) after a comma opens the object
        Case(pattern: "أعلن X لدى COUNTRY، التزام …", sentence: "وأعلن السفير الياباني لدى مصر، التزام بلاده بتمويل المشروع.",
             cue: "أعلن", source: "السفير الياباني لدى مصر", content: "التزام بلاده بتمويل المشروع"),
        // after a comma, a cue joined by و opens a new clause and keeps the subject after it
        Case(pattern: "…، وأكد X أن", sentence: "وافتتح الوزير المعرض، وأكد المدير أن الزوار تجاوزوا عشرة آلاف.",
             cue: "أكد", source: "المدير", content: "الزوار تجاوزوا عشرة آلاف"),
        // the existential هناك is not part of a Source before its cue
        Case(pattern: "هناك X تشير إلى OBJECT", sentence: "هناك تقارير صحفية تشير إلى استقالة الوزير.",
             cue: "تشير", source: "تقارير صحفية", content: "استقالة الوزير"),
        // تعليقا على is the occasion, not part of the Source
        // a first name right after the cue and its definite family name are one Source
        Case(pattern: "أكد FIRST ALNAME، TITLE، أن", sentence: "وأكد مصطفى الخلفي، وزير الاتصال، أن الخطة جاهزة للتنفيذ.",
             cue: "أكد", source: "مصطفى الخلفي، وزير الاتصال", content: "الخطة جاهزة للتنفيذ"),
        // a headline subject before its colon stops at the topic phrase with عن
        Case(pattern: "X عن TOPIC: …", sentence: "وزير الزراعة عن موسم القمح: الإنتاج سيرتفع هذا العام",
             cue: ":", source: "وزير الزراعة", content: "الإنتاج سيرتفع هذا العام"),
        // a trailing according-to governs the clause before it, without the و of its verb
        Case(pattern: "وVERB …، بحسب ما أفادت X", sentence: "وتراجعت أسعار الذهب في السوق المحلية، بحسب ما أفادت غرفة التجارة.",
             cue: "بحسب ما أفادت", source: "غرفة التجارة", content: "تراجعت أسعار الذهب في السوق المحلية"),
        // a dateline at the line's start stays outside that clause
        Case(pattern: "PLACE - CLAUSE، وفق X", sentence: "عمان - ارتفعت الصادرات الوطنية بنسبة عشرة في المئة، وفق دائرة الإحصاءات العامة.",
             cue: "وفق", source: "دائرة الإحصاءات العامة", content: "ارتفعت الصادرات الوطنية بنسبة عشرة في المئة"),
        // توقع with an object after its Source: a hedged claim; an indefinite accusative opens the object
        Case(pattern: "تتوقع X OBJECT", sentence: "وتتوقع وزارة المالية نموا اقتصاديا معتدلا خلال العام المقبل.",
             cue: "تتوقع", source: "وزارة المالية", content: "نموا اقتصاديا معتدلا خلال العام المقبل", stance: "Hedge"),
        // a time set off by commas between the cue and its Source
        Case(pattern: "كشف، اليوم DAY، X، عن OBJECT", sentence: "وكشف، اليوم الأحد، وزير النقل عبد الله الكعبي، عن خطة لتطوير الموانئ.",
             cue: "كشف", source: "وزير النقل عبد الله الكعبي", content: "خطة لتطوير الموانئ"),
        // a finding shown by a document
        Case(pattern: "يتضح من X أن", sentence: "ويتضح من تقرير البنك المركزي أن الودائع ارتفعت بنسبة خمسة في المئة.",
             cue: "يتضح من", source: "تقرير البنك المركزي", content: "الودائع ارتفعت بنسبة خمسة في المئة"),
        Case(pattern: "قال X تعليقا على …: \"…\"", sentence: "وقال المحلل الاقتصادي تعليقا على القرار: \"الخطوة جاءت متأخرة لكنها ضرورية\".",
             cue: "قال", source: "المحلل الاقتصادي", content: "الخطوة جاءت متأخرة لكنها ضرورية", form: "Direct"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // an according-to word before a rule or plan means "in line with"
        "ويحق للمواطن الاعتراض طبقا للقانون المعمول به.",
        "وتعمل الفرق على تفكيك الألغام بحسب الاتفاق الدولي.",
        // إلا أنه is "however", not a complementizer of the cue before it
        "وتحدث الوزير طويلا مع الصحفيين إلا أنه غادر قبل انتهاء المؤتمر.",
        // سجل with an object: scored, not said
        "وسجل المهاجم هدفين في الشوط الثاني.",
        // تواصل is also the noun "communication"
        "ونشرت مواقع تواصل اجتماعي صورا للحادث.",
        // after its subject, يعتبر/تعتبر before an indefinite predicate is the passive "is considered"
        "والمدينة القديمة تعتبر وجهة سياحية مهمة في المنطقة.",
        "والملعب الجديد يعتبر أحد أكبر الملاعب في القارة.",
        // a first-person verb has no Source after it: its object is no Source
        "ولم نتوقع تلك الأهداف في الدقائق الأخيرة من المباراة.",
        // the rule an according-to phrase follows, at the end of a word the cue took the ل of
        "ويحاكم المتهمون حضوريا طبقا للقانون، لا غيابيا.",
        // after a preposition, نشر is the verbal noun: "after the report's publication"
        "وبعد ساعات من نشر التقرير عدلت الصحيفة عنوانه \"الأزمة تتفاقم في المدينة\".",
        // a participle form joined by و is the verbal noun (ومتابعة ملف …: "and following up")
        "وتتولى اللجنة التنسيق ومتابعة ملف الإسكان حتى تبين أن المشروع تأخر.",
        // a dateline's colon and dash make no headline
        "المدينة نيوز :- افتتح الوزير المعرض الدولي للكتاب.",
        // an inanimate subject before أكد (after خلال) makes no claim with its object
        "التحولات في المنطقة خلال العقد الأخير أكدت أهمية التعاون بين الدول التي تنتمي إلى الإقليم.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `أكدت X OBJECT، لافتة إلى أن …`: the feminine participle stops the verb's gap, so the verb takes its
    /// object and the participle takes the reported clause.
    @Test func feminineParticipleEndsTheVerbsGap() throws {
        let found = Fixture.attributions("وأكدت الوزارة عدم صحة الأنباء، لافتة إلى أن الفحوص جاءت سليمة.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "أكدت" && found[0].source == "الوزارة" && found[0].content == "عدم صحة الأنباء")
        #expect(found[1].cue == "لافتة" && found[1].source == nil && found[1].content == "الفحوص جاءت سليمة")
    }

    /// `قال X إنه … ولكنه استدرك «…»`: the reported clause ends before the clause break that opens the next cue.
    @Test func clauseBreakBeforeACueEndsTheReportedClause() throws {
        let found = Fixture.attributions("وقال المدرب إنه غير راض عن النتيجة ولكنه استدرك «الأداء في الشوط الثاني كان أفضل بكثير».\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "المدرب" && found[0].content == "غير راض عن النتيجة")
        #expect(found[1].cue == "استدرك" && found[1].content == "الأداء في الشوط الثاني كان أفضل بكثير")
    }

    /// `أكدت X OBJECT-ها …، وذلك وفقا لما جاء في Y`: an object noun with an attached pronoun opens the
    /// object; the Source stops at `، وذلك`, which stays outside the according-to phrase's clause too.
    @Test func objectWithPronounAndTrailingAccordingToWithDhalika() throws {
        let found = Fixture.attributions("وأكدت الوزارة التزامها بدعم المزارعين، وذلك وفقا لما جاء في بيان الحكومة.\n")
        let verb = try #require(found.first { $0.cue == "أكدت" }, "\(found)")
        #expect(verb.source == "الوزارة" && verb.content == "التزامها بدعم المزارعين")
        let according = try #require(found.first { $0.cue == "وفقا لما جاء في" }, "\(found)")
        #expect(according.source == "بيان الحكومة" && according.content == "أكدت الوزارة التزامها بدعم المزارعين")
    }

    /// `نقلت X عبر موقعها عن Y، الأربعاء، OBJECT`: the medium stays out of the publisher, the time set off by
    /// commas stays out of the relayed object.
    @Test func relayedObjectAfterAMediumAndATime() throws {
        let found = Fixture.attributions("ونقلت الوكالة عبر موقعها عن وزارة الصحة، الأربعاء، تأكيدها خلو البلاد من الوباء.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "نقلت" && found[0].source == "الوكالة" && found[0].content == "تأكيدها خلو البلاد من الوباء")
        #expect(found[1].cue == "عن" && found[1].source == "وزارة الصحة" && found[1].content == found[0].content)
    }

    /// `قال X “أؤكد أن …”`: the speaker outside the quotation is not the subject of the cue inside it.
    @Test func cueInsideAQuotationTakesNoSourceFromOutside() throws {
        let found = Fixture.attributions("وقال الوزير “أؤكد أن الميزانية ستقر قبل نهاية العام”.\n")
        let inner = try #require(found.first { $0.cue == "أؤكد" }, "\(found)")
        #expect(inner.source == nil && inner.content == "الميزانية ستقر قبل نهاية العام")
        #expect(found.contains { $0.cue == "قال" && $0.source == "الوزير" && $0.form == "Direct" })
    }

    /// In a publication cue's gap, عن before a long quotation is its topic and عار عن الصحة a denial: no relay.
    @Test func topicAndDenialAnAreNoRelays() {
        let found = Fixture.attributions("وأكد مصدر أن التقرير الذي بثته القناة عن \"إغلاق المعابر الحدودية خلال أيام\" عار عن الصحة، وأن المعابر مفتوحة.\n")
        #expect(!found.contains { $0.cue == "عن" }, "\(found)")
        #expect(found.contains { $0.cue == "أكد" && $0.source == "مصدر" }, "\(found)")
    }

    /// `نقلت X عن "Y" OBJECT، قال فيه إنه …`: a cue right after a comma ends the publication cue's gap; the
    /// publisher and the quoted original speaker share the object, the later cue takes the reported clause.
    @Test func commaBeforeACueEndsTheGapAndAQuotedRelaySpeakerKeepsItsObject() throws {
        let found = Fixture.attributions("ونقلت صحف محلية عن \"وام\" خبرا عن زيارة مرتقبة، قال فيه المسؤول إن الموعد لم يحدد.\n")
        try #require(found.count == 3, "\(found)")
        #expect(found[0].cue == "نقلت" && found[0].source == "صحف محلية" && found[0].content == "خبرا عن زيارة مرتقبة")
        #expect(found[1].cue == "عن" && found[1].source == "وام" && found[1].content == found[0].content)
        #expect(found[2].cue == "قال" && found[2].content == "الموعد لم يحدد")
    }

    /// `قال X، CLAUSE يمكن أن …` (a reported clause without its أن): the modal's أن is no complementizer
    /// of the cue, so no Content starts after it.
    @Test func modalAnIsNoComplementizer() {
        let found = Fixture.attributions("وقال الخبير، الأمطار الغزيرة يمكن أن تسبب سيولا في الأودية.\n")
        #expect(!found.contains { $0.content == "تسبب سيولا في الأودية" }, "\(found)")
    }
}
