import Testing
@testable import Attribution

/// Constructions found missing or misread in a twelfth batch of unseen news (Palestinian, Egyptian, Iraqi,
/// Libyan, Iranian, Jordanian and Bahraini outlets); every sentence is written for these tests.
@Suite("Unseen news, twelfth round")
struct UnseenNewsRoundTwelveTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // the statement the speaker made, with ب, is the medium, no part of the Source
        Case(pattern: "قال X بتصريح لـ… إن", sentence: "وقال المتحدث باسم الوزارة بتصريح للإعلام الرسمي إن الإمدادات مستمرة.",
             cue: "قال", source: "المتحدث باسم الوزارة", content: "الإمدادات مستمرة"),
        // وفق إفادة is one according-to cue, like على حد قول
        Case(pattern: "CLAUSE، وفق إفادة X", sentence: "غادر الموظفون المبنى قبل الهجوم، وفق إفادة الشرطة.",
             cue: "وفق إفادة", source: "الشرطة", content: "غادر الموظفون المبنى قبل الهجوم"),
        // a connective phrase set off by a comma stays outside the clause a trailing according-to governs
        Case(pattern: "إلى ذلك، CLAUSE، بحسب X", sentence: "إلى ذلك، ارتفعت أسعار الخبز بنسبة كبيرة، بحسب غرفة التجارة.",
             cue: "بحسب", source: "غرفة التجارة", content: "ارتفعت أسعار الخبز بنسبة كبيرة"),
        Case(pattern: "من جهته، CLAUSE، وفق X", sentence: "من جهته، تراجع عدد الزوار هذا العام، وفق هيئة السياحة.",
             cue: "وفق", source: "هيئة السياحة", content: "تراجع عدد الزوار هذا العام"),
        // a quotation that opens with the complementizer: the Content starts after it, still Direct
        Case(pattern: "قالت X، “إن …”", sentence: "وقالت الشركة في بيانها، “إن الإمدادات ستعود خلال يومين”.",
             cue: "قالت", source: "الشركة", content: "الإمدادات ستعود خلال يومين", form: "Direct"),
        // المسؤولية opens the object of a denial after its Source
        Case(pattern: "تنفي X المسؤولية عن", sentence: "وتنفي الحكومتان المسؤولية عن الهجوم.",
             cue: "تنفي", source: "الحكومتان", content: "المسؤولية عن الهجوم", stance: "Deny"),
        Case(pattern: "نفت X المسئولية عن", sentence: "ونفت الحركة المسئولية عن التفجير.",
             cue: "نفت", source: "الحركة", content: "المسئولية عن التفجير", stance: "Deny"),
        // a relative verb with a pronoun on the medium (في بيان تابعته الوكالة) is set off, the object follows
        Case(pattern: "أكدت X، في بيان تابعته Y، OBJECT", sentence: "وأكدت الشركة، في بيان تابعته الوكالة، عدم وجود أي تسرب.",
             cue: "أكدت", source: "الشركة", content: "عدم وجود أي تسرب"),
        // a complement coordinated after a comma (، وأنها …) belongs to the same object Content
        Case(pattern: "أكدت X OBJECT، وأنها …", sentence: "وأكدت الوزارة عدم وجود إصابات، وأنها تتابع الوضع عن كثب.",
             cue: "أكدت", source: "الوزارة", content: "عدم وجود إصابات، وأنها تتابع الوضع عن كثب"),
        // a place after في, then a time, then the object: the place is the Source's, the time no one's
        Case(pattern: "نفت X في PLACE TIME OBJECT", sentence: "ونفت وزارة الصحة في غزة اليوم الأحد الأنباء المتداولة عن نقص الأدوية.",
             cue: "نفت", source: "وزارة الصحة في غزة", content: "الأنباء المتداولة عن نقص الأدوية", stance: "Deny"),
        // without the time the object still follows the place (as before)
        Case(pattern: "نفى X في PLACE OBJECT", sentence: "ونفى مصدر في البلدية الخبر المتداول عن إغلاق السوق.",
             cue: "نفى", source: "مصدر في البلدية", content: "الخبر المتداول عن إغلاق السوق", stance: "Deny"),
        // a party named in quotation marks is a name: the Content stays Indirect
        Case(pattern: "إن … \"حزب …\" …", sentence: "وقال الوزير إن الحكومة ستواجه \"حزب العمال الكردستاني\" بحزم.",
             cue: "قال", source: "الوزير", content: "الحكومة ستواجه \"حزب العمال الكردستاني\" بحزم"),
        Case(pattern: "عملية \"…\" in a Content", sentence: "وأكد الوزير أن الجيش أنهى عملية \"درع الفرات\" بنجاح.",
             cue: "أكد", source: "الوزير", content: "الجيش أنهى عملية \"درع الفرات\" بنجاح"),
        // a quoted phrase that is no name still makes it Mixed
        Case(pattern: "إن \"…\" في أن …", sentence: "وقال مسؤولون إنه \"لا شك\" في أن الهجوم مدبر.",
             cue: "قال", source: "مسؤولون", content: "\"لا شك\" في أن الهجوم مدبر", form: "Mixed"),
        // an according-to phrase with a relative clause set off by commas: the clause starts after فإن
        Case(pattern: "ووفقا لـ X، RELATIVE، فإن", sentence: "ووفقا لتقرير، صدر أمس عن المنظمة، فإن الفقر ارتفع.",
             cue: "وفقا ل", source: "تقرير", content: "الفقر ارتفع"),
        // دعا لـ like دعا إلى, with an addressee in construct (وسائل الإعلام) left out of the Source
        Case(pattern: "دعت X وسائل الإعلام لـ…", sentence: "ودعت الوزارة وسائل الإعلام لاستقاء المعلومات من مصادرها الرسمية.",
             cue: "دعت", source: "الوزارة", content: "استقاء المعلومات من مصادرها الرسمية"),
        Case(pattern: "دعت X وسائل الإعلام إلى", sentence: "ودعت الوزارة وسائل الإعلام إلى توخي الدقة.",
             cue: "دعت", source: "الوزارة", content: "توخي الدقة"),
        Case(pattern: "دعا X لـ…", sentence: "ودعا الوزير لوقف إطلاق النار فورا.",
             cue: "دعا", source: "الوزير", content: "وقف إطلاق النار فورا"),
        // أشار لـ like أشار إلى: after a Source before the cue, the ل-word right after it opens the object
        Case(pattern: "X تشير لـ… (headline)", sentence: "تقارير تشير لإخفاء الأسد بعض أسلحته",
             cue: "تشير", source: "تقارير", content: "إخفاء الأسد بعض أسلحته"),
        Case(pattern: "أشار X لـ…", sentence: "وأشار الوزير لوجود خلافات داخل الحكومة.",
             cue: "أشار", source: "الوزير", content: "وجود خلافات داخل الحكومة"),
        Case(pattern: "أشارت لجنة X إلى", sentence: "وأشارت لجنة التحقيق إلى وجود ثغرات.",
             cue: "أشارت", source: "لجنة التحقيق", content: "وجود ثغرات"),
        // a Source that starts with ل right after the cue stays the Source (لجنة, not ل + جنة)
        Case(pattern: "دعت لجنة X إلى", sentence: "ودعت لجنة الانتخابات إلى المشاركة الواسعة.",
             cue: "دعت", source: "لجنة الانتخابات", content: "المشاركة الواسعة"),
        Case(pattern: "دعا لبنان إلى", sentence: "ودعا لبنان إلى وقف إطلاق النار.",
             cue: "دعا", source: "لبنان", content: "وقف إطلاق النار"),
        // وسائل الإعلام as the speaker is the Source
        Case(pattern: "قالت وسائل الإعلام إن", sentence: "وقالت وسائل الإعلام الرسمية إن الرئيس وصل.",
             cue: "قالت", source: "وسائل الإعلام الرسمية", content: "الرئيس وصل"),
        // the writer's framing after a comma (، وذلك في ظل …، ويأتي ذلك …) ends the reported clause
        Case(pattern: "إن …، وذلك في ظل", sentence: "وقالت المتحدثة إن عدد القتلى بلغ 935، وذلك في ظل العدوان الذي استمر 12 يوما.",
             cue: "قالت", source: "المتحدثة", content: "عدد القتلى بلغ 935"),
        Case(pattern: "إن …، ويأتي ذلك", sentence: "وقال الوزير إن الاتفاق صامد، ويأتي ذلك بعد أسبوع من التوتر.",
             cue: "قال", source: "الوزير", content: "الاتفاق صامد"),
        // a reason after a comma without و stays inside (GUIDELINES 6.3)
        Case(pattern: "إن …، وذلك بسبب", sentence: "وقال الوزير إن الرحلات ألغيت، وذلك بسبب سوء الأحوال الجوية.",
             cue: "قال", source: "الوزير", content: "الرحلات ألغيت، وذلك بسبب سوء الأحوال الجوية"),
        // an elative's noun inside a Content stays part of it
        Case(pattern: "قال إن … أكثر حذرا", sentence: "وقال إن الروس أكثر حذرا.",
             cue: "قال", source: nil, content: "الروس أكثر حذرا"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no attribution.
    @Test(arguments: [
        "والروس أكثر حذرا في اتصالاتهم.",                                  // حذرا after an elative: a noun
        "وكان الوزير أشد تأكيدا على موقفه من غيره.",
        "وصدر البيان الذي نشرته الصحيفة في بيان تابعته الوكالة.",           // تابعته "followed"
        "وسعت الحكومة إلى حل الأزمة وفقا للبعد الإنساني.",                   // وفقا للبعد: "in line with"
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `شبكة (سي إن إن)`: إن inside a bracketed name is no complementizer; the relay and its speaker follow.
    @Test func bracketedNameKeepsItsInn() throws {
        let found = Fixture.attributions("ونقلت شبكة (سي إن إن) الأمريكية عن مسؤول بارز أن المحادثات انهارت.\n")
        try #require(found.count == 2, "\(found)")
        let published = try #require(found.first { $0.cue == "نقلت" }, "\(found)")
        #expect(published.source == "شبكة (سي إن إن) الأمريكية" && published.content == "المحادثات انهارت", "\(published)")
        let relayed = try #require(found.first { $0.cue == "عن" }, "\(found)")
        #expect(relayed.source == "مسؤول بارز" && relayed.content == "المحادثات انهارت", "\(relayed)")
    }

    /// A quotation left open ends before a line whose first quotation mark opens a new one after its first
    /// word (`وقال المصدر لإذاعة “صوت الشعب” …`), not at the closing mark of that line's name.
    @Test func openQuotationEndsBeforeANewQuotedLine() throws {
        let found = Fixture.attributions("وكان مصدر مسؤول قال إنه “سيتم صرف الرواتب الأسبوع المقبل.\n\nوقال المصدر لإذاعة “صوت الشعب” المحلية “لن يتم خصم أي مبلغ.”\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].content == "سيتم صرف الرواتب الأسبوع المقبل" && found[0].form == "Direct", "\(found[0])")
        #expect(found[1].source == "المصدر" && found[1].content == "لن يتم خصم أي مبلغ", "\(found[1])")
    }

    /// A relative pronoun with ل (`للذين`) before a cue is no Source of it.
    @Test func relativeWithLamIsNoSource() throws {
        let found = Fixture.attributions("وقال الوزير: \"أقول للذين يتهموننا ببيع حلب.. لماذا نبيع حلب؟\".\n")
        let accused = try #require(found.first { $0.cue == "يتهموننا" }, "\(found)")
        #expect(accused.source == nil, "\(accused)")
    }

    /// A subject inside what a speaker said (`لم يتحدث مسؤولون آخرون`) is no Source of his next coordinated cue.
    @Test func subjectInsideAContentIsNotPending() throws {
        let found = Fixture.attributions("وقال المسؤول إنه لم يتحدث مسؤولون آخرون عن الحادث، وأوضح أن التحقيق مستمر.\n")
        let explained = try #require(found.first { $0.cue == "أوضح" }, "\(found)")
        #expect(explained.source == nil && explained.content == "التحقيق مستمر", "\(explained)")
        // a subject outside any Content still carries over (وخاطب الرئيس الحضور وقال إن …)
        let addressed = try Fixture.single("وخاطب الرئيس الحضور وقال إن المرحلة صعبة.")
        #expect(addressed.cue == "قال" && addressed.source == "الرئيس", "\(addressed)")
    }
}
