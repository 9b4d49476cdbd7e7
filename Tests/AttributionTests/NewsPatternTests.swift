import Testing
@testable import Attribution

/// Patterns met when the extractor was run on unseen news of several outlets and countries; every
/// sentence is written for these tests (paraphrased, not copied) and asserts the spans, Stance and
/// Form the guidelines prescribe.
@Suite("News patterns from unseen outlets")
struct NewsPatternTests {

    /// `وأضاف أن "…"، مبينا أن …`: a quotation that is the whole reported clause stays Direct, marks
    /// outside, when the comma after it opens another attribution.
    @Test func quotedClauseBeforeAParticipleIsDirect() throws {
        let found = Fixture.attributions("وأضاف المتحدث أن \"اللجنة أنهت أعمالها في الموعد المحدد\"، مبينا أن التقرير سيعلن غدا.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "أضاف" && found[0].source == "المتحدث")
        #expect(found[0].content == "اللجنة أنهت أعمالها في الموعد المحدد")
        #expect(found[0].stance == "Assert" && found[0].form == "Direct")
        #expect(found[1].cue == "مبينا" && found[1].source == nil && found[1].content == "التقرير سيعلن غدا")
    }

    /// `قال … إن … مشيرا إلى أن …` without a comma: the participle with its complementizer opens its own clause.
    @Test func participleWithoutCommaEndsTheClause() throws {
        let found = Fixture.attributions("وقال رئيس البلدية إن الطرق ستفتح صباح الغد مشيرا إلى أن فرق الصيانة أنهت عملها.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "رئيس البلدية" && found[0].content == "الطرق ستفتح صباح الغد")
        #expect(found[1].cue == "مشيرا" && found[1].source == nil && found[1].content == "فرق الصيانة أنهت عملها")
    }

    /// `قالت X: CLAUSE، مشيرة إلى أن …`: unquoted colon content ends before a participle's comma.
    @Test func colonContentEndsBeforeAParticiple() throws {
        let found = Fixture.attributions("وقال السفير: بلاده مستعدة لاستئناف المفاوضات، مشيرا إلى أن الجولة المقبلة ستعقد في جنيف.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "السفير" && found[0].content == "بلاده مستعدة لاستئناف المفاوضات")
        #expect(found[1].cue == "مشيرا" && found[1].content == "الجولة المقبلة ستعقد في جنيف")
    }

    /// `ولفت إلى أن "…"، وأكد أن …`: the same before a coordinated cue.
    @Test func quotedClauseBeforeACoordinatedCueIsDirect() throws {
        let found = Fixture.attributions("ولفت الوزير إلى أن \"الموازنة تحتاج إلى مراجعة شاملة\"، وأكد أن الرواتب ستصرف كاملة.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "لفت" && found[0].content == "الموازنة تحتاج إلى مراجعة شاملة" && found[0].form == "Direct")
        #expect(found[1].cue == "أكد" && found[1].content == "الرواتب ستصرف كاملة" && found[1].form == "Indirect")
    }

    /// One sentence with one attribution: the pattern it shows, and the spans, Stance and Form the
    /// guidelines prescribe (Source nil when implied).
    struct Case: CustomTestStringConvertible, Sendable {
        var pattern: String
        var sentence: String
        var cue: String
        var source: String?
        var content: String
        var stance = "Assert"
        var form = "Indirect"
        var testDescription: String { pattern }
    }

    static let singles: [Case] = [
        // the name علي after a title is the Source's apposition, not the على of على حد قول
        Case(pattern: "title، علي NAME، إن", sentence: "قال المتحدث الرسمي باسم الحكومة، علي الخطيب، إن الحكومة ستعقد جلسة طارئة على وجه السرعة.",
             cue: "قال", source: "المتحدث الرسمي باسم الحكومة، علي الخطيب", content: "الحكومة ستعقد جلسة طارئة على وجه السرعة"),
        // a compound name with عبد keeps its definite second part
        Case(pattern: "title، NAME عبد الكريم، أن", sentence: "أعلن وزير النقل، سامي عبد الكريم، أن الطريق سيفتتح الشهر المقبل.",
             cue: "أعلن", source: "وزير النقل، سامي عبد الكريم", content: "الطريق سيفتتح الشهر المقبل"),
        // the medium the source spoke to stays outside the Source
        Case(pattern: "قالت مصادر لرويترز إن", sentence: "وقالت مصادر دبلوماسية لرويترز إن المحادثات ستستأنف الأسبوع المقبل.",
             cue: "قالت", source: "مصادر دبلوماسية", content: "المحادثات ستستأنف الأسبوع المقبل"),
        Case(pattern: "قال مسؤول للوكالة إن", sentence: "وقال مسؤول أمني للوكالة إن الهجوم لم يسفر عن إصابات.",
             cue: "قال", source: "مسؤول أمني", content: "الهجوم لم يسفر عن إصابات"),
        // an object word right after a denial leaves the Source to the context (omitted)
        Case(pattern: "ونفى وجود …", sentence: "ونفى وجود أي خلافات داخل الحكومة.",
             cue: "نفى", source: nil, content: "وجود أي خلافات داخل الحكومة", stance: "Deny"),
        // a headline denial takes its object before the colon
        Case(pattern: "X تنفي OBJECT: …", sentence: "الداخلية تنفي سقوط قتلى في الاشتباك: إصابات طفيفة فقط",
             cue: "تنفي", source: "الداخلية", content: "سقوط قتلى في الاشتباك", stance: "Deny"),
        // لفت إلى with a noun phrase: that object is the Content
        Case(pattern: "لافتا إلى NOUN", sentence: "وشكر المواطنين على تعاونهم، لافتا إلى استمرار عمليات البحث عن المفقودين.",
             cue: "لافتا", source: nil, content: "استمرار عمليات البحث عن المفقودين"),
        // لكن with a pronoun opens a new clause: the second verb is the cue
        Case(pattern: "…، لكنها توقعت أن", sentence: "ولم تحدد الشركة موعد الإطلاق، لكنها توقعت أن يكون قبل نهاية العام.",
             cue: "توقعت", source: nil, content: "يكون قبل نهاية العام", stance: "Hedge"),
        // a place after في belongs to a definite subject before its cue
        Case(pattern: "X في PLACE نفت OBJECT", sentence: "وزارة الصحة في غزة نفت الأنباء المتداولة عن إغلاق المستشفى.",
             cue: "نفت", source: "وزارة الصحة في غزة", content: "الأنباء المتداولة عن إغلاق المستشفى", stance: "Deny"),
        // زعم with a noun object, like ادعى
        Case(pattern: "زعمت X NOUN", sentence: "وزعمت حسابات معارضة سقوط طائرة حربية قرب الحدود.",
             cue: "زعمت", source: "حسابات معارضة", content: "سقوط طائرة حربية قرب الحدود", stance: "Allege"),
        // sixth round: a dateline before a cue that has its own Source is no headline colon
        Case(pattern: "CITY – وكالات: قالت X إن", sentence: "عمّان – وكالات: قالت هيئة الطيران المدني إن الرحلات ستستأنف صباح الغد.",
             cue: "قالت", source: "هيئة الطيران المدني", content: "الرحلات ستستأنف صباح الغد"),
        Case(pattern: "OUTLET: أعلنت X OBJECT", sentence: "صحيفة الأيام: أعلنت وزارة التربية تأجيل الامتحانات أسبوعا",
             cue: "أعلنت", source: "وزارة التربية", content: "تأجيل الامتحانات أسبوعا"),
        // شدد with a Source after it, and a hedge in a headline, take an object that opens with a claim word
        Case(pattern: "شدد X على ضرورة", sentence: "وشدد محافظ البنك المركزي على ضرورة ضبط الإنفاق العام.",
             cue: "شدد", source: "محافظ البنك المركزي", content: "ضرورة ضبط الإنفاق العام"),
        Case(pattern: "HEADLINE X يتوقع نمو …", sentence: "البنك الدولي يتوقع نمو الاقتصاد المغربي 3 بالمئة",
             cue: "يتوقع", source: "البنك الدولي", content: "نمو الاقتصاد المغربي 3 بالمئة", stance: "Hedge"),
        // تحدث "occurs" inside a clause is no cue; تحدث before a colon still is
        Case(pattern: "… تحدث (occurs) …", sentence: "وقالت الطبيبة إن نوبات الحساسية تحدث عادة في فصل الربيع.",
             cue: "قالت", source: "الطبيبة", content: "نوبات الحساسية تحدث عادة في فصل الربيع"),
        Case(pattern: "… تحدث (occurs) … أن …", sentence: "وأكد المدير أن الزيادات تحدث بالتوازي مع حقيقة أن الفحوص تراجعت.",
             cue: "أكد", source: "المدير", content: "الزيادات تحدث بالتوازي مع حقيقة أن الفحوص تراجعت"),
        Case(pattern: "تحدث عن “…” (a topic)", sentence: "وقال الناطق إن القائد تحدث عن “انتصارات وهمية” في المدينة.",
             cue: "قال", source: "الناطق", content: "القائد تحدث عن “انتصارات وهمية” في المدينة", form: "Mixed"),
        Case(pattern: "تحدث X: \"…\"", sentence: "وتحدث المدرب للصحفيين: \"اللاعبون قدموا مباراة كبيرة\".",
             cue: "تحدث", source: "المدرب", content: "اللاعبون قدموا مباراة كبيرة", form: "Direct"),
        // a question keeps its question word
        Case(pattern: "تساءل X، كيف …", sentence: "وتساءل المحامي مستغربا، كيف يمكن للشاهد أن يتذكر كل هذه التفاصيل.",
             cue: "تساءل", source: "المحامي", content: "كيف يمكن للشاهد أن يتذكر كل هذه التفاصيل"),
        Case(pattern: "تساءل X هل …", sentence: "وتساءل النائب هل ستفي الوزارة بوعودها؟",
             cue: "تساءل", source: "النائب", content: "هل ستفي الوزارة بوعودها"),
        // تعهد right after أن is the verbal noun "pledge", no second claim
        Case(pattern: "أن تعهد X بـ … (a noun)", sentence: "وأكد النائب أن تعهد الحكومة بخفض الأسعار لم ينفذ بعد.",
             cue: "أكد", source: "النائب", content: "تعهد الحكومة بخفض الأسعار لم ينفذ بعد"),
        // وفقا لما + a verb that is no cue: "in line with what the plan contained", nobody cited
        Case(pattern: "… وفقا لما تضمنته …", sentence: "وأكد المحافظ أن المشاريع ستنفذ وفقا لما تضمنته خطة التنمية.",
             cue: "أكد", source: "المحافظ", content: "المشاريع ستنفذ وفقا لما تضمنته خطة التنمية"),
        // a cue-shaped noun in construct after a comma (طريقة نقل "way of transport") does not end the clause
        Case(pattern: "…، وخاصة NOUN نقل …", sentence: "وأضاف المدير أن بعض البنود تحتاج إلى مراجعة، وخاصة طريقة نقل البضائع.",
             cue: "أضاف", source: "المدير", content: "بعض البنود تحتاج إلى مراجعة، وخاصة طريقة نقل البضائع"),
        // وفقا للقوانين "in line with the laws" cites nobody
        Case(pattern: "… وفقا للقوانين …", sentence: "وأوضح المدير أن التراخيص ستمنح وفقا للقوانين المعمول بها.",
             cue: "أوضح", source: "المدير", content: "التراخيص ستمنح وفقا للقوانين المعمول بها"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try Self.check(expected)
    }

    /// Checks that `expected.sentence` has exactly the one attribution `expected` describes.
    static func check(_ expected: Case) throws {
        let found = try Fixture.single(expected.sentence)
        #expect(found.cue == expected.cue)
        #expect(found.source == expected.source)
        #expect(found.content == expected.content)
        #expect(found.stance == expected.stance && found.form == expected.form)
    }

    /// `كتب- فلان:` on its own line is the writer's credit (a byline), no claim; the claim follows.
    @Test func bylineIsNoClaim() throws {
        let found = Fixture.attributions("كتب- سمير حلمي:\n\nوقال المحافظ إن المدارس ستفتح أبوابها الأحد.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "المحافظ" && found[0].content == "المدارس ستفتح أبوابها الأحد")
    }

    /// `… ووفق جدول زمني …`: وفق joined by و inside a clause coordinates a circumstance, it cites nobody;
    /// at a clause start it still cites (`ووفق الوزارة، فإن …`).
    @Test func coordinatedWifqInsideAClauseCitesNobody() throws {
        let found = Fixture.attributions("وأشار إلى أن الأعمال تسير بانتظام ووفق جدول زمني محدد سلفا.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == "أشار" && found[0].content == "الأعمال تسير بانتظام ووفق جدول زمني محدد سلفا")
        let cited = try Fixture.single("ووفق الوزارة، فإن الأعمال تسير بانتظام.")
        #expect(cited.cue == "وفق" && cited.source == "الوزارة" && cited.content == "الأعمال تسير بانتظام")
    }

    /// `وأضاف «…»` after a closed quotation and a full stop: the new quotation alone, not a split one.
    @Test func quotationAfterASentenceIsNotSplit() throws {
        let found = Fixture.attributions("وقال الوزير في بيان، «الوضع مستقر تماما في العاصمة». وأضاف «سنواصل العمل حتى عودة الحياة إلى طبيعتها».\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[1].cue == "أضاف" && found[1].source == nil && found[1].form == "Direct")
        #expect(found[1].content == "سنواصل العمل حتى عودة الحياة إلى طبيعتها")
    }

    /// `مؤكدا "…"` right after a quotation and a comma: the participle's own quotation.
    @Test func participleQuotationIsItsOwn() throws {
        let found = Fixture.attributions("وقال المتحدث إنها \"أنباء مختلقة بالكامل\"، مؤكدا \"زيف هذه الروايات من أساسها\".\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[1].cue == "مؤكدا" && found[1].content == "زيف هذه الروايات من أساسها" && found[1].form == "Direct")
    }

    /// `داعيا إلى بذل …`: after the governed إلى, the ب of بذل belongs to the word.
    @Test func governedPrepositionKeepsTheNextWordWhole() throws {
        let all = Fixture.attributions("وحذر من تفاقم الأزمة، داعيا إلى بذل جهود دولية عاجلة.\n")
        let found = try #require(all.first { $0.cue == "داعيا" }, "\(all)")
        #expect(found.cue == "داعيا" && found.source == nil && found.content == "بذل جهود دولية عاجلة")
        #expect(found.stance == "Assert" && found.form == "Indirect")
    }

    /// `تسير وفق المعتاد`، `تتفاوت حسب المنطقة`: bare وفق/حسب inside a clause cite nobody.
    @Test func bareWifqInsideAClauseCitesNobody() throws {
        let found = Fixture.attributions("وأكد المدير أن الرحلات تسير وفق المعتاد.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == "أكد" && found[0].content == "الرحلات تسير وفق المعتاد")
        #expect(Fixture.attributions("وتتفاوت الأسعار حسب المنطقة.\n").isEmpty)
    }

    /// `وتشير دراسة …، صدرت الاثنين، إلى …`: when the Source came out, set off by commas, is no apposition
    /// of it, before an object Content or a reported clause.
    @Test(arguments: [
        ("وتشير دراسة للمندوبية السامية، صدرت الاثنين، إلى تخطي نسبة البطالة عشرين في المئة.\n", "تشير", "دراسة للمندوبية السامية"),
        ("وقال تقرير للأمم المتحدة، صدر اليوم، إن الوضع الإنساني خطير.\n", "قال", "تقرير للأمم المتحدة"),
        ("وأكدت دراسة جامعية، صادرة عن كلية الطب، أن التدخين يضر القلب.\n", "أكدت", "دراسة جامعية"),
    ])
    func whenTheSourceCameOutEndsIt(text: String, cue: String, source: String) throws {
        let found = Fixture.attributions(text)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == cue && found[0].source == source)
    }
}
