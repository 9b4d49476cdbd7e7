import Testing
@testable import Attribution

/// Regressions found by the sixteenth review (of round 12's rule changes); every sentence is a reviewer's
/// probe written for these tests, and each asserts what the guidelines prescribe.
@Suite("Review, sixteenth round")
struct ReviewRoundSixteenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // 1. دعا/أشار govern لـ, but a ل-word after a name's adjective (العام، السامية، الأعلى) or head (المبعوث) is the
        // name's genitive when another ل-word follows: the Source runs on, the later word opens the object (§5, §6.4)
        Case(pattern: "دعا الأمين العام للأمم المتحدة X لـ", sentence: "ودعا الأمين العام للأمم المتحدة الأطراف لضبط النفس.",
             cue: "دعا", source: "الأمين العام للأمم المتحدة", content: "ضبط النفس"),
        Case(pattern: "دعت المفوضية السامية لحقوق الإنسان لـ", sentence: "ودعت المفوضية السامية لحقوق الإنسان لفتح تحقيق مستقل.",
             cue: "دعت", source: "المفوضية السامية لحقوق الإنسان", content: "فتح تحقيق مستقل"),
        Case(pattern: "دعا المجلس الأعلى للقضاء لـ", sentence: "ودعا المجلس الأعلى للقضاء لاحترام استقلالية المحاكم.",
             cue: "دعا", source: "المجلس الأعلى للقضاء", content: "احترام استقلالية المحاكم"),
        Case(pattern: "أشارت الهيئة العامة للإحصاء لـ", sentence: "وأشارت الهيئة العامة للإحصاء لارتفاع معدل التضخم.",
             cue: "أشارت", source: "الهيئة العامة للإحصاء", content: "ارتفاع معدل التضخم"),
        Case(pattern: "دعت X السورية لحقوق الإنسان لـ", sentence: "ودعت الشبكة السورية لحقوق الإنسان لمحاسبة المسؤولين عن الهجوم.",
             cue: "دعت", source: "الشبكة السورية لحقوق الإنسان", content: "محاسبة المسؤولين عن الهجوم"),
        Case(pattern: "دعت اللجنة الدولية للصليب الأحمر لـ", sentence: "ودعت اللجنة الدولية للصليب الأحمر لحماية المدنيين في غزة.",
             cue: "دعت", source: "اللجنة الدولية للصليب الأحمر", content: "حماية المدنيين في غزة"),
        // a ل-word right after the cue before a later ل-word is the addressee (لجنة is no ل + جنة)
        Case(pattern: "X دعت لجنة … لـ", sentence: "والمعارضة دعت لجنة الانتخابات لتأجيل الاقتراع.",
             cue: "دعت", source: "المعارضة", content: "تأجيل الاقتراع"),
        // a later ل-word of purpose is no object: the first ل-word after the Source is (round 12 took the second)
        Case(pattern: "X تدعو لـ … لـ", sentence: "والحكومة تدعو لوقف الحرب لإنقاذ المدنيين.",
             cue: "تدعو", source: "الحكومة", content: "وقف الحرب لإنقاذ المدنيين"),
        Case(pattern: "X تشير لـ … لـ", sentence: "وتقارير تشير لإخفاء الأسلحة لتفادي التفتيش.",
             cue: "تشير", source: "وتقارير", content: "إخفاء الأسلحة لتفادي التفتيش"),
        Case(pattern: "دعا الأمين العام للأمم المتحدة لـ … لـ", sentence: "ودعا الأمين العام للأمم المتحدة لوقف الحرب لإنقاذ المدنيين.",
             cue: "دعا", source: "الأمين العام للأمم المتحدة", content: "وقف الحرب لإنقاذ المدنيين"),
        // guards: round 12's own readings stay
        Case(pattern: "أشار X لـ (kept)", sentence: "وأشار الوزير لوجود خلافات داخل الحكومة.",
             cue: "أشار", source: "الوزير", content: "وجود خلافات داخل الحكومة"),
        Case(pattern: "X تشير لـ (kept)", sentence: "وتقارير تشير لإخفاء الأسلحة في مخازن سرية.",
             cue: "تشير", source: "وتقارير", content: "إخفاء الأسلحة في مخازن سرية"),
        Case(pattern: "دعت X وسائل الإعلام لـ (kept)", sentence: "ودعت الوزارة وسائل الإعلام لاستقاء المعلومات من مصادرها الرسمية.",
             cue: "دعت", source: "الوزارة", content: "استقاء المعلومات من مصادرها الرسمية"),
        Case(pattern: "دعا X الخاص للأمم المتحدة إلى (kept)", sentence: "ودعا المبعوث الخاص للأمم المتحدة إلى وقف إطلاق النار.",
             cue: "دعا", source: "المبعوث الخاص للأمم المتحدة", content: "وقف إطلاق النار"),
        // 2. figures that name who issued them are that body's statistics, a document that speaks (§2)
        Case(pattern: "أظهرت أرقام وزارة X أن", sentence: "وأظهرت أرقام وزارة المالية أن العجز ارتفع إلى 5 في المئة.",
             cue: "أظهرت", source: "أرقام وزارة المالية", content: "العجز ارتفع إلى 5 في المئة"),
        Case(pattern: "أرقام X تشير إلى أن", sentence: "أرقام البنك الدولي تشير إلى أن الفقر سيتراجع.",
             cue: "تشير", source: "أرقام البنك الدولي", content: "الفقر سيتراجع"),
        Case(pattern: "كشفت الأرقام الصادرة عن X أن", sentence: "وكشفت الأرقام الصادرة عن البنك المركزي أن التضخم بلغ 12 في المئة.",
             cue: "كشفت", source: "الأرقام الصادرة عن البنك المركزي", content: "التضخم بلغ 12 في المئة"),
        Case(pattern: "أظهرت مؤشرات وزارة X أن", sentence: "وأظهرت مؤشرات وزارة الصحة أن عدد الإصابات تراجع.",
             cue: "أظهرت", source: "مؤشرات وزارة الصحة", content: "عدد الإصابات تراجع"),
        Case(pattern: "أظهرت الأرقام الرسمية أن", sentence: "وأظهرت الأرقام الرسمية أن البطالة تراجعت.",
             cue: "أظهرت", source: "الأرقام الرسمية", content: "البطالة تراجعت"),
        // 3. a condition or a time set off by commas before فإن opens the claim: it stays in the according-to Content
        Case(pattern: "بحسب X، إذا …، فإن", sentence: "وبحسب المصادر، إذا فشلت المفاوضات، فإن الحرب ستندلع مجددا.",
             cue: "بحسب", source: "المصادر", content: "إذا فشلت المفاوضات، فإن الحرب ستندلع مجددا"),
        Case(pattern: "بحسب X، عندما …، فإن", sentence: "وبحسب المصادر، عندما وصل الوفد، فإن المفاوضات كانت قد انهارت.",
             cue: "بحسب", source: "المصادر", content: "عندما وصل الوفد، فإن المفاوضات كانت قد انهارت"),
        // guard: a relative clause on the Source is still set off (round 12)
        Case(pattern: "وفق X، حصلت عليها Y، فإن (kept)", sentence: "ووفق وثائق مسربة، حصلت عليها صحيفة الغارديان، فإن الحكومة تجسست على معارضين.",
             cue: "وفق", source: "وثائق مسربة", content: "الحكومة تجسست على معارضين"),
        // 5. the masculine accusative كاشفا is a circumstantial participle with or without a comma (§3)
        Case(pattern: "CLAUSE كاشفا عن", sentence: "وعقد الوزير مؤتمرا صحفيا كاشفا عن تخصيص مليار دولار للبرنامج.",
             cue: "كاشفا", source: nil, content: "تخصيص مليار دولار للبرنامج"),
        // 6. a cue with an object pronoun after an indefinite speaker is his own verb, not a relative clause
        Case(pattern: "كان X ADJ أبلغها أن", sentence: "وكان مسؤول كبير أبلغها أن الخطة جاهزة.",
             cue: "أبلغها", source: "مسؤول كبير", content: "الخطة جاهزة"),
        // 7. a quotation of several words that opens with حزب is somebody's words, not a name (§7: Mixed)
        Case(pattern: "قال X إن \"حزب … VERB …\"", sentence: "وقال المتحدث إن الحكومة \"حزب الأغنياء ولا يريد الإصلاح أبدا\".",
             cue: "قال", source: "المتحدث", content: "الحكومة \"حزب الأغنياء ولا يريد الإصلاح أبدا\"", form: "Mixed"),
        // 12. a relative with ل after the cue's Source is whom he addresses, no part of the Source (round 12 made
        // للذين، لمن boundaries before a cue only)
        Case(pattern: "قال X لمن … إن", sentence: "وقال الوزير لمن يشككون في نوايا الحكومة إن الأيام ستثبت العكس.",
             cue: "قال", source: "الوزير", content: "الأيام ستثبت العكس"),
        Case(pattern: "قال X لمنظمة … إن (kept)", sentence: "وقال الأمين العام لمنظمة التعاون الإسلامي إن القمة ستعقد في الرياض.",
             cue: "قال", source: "الأمين العام لمنظمة التعاون الإسلامي", content: "القمة ستعقد في الرياض"),
        Case(pattern: "قال X إن حزب \"NAME\" (kept)", sentence: "وقال الوزير إن حزب \"العدالة والتنمية\" سيفوز في الانتخابات.",
             cue: "قال", source: "الوزير", content: "حزب \"العدالة والتنمية\" سيفوز في الانتخابات"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// 4. أسر "families" and the name حياة are no topic after a relay عن: the relayed speaker stays (§9).
    @Test(arguments: [
        ("ونقلت الصحيفة عن أسر المعتقلين أن أبناءهم تعرضوا للتعذيب.\n", "أسر المعتقلين"),
        ("ونقلت القناة عن حياة الفاسي قولها إن الحزب سيقاطع.\n", "حياة الفاسي"),
    ])
    func relayedFamiliesAndNames(_ text: String, _ relayed: String) {
        let found = Fixture.attributions(text)
        #expect(found.contains { $0.cue == "عن" && $0.source == relayed }, "\(found)")
    }

    /// Guards: round 12's topic nouns still relay nobody.
    @Test(arguments: [
        "وروى أحد الناجين عن الحادث أن السفينة غرقت خلال دقائق.\n",
        "وحكت الناجية عن تجربتها أن الأيام الأولى كانت الأصعب.\n",
    ])
    func topicsStillRelayNobody(_ text: String) {
        let found = Fixture.attributions(text)
        #expect(!found.contains { $0.cue == "عن" }, "\(found)")
    }

    /// 2b. An evidence subject after a clitic و (its Source starts inside the token) makes no claim either, like
    /// round 12's `الأرقام لا تشير إلى تحسن`.
    @Test(arguments: [
        "والأوضاع لا تشير إلى انفراج قريب.",
        "والمؤشرات الاقتصادية تؤكد أن الأزمة ستطول.",
    ])
    func evidenceAfterConjunction(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// 8. A short balanced pair inside a sentence on a run-on line is a scare quote (§6.2): the open quotation
    /// neither ends before that line (round 12) nor at the scare quote's closing mark; it runs on to its own close.
    @Test(arguments: [
        ("وقال المحلل: “إن الأزمة الحالية أعمق مما يبدو.\n\nالحديث عن “الانسجام” بين الأطراف مجرد وهم.\n\nولن يتغير شيء قبل الانتخابات”.\n",
         "إن الأزمة الحالية أعمق مما يبدو الحديث عن “الانسجام” بين الأطراف مجرد وهم ولن يتغير شيء قبل الانتخابات"),
        ("وقال الأمين العام: «المنطقة تمر بمرحلة حرجة.\n\nوالحديث عن «صفقة القرن» لا يعني شيئا لنا».\n",
         "المنطقة تمر بمرحلة حرجة والحديث عن «صفقة القرن» لا يعني شيئا لنا"),
    ])
    func scareQuoteInsideARunOnQuotation(_ text: String, _ content: String) throws {
        let found = Fixture.attributions(text)
        let said = try #require(found.first { $0.cue == "قال" }, "\(found)")
        // one Content fragment per line (§6.2): compare without the line breaks
        #expect(said.content.split(whereSeparator: \.isWhitespace).joined(separator: " ") == content && said.form == "Direct", "\(said)")
    }

    /// Guards: a new quotation after a cue still ends the open one (round 12), with or without a colon.
    @Test(arguments: [
        "وقال المتحدث: “الجيش يسيطر على الوضع بشكل كامل.\n\nوأضاف المتحدث: “لن نتهاون مع أي تهديد”.\n",
        "وقال المتحدث: “الجيش يسيطر على الوضع بشكل كامل.\n\nوأضاف المتحدث “لن نتراجع”.\n",
    ])
    func newQuotationStillEndsTheOpenOne(_ text: String) throws {
        let found = Fixture.attributions(text)
        let said = try #require(found.first { $0.cue == "قال" }, "\(found)")
        #expect(said.content == "الجيش يسيطر على الوضع بشكل كامل", "\(said)")
        #expect(found.contains { $0.cue == "أضاف" && $0.source == "المتحدث" }, "\(found)")
    }

    /// 9. إن among more than four bracketed words is a complementizer: the brackets hold a clause, not a name
    /// (§6.3); a short bracketed name still hides its إن (round 12).
    @Test func complementizerInsideABracketedClause() throws {
        let found = Fixture.attributions("وكانت الحكومة (التي قالت إن الأزمة انتهت) قد رفعت الأسعار.\n")
        #expect(found.contains { $0.cue == "قالت" && $0.content.hasPrefix("الأزمة انتهت") }, "\(found)")
        let named = try Fixture.single("وذكرت قناة (سي إن إن عربي) أن الرئيس سيزور المنطقة.")
        #expect(named.source == "قناة (سي إن إن عربي)" && named.content == "الرئيس سيزور المنطقة", "\(named)")
    }

    /// 10. After an according-to phrase before the clause, a word whose ف is its own keeps it (§6.5: only the
    /// resumptive ف is left out, `فقد كانت` → `قد كانت`): round 12 kept فقدت and فتحوا only in the trailing form.
    @Test(arguments: [
        ("وبحسب المصادر، فقدت القوات السيطرة على المدينة.", "فقدت القوات السيطرة على المدينة"),
        ("وبحسب شهود عيان، فتحوا النار على المحتجين.", "فتحوا النار على المحتجين"),
        ("وبحسب المصادر، فرنسا سترسل قوات إضافية.", "فرنسا سترسل قوات إضافية"),
        ("وبحسب الوكالة، فلسطين تطالب بعقد جلسة طارئة.", "فلسطين تطالب بعقد جلسة طارئة"),
        // guards: the resumptive ف is still left out
        ("وبحسب المصادر، فقد كانت المفاوضات متعثرة.", "قد كانت المفاوضات متعثرة"),
        ("وبحسب المصادر، فهناك خلافات عميقة.", "هناك خلافات عميقة"),
        ("وبحسب التقرير، فالحكومة مسؤولة.", "الحكومة مسؤولة"),
        ("وبحسب الخبراء، فاستقرت أسعار الصرف بعد القرار.", "استقرت أسعار الصرف بعد القرار"),
    ])
    func ownFaAfterAnAccordingToPhrase(_ sentence: String, _ content: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.contains { $0.cue == "بحسب" && $0.content == content }, "\(found)")
    }

    /// 11. A noun whose و is its own keeps it in a trailing according-to Content (§6.5; the brief's وزير check of
    /// round 12's و rule): only a verb joined by و loses it.
    @Test(arguments: [
        ("وزير الخارجية سيزور موسكو، وفقا للوكالة.", "وزير الخارجية سيزور موسكو"),
        ("وجود القوات الأجنبية مرفوض، بحسب البيان.", "وجود القوات الأجنبية مرفوض"),
        // guards: a joined verb still loses its و
        ("وحمل الرئيس الحكومة المسؤولية، بحسب الصحيفة.", "حمل الرئيس الحكومة المسؤولية"),
        ("وانسحبت القوات من المدينة، بحسب شهود عيان.", "انسحبت القوات من المدينة"),
    ])
    func ownWawInATrailingAccordingToContent(_ sentence: String, _ content: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.contains { ($0.cue == "بحسب" || $0.cue == "وفقا ل") && $0.content == content }, "\(found)")
    }

    /// 1b. With no Source, a ل-word right after the cue is no Source, and a later ل-word of purpose no object:
    /// round 12 made `لوقف الحرب` the Source of `إنقاذ المدنيين`.
    @Test func purposeLamAfterALamWordIsNoObject() {
        let found = Fixture.attributions("ودعا لوقف الحرب لإنقاذ المدنيين.\n")
        #expect(!found.contains { $0.source == "لوقف الحرب" || $0.content == "إنقاذ المدنيين" }, "\(found)")
    }

    /// Guards: round 12's no-claim readings stay (bare figures and circumstances, كاشفة as a predicate, a
    /// relative verb on a medium).
    @Test(arguments: [
        "الأرقام تؤكد أن الاقتصاد يتعافى ببطء.",
        "وتؤكد الظروف الحالية أن الحل السياسي بات بعيدا.",
        "وجاءت الأرقام كاشفة عن حجم الأزمة.",
        "وصدر البيان الذي نشرته الصحيفة في بيان تابعته الوكالة.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }
}
