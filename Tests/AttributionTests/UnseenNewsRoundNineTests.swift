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
        // غير مؤكدة is an adjective ("unconfirmed"), no participle cue: the Source keeps it
        Case(pattern: "أفادت أنباء غير مؤكدة أن", sentence: "وأفادت أنباء غير مؤكدة أن الرئيس غادر البلاد.",
             cue: "أفادت", source: "أنباء غير مؤكدة", content: "الرئيس غادر البلاد"),
        // after a negated belief, أن stays the complementizer (only إن كان is "whether")
        Case(pattern: "ولا أظن أن", sentence: "ولا أظن أن الاتفاق سيصمد طويلا.",
             cue: "أظن", source: nil, content: "الاتفاق سيصمد طويلا", stance: "Deny"),
        // إلى أن "until" after a verb that is no cue leaves the later cue its own claim
        Case(pattern: "… إلى أن أعلنت X OBJECT", sentence: "وانتظر الركاب في المطار إلى أن أعلنت الشركة إلغاء الرحلة.",
             cue: "أعلنت", source: "الشركة", content: "إلغاء الرحلة"),
        // the addressee of a notice before بأن, or of an address before a colon, is not the Source's
        Case(pattern: "أخطرت X ADDRESSEE بأن", sentence: "أخطرت الوزارة الشركة بأن العقد قد ألغي.",
             cue: "أخطرت", source: "الوزارة", content: "العقد قد ألغي"),
        Case(pattern: "أبلغ X ADDRESSEE بأن", sentence: "وأبلغ وزير الخارجية السفراء بأن بلاده ستغلق المعبر.",
             cue: "أبلغ", source: "وزير الخارجية", content: "بلاده ستغلق المعبر"),
        Case(pattern: "خاطب X ADDRESSEE: \"…\"", sentence: "وخاطب الرئيس الحضور: \"البلاد تمر بمرحلة صعبة\".",
             cue: "خاطب", source: "الرئيس", content: "البلاد تمر بمرحلة صعبة", form: "Direct"),
        // … and so does a coordinated قال that takes over the addressing verb's subject
        Case(pattern: "خاطب X ADDRESSEE وقال إن", sentence: "وخاطب الرئيس الحضور وقال إن البلاد تمر بمرحلة صعبة.",
             cue: "قال", source: "الرئيس", content: "البلاد تمر بمرحلة صعبة"),
        // a nisba adjective before the colon stays the Source's
        Case(pattern: "سأل X NISBA: \"…\"", sentence: "وسأل الصحفي الأمريكي: \"متى تنتهي الأزمة؟\"",
             cue: "سأل", source: "الصحفي الأمريكي", content: "متى تنتهي الأزمة", form: "Direct"),
        // an adjective of a title before بأن is the Source's, not an addressee
        Case(pattern: "طالب النائب العام بأن", sentence: "وطالب النائب العام بأن يحاكم المتهمون علنا.",
             cue: "طالب", source: "النائب العام", content: "يحاكم المتهمون علنا"),
        // an indefinite Source that may read with ب (بيانات) before an object word
        Case(pattern: "أظهرت بيانات ADJ OBJECT", sentence: "وأظهرت بيانات رسمية ارتفاع معدل التضخم إلى 5 بالمئة.",
             cue: "أظهرت", source: "بيانات رسمية", content: "ارتفاع معدل التضخم إلى 5 بالمئة"),
        // ذكر with a claim word as object, or with the object after a phrase set off by a comma, reports
        Case(pattern: "ذكر X مقتل …", sentence: "وذكر مسؤول أمني مقتل القيادي في الغارة.",
             cue: "ذكر", source: "مسؤول أمني", content: "مقتل القيادي في الغارة"),
        Case(pattern: "ذكر X من بين …، OBJECT", sentence: "وذكر الرئيس تبون من بين هذه التحديات، ضعف الاستثمار في القطاع الخاص.",
             cue: "ذكر", source: "الرئيس تبون", content: "ضعف الاستثمار في القطاع الخاص"),
        // a verbal noun with a pronoun after the Source is a claim object (not a mere mention)
        Case(pattern: "أكد X رفضه …", sentence: "وأكد المطيري رفضه لمثل هذه التصرفات.",
             cue: "أكد", source: "المطيري", content: "رفضه لمثل هذه التصرفات"),
        // masculine وعد with its Source after it: the promise after بـ
        Case(pattern: "وعد X بـOBJECT", sentence: "ووعد رئيس الوزراء بزيادة الرواتب العام المقبل.",
             cue: "وعد", source: "رئيس الوزراء", content: "زيادة الرواتب العام المقبل"),
        // a forecast with its Source after the cue stays a Hedge claim
        Case(pattern: "تتوقع X OBJECT", sentence: "وتتوقع الأسواق ارتفاع أسعار الفائدة خلال الشهر المقبل.",
             cue: "تتوقع", source: "الأسواق", content: "ارتفاع أسعار الفائدة خلال الشهر المقبل", stance: "Hedge"),
        // a headline forecast: the object word right after the cue heads the object, إلى is inside it
        Case(pattern: "X يتوقع OBJECT إلى … (headline)", sentence: "المركزي يتوقع تراجع التضخم إلى 9% وزيادة النمو",
             cue: "يتوقع", source: "المركزي", content: "تراجع التضخم إلى 9% وزيادة النمو", stance: "Hedge"),
        // a family name before a comma and an object word stays in the Source
        Case(pattern: "أعلن TITLE NAME ALNAME، OBJECT", sentence: "أعلن وزير الصحة الدكتور توفيق الربيعة، وصول الحالات إلى 244 حالة.",
             cue: "أعلن", source: "وزير الصحة الدكتور توفيق الربيعة", content: "وصول الحالات إلى 244 حالة"),
        // أتم like اختتم before a colon; the noun of saying (بقوله) ends the Source
        Case(pattern: "أتم X تصريحاته بقوله: \"…\"", sentence: "وأتم مدرب الفريق تصريحاته بقوله: \"يجب على الأندية أن تثق بالمدرب\".",
             cue: "أتم", source: "مدرب الفريق", content: "يجب على الأندية أن تثق بالمدرب", form: "Direct"),
        // an audience or a counterpart addressed before إلى أن، من أن، بأن is not the Source's
        Case(pattern: "نبهت X AUDIENCE إلى أن", sentence: "ونبهت الوزارة المواطنين إلى أن الطريق مغلق.",
             cue: "نبهت", source: "الوزارة", content: "الطريق مغلق"),
        Case(pattern: "حذرت X AUDIENCE من أن", sentence: "وحذرت الهيئة السكان من أن المياه ملوثة.",
             cue: "حذرت", source: "الهيئة", content: "المياه ملوثة"),
        Case(pattern: "أبلغ X نظيره NISBA بأن", sentence: "وأبلغ الوزير نظيره الفرنسي بأن بلاده ترفض القرار.",
             cue: "أبلغ", source: "الوزير", content: "بلاده ترفض القرار"),
        // an adjective that is no audience stays in the Source, and an audience noun alone is the Source
        Case(pattern: "أشارت X ADJ إلى أن", sentence: "وأشارت المصادر المطلعة إلى أن الاجتماع تأجل.",
             cue: "أشارت", source: "المصادر المطلعة", content: "الاجتماع تأجل"),
        Case(pattern: "قال AUDIENCE إن", sentence: "وقال السكان إن المياه ملوثة.",
             cue: "قال", source: "السكان", content: "المياه ملوثة"),
        // an accusative sound plural or dual after the verb (or after a definite Source) is the addressee
        Case(pattern: "ودعا PLURAL-ين إلى", sentence: "ودعا المرشحين للامتحانات إلى متابعة الدرس.",
             cue: "دعا", source: nil, content: "متابعة الدرس"),
        Case(pattern: "دعا X DUAL-ين إلى", sentence: "ودعا الأمين العام الطرفين إلى الحوار.",
             cue: "دعا", source: "الأمين العام", content: "الحوار"),
        Case(pattern: "دعت NAME-ين إلى", sentence: "ودعت البحرين إلى وقف إطلاق النار.",
             cue: "دعت", source: "البحرين", content: "وقف إطلاق النار"),
        Case(pattern: "دعا PLURAL-ون إلى", sentence: "ودعا المتظاهرون إلى إضراب عام.",
             cue: "دعا", source: "المتظاهرون", content: "إضراب عام"),
        // في ختام كلمته is the occasion, outside the object
        Case(pattern: "أكد X في ختام كلمته OBJECT", sentence: "وأكد الوزير في ختام كلمته أهمية التعاون.",
             cue: "أكد", source: "الوزير", content: "أهمية التعاون"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        "وصل إمام المسجد إلى المدينة أمس.",
        // إن before كان is "whether" after a cognition or a negated cue
        "لا أعرف إن كان المدرب سيشركني في المباراة المقبلة.",
        "ولا نعلم إن كانت هذه الأرقام دقيقة.",
        "ولم يوضح البيان إن كان الهجوم مدبرا.",
        // إلى أن is "until" after a verb of continuing
        "وتابع الجيش قصف المدينة إلى أن انسحب المسلحون منها.",
        "وواصل المحتجون اعتصامهم إلى أن تحققت مطالبهم.",
        "وأكمل اللاعب المباراة إلى أن خرج مصابا.",
        // … and after a cue of another class (عبرت "crossed", نقلت "moved")
        "وعبرت القوات النهر إلى أن وصلت إلى الضفة الأخرى.",
        "ونقلت سيارات الإسعاف الجرحى إلى أن امتلأت المستشفيات.",
        // غير مؤكدة is an adjective
        "وتبقى هذه الأنباء غير مؤكدة حتى الآن.",
        // ذكر with a plain noun object after its Source is a mention
        "وذكرت الصحيفة اسم المتهم في تقريرها.",
        // an impersonal forecast with no speaker named and none before it is the writer's own (the feminine
        // وتتوقع has an implied Source: ReviewRoundElevenTests)
        "ويتوقع زيادة الطلب على النفط في الربع الأخير.",
        // a paragraph of a law after an according-to word: "in line with"
        "وحكمت المحكمة بالسجن وفقاً للفقرة الثانية من المادة السادسة.",
        // أنهى with an object is "ended"
        "وأنهى الفريق الموسم في المركز الثالث.",
        // a reaction noun with a pronoun (thanks, welcome, condemnation) heads no claim
        "وأكدت الشركة في ختام بيانها تقديرها لتفهم المسافرين وصبرهم.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// The participle متوقعا takes the forecast as its object, with no Source; after كان it is the predicate.
    @Test func expectingParticipleTakesItsObject() throws {
        let found = Fixture.attributions("وأعلن وزير الصحة ارتفاع الإصابات إلى 244 حالة، متوقعا استمرار تسجيل حالات جديدة.\n")
        let expecting = try #require(found.first { $0.cue == "متوقعا" }, "\(found)")
        #expect(expecting.source == nil && expecting.content == "استمرار تسجيل حالات جديدة" && expecting.stance == "Hedge", "\(expecting)")
        let predicate = Fixture.attributions("وأضاف أن الإعلان كان متوقعا بعد رفع الحظر.\n")
        #expect(predicate.map(\.cue) == ["أضاف"], "\(predicate)")
    }

    /// A first-person promise inside a quotation is its own attribution, the promise after بـ its Content.
    @Test func firstPersonPromiseInsideAQuotation() throws {
        let found = Fixture.attributions("وقال: \"قدمنا مباراة جيدة ونعتذر للجماهير ونعدهم بالأفضل في الجولات المقبلة\".\n")
        let promise = try #require(found.first { $0.cue == "نعدهم" }, "\(found)")
        #expect(promise.source == nil && promise.content == "الأفضل في الجولات المقبلة", "\(promise)")
        // not the bare نعد ("we prepare")
        #expect(Fixture.attributions("ونعد خطة جديدة للموسم المقبل.\n").isEmpty)
    }

    /// اعترف with a ب-object makes no claim of a later relative clause's complementizer, and the ب-object
    /// stays out of the Source that a coordinated قال takes over.
    @Test func admissionWithObjectIsNoThatClause() {
        let relative = Fixture.attributions("واعترف المتهم بارتكاب الجريمة أمام المحكمة التي أكدت أن الأدلة كافية.\n")
        #expect(!relative.contains { $0.cue == "اعترف" }, "\(relative)")
        let coordinated = Fixture.attributions("واعترف الوزير بصعوبة المرحلة، وقال إن الحكومة ستعمل على حل المشاكل.\n")
        #expect(coordinated.map(\.source) == ["الوزير"], "\(coordinated)")
        let clause = Fixture.attributions("وتعترف الحكومة بأن الوضع صعب.\n")
        #expect(clause.map(\.content) == ["الوضع صعب"], "\(clause)")
    }
}
