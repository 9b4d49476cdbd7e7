import Testing
@testable import Attribution

/// Every cue family of the guidelines with its common inflections and the constructions news uses,
/// on sentences written for these tests in the style of Arabic news (not taken from any corpus file).
@Suite("Cue coverage: families, inflections, news constructions")
struct CueCoverageTests {

    /// One inflection of a family: the cue span, the Source (nil when implied) and the Stance.
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var cue: String
        var source: String?
        var content: String
        var stance: String
        var testDescription: String { sentence }
    }

    static let speech: [Case] = [
        Case(sentence: "وقالت وزارة الصحة الفلسطينية إن عدد الضحايا ارتفع إلى 40 شخصا.", cue: "قالت", source: "وزارة الصحة الفلسطينية", content: "عدد الضحايا ارتفع إلى 40 شخصا", stance: "Assert"),
        Case(sentence: "ويقول محللون إن الاقتصاد يواجه أزمة حادة.", cue: "يقول", source: "محللون", content: "الاقتصاد يواجه أزمة حادة", stance: "Assert"),
        Case(sentence: "وقالوا إن الاحتجاجات ستستمر حتى تلبية مطالبهم.", cue: "قالوا", source: nil, content: "الاحتجاجات ستستمر حتى تلبية مطالبهم", stance: "Assert"),
        Case(sentence: "وأضافت الوزيرة أن الحكومة ستقدم مشروع القانون إلى البرلمان.", cue: "أضافت", source: "الوزيرة", content: "الحكومة ستقدم مشروع القانون إلى البرلمان", stance: "Assert"),
        Case(sentence: "ويضيف التقرير أن نسبة البطالة بين الشباب بلغت 30 في المئة.", cue: "يضيف", source: "التقرير", content: "نسبة البطالة بين الشباب بلغت 30 في المئة", stance: "Assert"),
        Case(sentence: "وأكدوا أن المفاوضات لم تصل إلى طريق مسدود.", cue: "أكدوا", source: nil, content: "المفاوضات لم تصل إلى طريق مسدود", stance: "Assert"),
        Case(sentence: "وأكدا أن التعاون بين البلدين سيتعزز.", cue: "أكدا", source: nil, content: "التعاون بين البلدين سيتعزز", stance: "Assert"),
        Case(sentence: "وتؤكد السلطات أن الوضع تحت السيطرة.", cue: "تؤكد", source: "السلطات", content: "الوضع تحت السيطرة", stance: "Assert"),
        Case(sentence: "وأوضحت الشركة أن الأعطال نتجت عن خلل فني.", cue: "أوضحت", source: "الشركة", content: "الأعطال نتجت عن خلل فني", stance: "Assert"),
        Case(sentence: "وصرحت المتحدثة باسم البيت الأبيض بأن الرئيس سيزور المنطقة قريبا.", cue: "صرحت", source: "المتحدثة باسم البيت الأبيض", content: "الرئيس سيزور المنطقة قريبا", stance: "Assert"),
        Case(sentence: "وأعلنت وزارة الداخلية أنها ألقت القبض على خلية إرهابية.", cue: "أعلنت", source: "وزارة الداخلية", content: "ألقت القبض على خلية إرهابية", stance: "Assert"),
        Case(sentence: "وذكرت وكالة الأنباء السعودية أن ولي العهد استقبل الوفد.", cue: "ذكرت", source: "وكالة الأنباء السعودية", content: "ولي العهد استقبل الوفد", stance: "Assert"),
        Case(sentence: "وأشارت الدراسة إلى أن التدخين يزيد خطر الإصابة بالسرطان.", cue: "أشارت", source: "الدراسة", content: "التدخين يزيد خطر الإصابة بالسرطان", stance: "Assert"),
        Case(sentence: "وتابعت الوزيرة أن الخطة تشمل بناء ألف مدرسة.", cue: "تابعت", source: "الوزيرة", content: "الخطة تشمل بناء ألف مدرسة", stance: "Assert"),
        Case(sentence: "وأفاد شهود عيان بأن القصف استهدف حيا سكنيا.", cue: "أفاد", source: "شهود عيان", content: "القصف استهدف حيا سكنيا", stance: "Assert"),
        Case(sentence: "ولفتت الصحيفة إلى أن المفاوضات تجري بعيدا عن الأضواء.", cue: "لفتت", source: "الصحيفة", content: "المفاوضات تجري بعيدا عن الأضواء", stance: "Assert"),
        Case(sentence: "وأوردت وكالة الأنباء الفرنسية أن المحتجين أغلقوا الطرق.", cue: "أوردت", source: "وكالة الأنباء الفرنسية", content: "المحتجين أغلقوا الطرق", stance: "Assert"),
        Case(sentence: "وحذر البنك المركزي من أن التضخم قد يرتفع.", cue: "حذر", source: "البنك المركزي", content: "التضخم قد يرتفع", stance: "Assert"),
        Case(sentence: "وتعهد الرئيس بأن تجري الانتخابات في موعدها.", cue: "تعهد", source: "الرئيس", content: "تجري الانتخابات في موعدها", stance: "Assert"),
        Case(sentence: "وهدد المتحدث بأن الحركة سترد على أي اعتداء.", cue: "هدد", source: "المتحدث", content: "الحركة سترد على أي اعتداء", stance: "Assert"),
        Case(sentence: "وألمح الوزير إلى أن الحكومة قد تستقيل.", cue: "ألمح", source: "الوزير", content: "الحكومة قد تستقيل", stance: "Assert"),
        Case(sentence: "وأوصت اللجنة بأن تتم إعادة النظر في القانون.", cue: "أوصت", source: "اللجنة", content: "تتم إعادة النظر في القانون", stance: "Assert"),
        Case(sentence: "وأظهرت الدراسة أن 40 في المئة من الأطفال يعانون من فقر الدم.", cue: "أظهرت", source: "الدراسة", content: "40 في المئة من الأطفال يعانون من فقر الدم", stance: "Assert"),
        Case(sentence: "وخلص التقرير إلى أن الحكومة فشلت في حماية المدنيين.", cue: "خلص", source: "التقرير", content: "الحكومة فشلت في حماية المدنيين", stance: "Assert"),
        Case(sentence: "وقدرت الأمم المتحدة أن أكثر من مليون شخص نزحوا.", cue: "قدرت", source: "الأمم المتحدة", content: "أكثر من مليون شخص نزحوا", stance: "Assert"),
        Case(sentence: "وجدد الرئيس التأكيد على أن بلاده تدعم الحل السياسي.", cue: "جدد", source: "الرئيس", content: "بلاده تدعم الحل السياسي", stance: "Assert"),
    ]

    /// Perfect, imperfect, gender and number of every family of issue 5, in one news template:
    /// the cue (clitic و stripped) and its stance.
    static let inflections: [(String, String)] = [
        ("قال", "Assert"), ("قالت", "Assert"), ("قالوا", "Assert"), ("قالا", "Assert"), ("يقول", "Assert"), ("تقول", "Assert"), ("يقولون", "Assert"),
        ("أضاف", "Assert"), ("أضافت", "Assert"), ("أضافوا", "Assert"), ("يضيف", "Assert"), ("تضيف", "Assert"),
        ("أكد", "Assert"), ("أكدت", "Assert"), ("أكدوا", "Assert"), ("أكدا", "Assert"), ("يؤكد", "Assert"), ("تؤكد", "Assert"), ("يؤكدون", "Assert"),
        ("أوضح", "Assert"), ("أوضحت", "Assert"), ("أوضحوا", "Assert"), ("يوضح", "Assert"), ("توضح", "Assert"),
        ("صرح", "Assert"), ("صرحت", "Assert"), ("صرحوا", "Assert"), ("يصرح", "Assert"),
        ("أعلن", "Assert"), ("أعلنت", "Assert"), ("أعلنوا", "Assert"), ("يعلن", "Assert"), ("تعلن", "Assert"),
        ("ذكر", "Assert"), ("ذكرت", "Assert"), ("ذكروا", "Assert"), ("تذكر", "Assert"),
        ("أشار", "Assert"), ("أشارت", "Assert"), ("أشاروا", "Assert"), ("يشير", "Assert"), ("تشير", "Assert"),
        ("تابع", "Assert"), ("تابعت", "Assert"), ("أفاد", "Assert"), ("أفادت", "Assert"), ("أفادوا", "Assert"), ("تفيد", "Assert"),
        ("كتب", "Assert"), ("كتبت", "Assert"), ("يكتب", "Assert"), ("نشرت", "Assert"), ("نشر", "Assert"),
        ("يرى", "Believe"), ("ترى", "Believe"), ("يرون", "Believe"), ("رأى", "Believe"), ("رأت", "Believe"),
        ("اعتبر", "Believe"), ("اعتبرت", "Believe"), ("اعتبروا", "Believe"), ("يعتبر", "Believe"),
        ("يعتقد", "Believe"), ("تعتقد", "Believe"), ("يعتقدون", "Believe"), ("اعتقد", "Believe"), ("أظن", "Believe"), ("يظن", "Believe"),
        ("نفى", "Deny"), ("نفت", "Deny"), ("نفوا", "Deny"), ("ينفي", "Deny"), ("تنفي", "Deny"),
        ("زعم", "Allege"), ("زعمت", "Allege"), ("زعموا", "Allege"), ("يزعم", "Allege"), ("ادعى", "Allege"), ("ادعت", "Allege"), ("يدعي", "Allege"),
        ("رجح", "Hedge"), ("رجحت", "Hedge"), ("رجحوا", "Hedge"), ("توقع", "Hedge"), ("توقعت", "Hedge"), ("توقعوا", "Hedge"), ("تتوقع", "Hedge"),
        ("لم يستبعد", "Hedge"), ("لم تستبعد", "Hedge"), ("لا يستبعد", "Hedge"),
    ]

    @Test(arguments: inflections)
    func everyInflectionInANewsSentence(form: String, stance: String) throws {
        let found = try Fixture.single("و\(form) المسؤولون في الوزارة أن الوضع الأمني مستقر.")
        #expect(found.cue == form && found.stance == stance && found.content == "الوضع الأمني مستقر")
        #expect(found.source == "المسؤولون في الوزارة")
    }

    @Test(arguments: speech)
    func speechVerbsInEveryPersonAndNumber(_ expected: Case) throws {
        try check(expected, form: "Indirect")
    }

    static let otherFamilies: [Case] = [
        // writing and publication
        Case(sentence: "وكتبت الصحفية في مقالها أن الأزمة السياسية تتعمق.", cue: "كتبت", source: "الصحفية", content: "الأزمة السياسية تتعمق", stance: "Assert"),
        Case(sentence: "ونشرت صحيفة نيويورك تايمز تقريرا يفيد بأن الإدارة تدرس فرض عقوبات جديدة.", cue: "نشرت", source: "صحيفة نيويورك تايمز", content: "الإدارة تدرس فرض عقوبات جديدة", stance: "Assert"),
        // cognition
        Case(sentence: "وترى الحكومة أن الضرائب الجديدة ضرورية.", cue: "ترى", source: "الحكومة", content: "الضرائب الجديدة ضرورية", stance: "Believe"),
        Case(sentence: "ورأى المحلل السياسي أن التصعيد لن يخدم أحدا.", cue: "رأى", source: "المحلل السياسي", content: "التصعيد لن يخدم أحدا", stance: "Believe"),
        Case(sentence: "واعتبرت المعارضة أن الانتخابات غير نزيهة.", cue: "اعتبرت", source: "المعارضة", content: "الانتخابات غير نزيهة", stance: "Believe"),
        Case(sentence: "وتعتقد الشرطة أن المشتبه به فر إلى الخارج.", cue: "تعتقد", source: "الشرطة", content: "المشتبه به فر إلى الخارج", stance: "Believe"),
        Case(sentence: "ويظن البعض أن الحكومة ستسقط قريبا.", cue: "يظن", source: "البعض", content: "الحكومة ستسقط قريبا", stance: "Believe"),
        Case(sentence: "وأظن أن الوقت قد حان للتغيير.", cue: "أظن", source: nil, content: "الوقت قد حان للتغيير", stance: "Believe"),
        Case(sentence: "وأعرب الوزير عن اعتقاده بأن الأزمة ستنتهي قريبا.", cue: "أعرب", source: "الوزير", content: "الأزمة ستنتهي قريبا", stance: "Believe"),
        // allegation
        Case(sentence: "وزعمت وسائل إعلام أن الرئيس مريض.", cue: "زعمت", source: "وسائل إعلام", content: "الرئيس مريض", stance: "Allege"),
        Case(sentence: "ويزعم المسلحون أنهم يسيطرون على المدينة.", cue: "يزعم", source: "المسلحون", content: "يسيطرون على المدينة", stance: "Allege"),
        Case(sentence: "وادعت الشركة أن منتجاتها آمنة.", cue: "ادعت", source: "الشركة", content: "منتجاتها آمنة", stance: "Allege"),
        // hedging
        Case(sentence: "ورجحت مصادر أن يتأجل الاجتماع.", cue: "رجحت", source: "مصادر", content: "يتأجل الاجتماع", stance: "Hedge"),
        Case(sentence: "ويتوقع محللون أن يرتفع سعر النفط.", cue: "يتوقع", source: "محللون", content: "يرتفع سعر النفط", stance: "Hedge"),
        Case(sentence: "ولم تستبعد المصادر أن يتم تأجيل القمة.", cue: "لم تستبعد", source: "المصادر", content: "يتم تأجيل القمة", stance: "Hedge"),
        Case(sentence: "واستبعد المحلل أن تتوصل الأطراف إلى اتفاق قريبا.", cue: "استبعد", source: "المحلل", content: "تتوصل الأطراف إلى اتفاق قريبا", stance: "Hedge"),
        // denial and negation
        Case(sentence: "ونفت الوزارة أن تكون قد تلقت أي طلب رسمي.", cue: "نفت", source: "الوزارة", content: "تكون قد تلقت أي طلب رسمي", stance: "Deny"),
        Case(sentence: "ولم يؤكد المتحدث أن الوزير سيستقيل.", cue: "يؤكد", source: "المتحدث", content: "الوزير سيستقيل", stance: "Deny"),
        Case(sentence: "ولا يرى المحللون أن هناك حلا قريبا.", cue: "يرى", source: "المحللون", content: "هناك حلا قريبا", stance: "Deny"),
        Case(sentence: "ولا أظن أن الأمور ستتحسن.", cue: "أظن", source: nil, content: "الأمور ستتحسن", stance: "Deny"),
    ]

    @Test(arguments: otherFamilies)
    func writingCognitionAllegationHedgeAndDenial(_ expected: Case) throws {
        try check(expected, form: "Indirect")
    }

    func check(_ expected: Case, form: String) throws {
        let found = try Fixture.single(expected.sentence)
        #expect(found.cue == expected.cue)
        #expect(found.source == expected.source)
        #expect(found.content == expected.content)
        #expect(found.stance == expected.stance && found.form == form)
    }

    @Test func participlesGetNoSourceAndEndTheMainContent() throws {
        let cases: [(String, String, String, String)] = [
            ("وأكد الرئيس أن الحكومة ستواصل الإصلاحات، مؤكدا أن الاقتصاد يتعافى.", "مؤكدا", "الاقتصاد يتعافى", "Assert"),
            ("وأشاد الوزير بالجهود المبذولة، مضيفا أن المرحلة المقبلة تتطلب المزيد من العمل.", "مضيفا", "المرحلة المقبلة تتطلب المزيد من العمل", "Assert"),
            ("وحذر الخبير من تداعيات الأزمة، مشيرا إلى أن التضخم قد يتجاوز 20 في المئة.", "مشيرا", "التضخم قد يتجاوز 20 في المئة", "Assert"),
            ("ورحب الاتحاد الأوروبي بالاتفاق، معتبرا أنه خطوة مهمة نحو السلام.", "معتبرا", "خطوة مهمة نحو السلام", "Believe"),
            ("ودافع الوزير عن سياسته، معتقدا أن النتائج ستظهر قريبا.", "معتقدا", "النتائج ستظهر قريبا", "Believe"),
            ("وانسحبت النائبة من الجلسة، مؤكدة أن الحكومة لم تف بوعودها.", "مؤكدة", "الحكومة لم تف بوعودها", "Assert"),
            ("وغادر الوفد القاعة، مؤكدين أنهم لن يعودوا إلى المفاوضات.", "مؤكدين", "لن يعودوا إلى المفاوضات", "Assert"),
        ]
        for (sentence, cue, content, stance) in cases {
            let found = Fixture.attributions(sentence + "\n")
            let participle = try #require(found.first { $0.cue == cue }, "\(found)")
            #expect(participle.source == nil && participle.content == content && participle.stance == stance, "\(sentence)")
        }
        let both = Fixture.attributions("وقالت الشرطة إن المشتبه به اعتقل، مضيفة أن التحقيق جار.\n")
        #expect(both.map(\.cue) == ["قالت", "مضيفة"])
        #expect(both.map(\.content) == ["المشتبه به اعتقل", "التحقيق جار"])
        #expect(both.first?.source == "الشرطة")
    }

    @Test func anyPluralPerfectIsAVerbNotAParticiple() throws {
        // قالوا has the shape فاعلا but is a perfect: a Source before it is its subject
        let found = try Fixture.single("المحتجون قالوا إن الاعتصام سيستمر.")
        #expect(found.cue == "قالوا" && found.source == "المحتجون" && found.rule == "rule: speech-qala/verb-that")
    }

    @Test func accordingToInEveryShape() throws {
        let cases: [(String, String, String?, String)] = [
            ("وطبقا لمصادر مطلعة، فإن الاجتماع تأجل إلى الأسبوع المقبل.", "طبقا ل", "مصادر مطلعة", "الاجتماع تأجل إلى الأسبوع المقبل"),
            ("ووفقا لوكالة الأنباء الرسمية، فقد وصل الرئيس إلى باريس.", "وفقا ل", "وكالة الأنباء الرسمية", "قد وصل الرئيس إلى باريس"),
            ("وحسب البيانات الرسمية، ارتفع معدل التضخم إلى 8 في المئة.", "حسب", "البيانات الرسمية", "ارتفع معدل التضخم إلى 8 في المئة"),
            ("وبحسب الوكالة فإن الهجوم أسفر عن مقتل خمسة أشخاص.", "بحسب", "الوكالة", "الهجوم أسفر عن مقتل خمسة أشخاص"),
            ("ووفق الوزارة، فإن أكثر من ألف عائلة نزحت من منازلها.", "وفق", "الوزارة", "أكثر من ألف عائلة نزحت من منازلها"),
            ("واستنادا إلى تقرير الأمم المتحدة، فإن نصف السكان يعانون من الجوع.", "استنادا إلى", "تقرير الأمم المتحدة", "نصف السكان يعانون من الجوع"),
            ("وبحسب ما ذكرت الصحيفة، فإن الوزير قدم استقالته.", "بحسب ما ذكرت", "الصحيفة", "الوزير قدم استقالته"),
        ]
        for (sentence, cue, source, content) in cases {
            let found = try Fixture.single(sentence)
            #expect(found.cue == cue && found.source == source && found.content == content, "\(found)")
            #expect(found.stance == "Assert" && found.rule.hasSuffix("/according-before"))
        }
        let after: [(String, String, String?)] = [
            ("وتراجعت الأسعار بنسبة 5 في المئة، وفقا لمكتب الإحصاء.", "وفقا ل", "مكتب الإحصاء"),
            ("وأصيب عشرة أشخاص في الحادث، نقلا عن مصادر طبية.", "نقلا عن", "مصادر طبية"),
            ("وسيتم افتتاح المشروع الشهر المقبل، على حد قول الوزير.", "على حد قول", "الوزير"),
            ("وتحسن الوضع الأمني كثيرا، على حد قوله.", "على حد قوله", nil),
            ("وتجاوزت الخسائر مليار دولار، على حد تعبيره.", "على حد تعبيره", nil),
            ("وارتفعت أسعار الذهب إلى مستوى قياسي، حسبما ذكرت وكالة بلومبرغ.", "حسبما ذكرت", "وكالة بلومبرغ"),
        ]
        for (sentence, cue, source) in after {
            let found = try Fixture.single(sentence)
            #expect(found.cue == cue && found.source == source && found.rule.hasSuffix("/according-after"), "\(found)")
        }
    }

    @Test func objectsOfDenialAndAnnouncementStartAfterTheSubject() throws {
        let cases: [(String, String, String, String, String)] = [
            ("ونفى المتحدث باسم الحكومة صحة هذه الأنباء.", "نفى", "المتحدث باسم الحكومة", "صحة هذه الأنباء", "Deny"),
            ("وينفي المسؤولون أي تورط في الهجوم.", "ينفي", "المسؤولون", "أي تورط في الهجوم", "Deny"),
            ("وكذبت الشركة الأخبار المتداولة حول إفلاسها.", "كذبت", "الشركة", "الأخبار المتداولة حول إفلاسها", "Deny"),
            ("وأعلنت الحكومة حالة الطوارئ في البلاد.", "أعلنت", "الحكومة", "حالة الطوارئ في البلاد", "Assert"),
            ("ودعت منظمة العفو الدولية السلطات إلى الإفراج عن المعتقلين.", "دعت", "منظمة العفو الدولية", "الإفراج عن المعتقلين", "Assert"),
            ("وطالبت المعارضة بإجراء انتخابات مبكرة.", "طالبت", "المعارضة", "إجراء انتخابات مبكرة", "Assert"),
            ("وحث الرئيس المواطنين على المشاركة في الانتخابات.", "حث", "الرئيس", "المشاركة في الانتخابات", "Assert"),
            ("وحذرت الأمم المتحدة من كارثة إنسانية وشيكة في غزة.", "حذرت", "الأمم المتحدة", "كارثة إنسانية وشيكة في غزة", "Assert"),
            ("وتعهد الرئيس بمحاسبة المسؤولين عن الهجوم.", "تعهد", "الرئيس", "محاسبة المسؤولين عن الهجوم", "Assert"),
            ("واتهم وزير الداخلية المعارضة بالتحريض على العنف.", "اتهم", "وزير الداخلية المعارضة", "التحريض على العنف", "Assert"),
            ("وأعلنت وزارة الصحة الألمانية تسجيل 50 ألف إصابة جديدة خلال 24 ساعة، وهو أعلى رقم.", "أعلنت", "وزارة الصحة الألمانية", "تسجيل 50 ألف إصابة جديدة خلال 24 ساعة", "Assert"),
            ("ونفت منظمة حظر الأسلحة الكيميائية الاتهامات الروسية.", "نفت", "منظمة حظر الأسلحة الكيميائية", "الاتهامات الروسية", "Deny"),
            ("ونفى صندوق النقد الدولي هذه الأنباء.", "نفى", "صندوق النقد الدولي", "هذه الأنباء", "Deny"),
        ]
        for (sentence, cue, source, content, stance) in cases {
            let found = try Fixture.single(sentence)
            #expect(found.cue == cue && found.source == source && found.content == content, "\(found)")
            #expect(found.stance == stance && found.rule.hasSuffix("/verb-object"), "\(found)")
        }
        let described = Fixture.attributions("ورفضت الخارجية الاتهامات الأمريكية ووصفتها بأنها لا أساس لها.\n")
        #expect(described.map(\.cue) == ["رفضت", "وصفتها"])
        #expect(described.map(\.source) == ["الخارجية", nil])
        #expect(described.map(\.content) == ["الاتهامات الأمريكية", "لا أساس لها"])
        #expect(described.map(\.stance) == ["Deny", "Deny"])
    }

    @Test func theObjectBeforeBiAnnaIsNotInTheSource() throws {
        let cases: [(String, String, String, String)] = [
            ("ووصف الوزير الهجوم بأنه عمل إرهابي جبان.", "وصف", "الوزير", "عمل إرهابي جبان"),
            ("واتهم وزير الداخلية المعارضة بأنها تسعى إلى زعزعة الاستقرار.", "اتهم", "وزير الداخلية", "تسعى إلى زعزعة الاستقرار"),
            ("واعتبر رئيس الوزراء الاتفاق بأنه تاريخي.", "اعتبر", "رئيس الوزراء", "تاريخي"),
            ("ووصف الجيش الإسرائيلي الهجوم بأنه خطير.", "وصف", "الجيش الإسرائيلي", "خطير"),
        ]
        for (sentence, cue, source, content) in cases {
            let found = try Fixture.single(sentence)
            #expect(found.cue == cue && found.source == source && found.content == content, "\(found)")
        }
    }

    @Test func writersImpersonalPassivesAreNoClaims() {
        for sentence in ["ويُذكر أن الحكومة رفعت الأسعار العام الماضي.", "يذكر أن البلاد تشهد أزمة اقتصادية منذ سنوات.",
                         "ويتوقع أن ترتفع الأسعار خلال الأشهر المقبلة.", "ومن المتوقع أن يعقد الاجتماع الأسبوع المقبل.",
                         "ويُرجَّح أن يصل الوفد إلى القاهرة غدا.", "ويشار إلى أن المدينة تعرضت لقصف عنيف.",
                         "وتحدث الوزير مع نظيره الفرنسي بعد أن وصل إلى باريس.",
                         "وكان الرئيس قد وعد الناخبين بخفض الضرائب قبل أن يفوز بالانتخابات.",
                         "وأشاد الوزير بدور الشرطة في حفظ الأمن.", "وأعربت الخارجية عن قلقها إزاء التصعيد.",
                         "وأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا."] {
            #expect(Fixture.attributions(sentence + "\n").isEmpty, "\(sentence)")
        }
        let future = Fixture.attributions("وأشارت إلى أن اللجنة ستعلن نتائجها الأسبوع المقبل.\n")
        #expect(future.map(\.cue) == ["أشارت"])
    }

    @Test func refusingAnActionIsNoDenial() throws {
        for sentence in ["ورفضت إسرائيل وقف إطلاق النار.", "ورفض الوزير حضور الاجتماع.", "ورفضت النقابة أن يتم تأجيل المفاوضات."] {
            #expect(Fixture.attributions(sentence + "\n").isEmpty, "\(sentence)")
        }
        let claim = try Fixture.single("ورفضت الحكومة التقارير التي تحدثت عن انهيار المفاوضات.")
        #expect(claim.cue == "رفضت" && claim.source == "الحكومة" && claim.stance == "Deny")
        #expect(claim.content == "التقارير التي تحدثت عن انهيار المفاوضات")
    }

    @Test func likelihoodWithAnAccordingToIsAHedgeOfThatSource() throws {
        let rajaha = try Fixture.single("ويُرجَّح، بحسب مصادر مطلعة، أن يتم الإعلان عن الحكومة الجديدة غدا.")
        #expect(rajaha.cue == "يُرجَّح" && rajaha.source == "مصادر مطلعة" && rajaha.stance == "Hedge")
        #expect(rajaha.content == "يتم الإعلان عن الحكومة الجديدة غدا")
        let likely = try Fixture.single("ومن المرجح، بحسب مصادر مطلعة، أن يتم الإعلان عن الاتفاق غدا.")
        #expect(likely.cue == "من المرجح" && likely.source == "مصادر مطلعة" && likely.stance == "Hedge")
    }

    @Test func onTheRecordSourcesStopBeforeCircumstances() throws {
        let cases: [(String, String, String?)] = [
            ("قال مسؤولون أمريكيون، يوم الثلاثاء، إن واشنطن سترسل مزيدا من الأسلحة إلى أوكرانيا.", "قال", "مسؤولون أمريكيون"),
            ("أعلنت وزارة الدفاع الروسية، اليوم الأحد، أن قواتها سيطرت على بلدة جديدة.", "أعلنت", "وزارة الدفاع الروسية"),
            ("وأكد الرئيس خلال اتصال هاتفي مع نظيره الفرنسي أن بلاده تدعم الحل الدبلوماسي.", "أكد", "الرئيس"),
            ("وقالت وكالة الأنباء السعودية (واس) إن الملك استقبل الوفد.", "قالت", "وكالة الأنباء السعودية (واس)"),
            ("وكان الكرملين قد أعلن الأسبوع الماضي أن بوتين مستعد للقاء.", "أعلن", "الكرملين"),
            ("وقال مصدر مقرب من الحكومة لـ\"رويترز\"، طالبا عدم نشر اسمه، إن المفاوضات وصلت إلى مرحلة متقدمة.", "قال", "مصدر مقرب من الحكومة"),
            ("وأصدرت الوزارة بيانا أكدت فيه أن الوضع مستقر.", "أكدت", nil),
            ("وأكدت في بيان أن السفير استدعي للتشاور.", "أكدت", nil),
            ("ونقلت صحيفة الغارديان عن مصادر دبلوماسية قولها إن المحادثات تعثرت.", "نقلت", "صحيفة الغارديان"),
        ]
        for (sentence, cue, source) in cases {
            let found = Fixture.attributions(sentence + "\n")
            let event = try #require(found.first, "\(sentence)")
            #expect(event.cue == cue && event.source == source, "\(found)")
        }
        let relay = Fixture.attributions("ونقلت صحيفة الغارديان عن مصادر دبلوماسية قولها إن المحادثات تعثرت.\n")
        #expect(relay.map(\.source) == ["صحيفة الغارديان", "مصادر دبلوماسية"])
    }

    @Test func commentsStatementsAndPronounRelays() throws {
        let comment = try Fixture.single("وعلق الوزير على القرار بالقول إن الحكومة ستحترم حكم القضاء.")
        #expect(comment.cue == "علق" && comment.content == "الحكومة ستحترم حكم القضاء")
        #expect(comment.source?.hasPrefix("الوزير") == true)
        let report = try Fixture.single("وورد في التقرير أن نسبة الفقر ارتفعت إلى 30 في المئة.")
        #expect(report.cue == "ورد في التقرير" && report.source == nil && report.content == "نسبة الفقر ارتفعت إلى 30 في المئة")
        let relayed = try Fixture.single("ونقل عنه قوله إن الوضع تحت السيطرة.")
        #expect(relayed.cue == "نقل" && relayed.source == nil && relayed.content == "الوضع تحت السيطرة")
    }

    @Test func subjectsBeforeTheirCue() throws {
        let relative = try Fixture.single("الرئيس الأمريكي جو بايدن، الذي يزور المنطقة، قال إن واشنطن ملتزمة بأمن حلفائها.")
        #expect(relative.source == "الرئيس الأمريكي جو بايدن" && relative.content == "واشنطن ملتزمة بأمن حلفائها")
        let conjunction = try Fixture.single("والحكومة ترى أن الإصلاحات ضرورية.")
        #expect(conjunction.source == "الحكومة" && conjunction.stance == "Believe")
        let kana = try Fixture.single("وكانت وزارة الصحة قد أكدت أن الوباء تحت السيطرة.")
        #expect(kana.source == "وزارة الصحة" && kana.content == "الوباء تحت السيطرة")
        let plural = try Fixture.single("المحتجون يقولون إن الحكومة لم تف بوعودها.")
        #expect(plural.cue == "يقولون" && plural.source == "المحتجون")
    }

    @Test func aReportedClauseEndsWhereACoordinatedCueStarts() {
        let found = Fixture.attributions("وذكرت الوكالة أن الرئيس سيزور طهران الشهر المقبل، وأضافت أنه سيلتقي نظيره الإيراني.\n")
        #expect(found.map(\.cue) == ["ذكرت", "أضافت"])
        #expect(found.map(\.content) == ["الرئيس سيزور طهران الشهر المقبل", "سيلتقي نظيره الإيراني"])
        let colon = Fixture.attributions("وأضاف المتحدث: أن الوفد وصل إلى القاهرة، مشيرا إلى أن المحادثات تبدأ غدا.\n")
        #expect(colon.map(\.cue) == ["أضاف", "مشيرا"])
        #expect(colon.map(\.content) == ["الوفد وصل إلى القاهرة", "المحادثات تبدأ غدا"])
    }

    @Test func cuesInsideAQuotationStayInsideIt() {
        let found = Fixture.attributions("وكان نص البيان: \"نرفض العنف ونطالب الجميع بالحفاظ على السلمية\" وقد وقعه عشرات النشطاء.\n")
        #expect(found.map(\.cue) == [":", "نطالب"])
        #expect(found.map(\.content) == ["نرفض العنف ونطالب الجميع بالحفاظ على السلمية", "الحفاظ على السلمية"])
        #expect(found.first?.source == "نص البيان" && found.first?.form == "Direct")
        #expect(found.last?.source == nil)
    }

    @Test func aShortQuotationThatIsTheWholeClauseIsDirect() throws {
        let found = try Fixture.single("وشدد المتحدث على أن \"كل الخيارات مطروحة\".")
        #expect(found.cue == "شدد" && found.content == "كل الخيارات مطروحة" && found.form == "Direct")
    }

    @Test func aliIsANameWhereTheTextWritesAlaWithAlefMaqsura() throws {
        let named = try Fixture.single("قال علي الأحمد إن الوضع على الحدود خطير.")
        #expect(named.source == "علي الأحمد")
        let subject = try Fixture.single("علي الدباغ قال إن الحكومة لن تتراجع عن قرارها إلى الآن.")
        #expect(subject.source == "علي الدباغ")
    }

    @Test func headlineColonsWithLongSubjectsButNotProseColons() throws {
        let headline = try Fixture.single("وزير الخارجية الأمريكي أنتوني بلينكن: لا حل عسكريا للأزمة")
        #expect(headline.cue == ":" && headline.source == "وزير الخارجية الأمريكي أنتوني بلينكن")
        let medium = try Fixture.single("مصادر لـ\"العربية\": الاتفاق بات وشيكا")
        #expect(medium.source == "مصادر" && medium.content == "الاتفاق بات وشيكا")
        #expect(Fixture.attributions("المنطق وراء هذا التحول عملي: تجنب المحادثات العقيمة. لكن الأمر لم ينجح.\n").isEmpty)
        #expect(Fixture.attributions("ملاحظة: جميع الأرقام تقريبية.\n").isEmpty)
        let update = try Fixture.single("تحديث: قالت الشرطة إن المشتبه به اعتقل.")
        #expect(update.cue == "قالت" && update.source == "الشرطة")
        let urgent = try Fixture.single("عاجل: بوتين يعلن التعبئة الجزئية")
        #expect(urgent.cue == "يعلن" && urgent.source == "بوتين" && urgent.content == "التعبئة الجزئية")
        let firstPerson = try Fixture.single("ماكرون: نرفض التهديدات الروسية")
        #expect(firstPerson.cue == ":" && firstPerson.source == "ماكرون")
    }
}
