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

    /// `ولفت إلى أن "…"، وأكد أن …`: the same before a coordinated cue.
    @Test func quotedClauseBeforeACoordinatedCueIsDirect() throws {
        let found = Fixture.attributions("ولفت الوزير إلى أن \"الموازنة تحتاج إلى مراجعة شاملة\"، وأكد أن الرواتب ستصرف كاملة.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "لفت" && found[0].content == "الموازنة تحتاج إلى مراجعة شاملة" && found[0].form == "Direct")
        #expect(found[1].cue == "أكد" && found[1].content == "الرواتب ستصرف كاملة" && found[1].form == "Indirect")
    }

    /// `قال وزير …، علي …، إن`: the name علي after a title is the Source's apposition, not على حد قول.
    @Test func nameAliAfterATitleStaysInTheSource() throws {
        let found = try Fixture.single("قال المتحدث الرسمي باسم الحكومة، علي الخطيب، إن الحكومة ستعقد جلسة طارئة على وجه السرعة.")
        #expect(found.cue == "قال" && found.source == "المتحدث الرسمي باسم الحكومة، علي الخطيب")
        #expect(found.content == "الحكومة ستعقد جلسة طارئة على وجه السرعة")
        #expect(found.stance == "Assert" && found.form == "Indirect")
    }

    /// `أعلن وزير …، محمد عبد الستار …، أنه`: a compound name with عبد keeps its definite second part.
    @Test func compoundNameWithAbdStaysWhole() throws {
        let found = try Fixture.single("أعلن وزير النقل، سامي عبد الكريم، أن الطريق سيفتتح الشهر المقبل.")
        #expect(found.cue == "أعلن" && found.source == "وزير النقل، سامي عبد الكريم")
        #expect(found.content == "الطريق سيفتتح الشهر المقبل" && found.form == "Indirect")
    }

    /// `قالت مصادر لرويترز إن`، `قال دبلوماسي للوكالة إن`: the medium the source spoke to is outside.
    @Test func mediumAfterTheSourceIsOutside() throws {
        let reuters = try Fixture.single("وقالت مصادر دبلوماسية لرويترز إن المحادثات ستستأنف الأسبوع المقبل.")
        #expect(reuters.cue == "قالت" && reuters.source == "مصادر دبلوماسية")
        #expect(reuters.content == "المحادثات ستستأنف الأسبوع المقبل")
        let agency = try Fixture.single("وقال مسؤول أمني للوكالة إن الهجوم لم يسفر عن إصابات.")
        #expect(agency.source == "مسؤول أمني" && agency.content == "الهجوم لم يسفر عن إصابات")
    }

    /// `ونفى وجود …`: an object word right after a denial leaves the Source to the context (omitted).
    @Test func denialWithObjectWordRightAfterHasNoSource() throws {
        let found = try Fixture.single("ونفى وجود أي خلافات داخل الحكومة.")
        #expect(found.cue == "نفى" && found.source == nil && found.content == "وجود أي خلافات داخل الحكومة")
        #expect(found.stance == "Deny" && found.form == "Indirect")
    }

    /// Headline `الصحة تنفي حدوث …: تمرين`: a denial takes its object before the colon.
    @Test func headlineDenialBeforeAColonTakesItsObject() throws {
        let found = try Fixture.single("الداخلية تنفي سقوط قتلى في الاشتباك: إصابات طفيفة فقط")
        #expect(found.cue == "تنفي" && found.source == "الداخلية" && found.content == "سقوط قتلى في الاشتباك")
        #expect(found.stance == "Deny" && found.form == "Indirect")
    }

    /// `لافتا إلى استمرار …`: لفت إلى with a noun phrase is a claim with that object as Content.
    @Test func lafataWithANounObject() throws {
        let found = try Fixture.single("وشكر المواطنين على تعاونهم، لافتا إلى استمرار عمليات البحث عن المفقودين.")
        #expect(found.cue == "لافتا" && found.source == nil)
        #expect(found.content == "استمرار عمليات البحث عن المفقودين")
        #expect(found.stance == "Assert" && found.form == "Indirect")
    }

    /// `…، لكنها توقعت أن …`: لكن with a pronoun opens a new clause; the second verb is the cue, Hedge.
    @Test func lakinnahaOpensANewClause() throws {
        let found = try Fixture.single("ولم تحدد الشركة موعد الإطلاق، لكنها توقعت أن يكون قبل نهاية العام.")
        #expect(found.cue == "توقعت" && found.source == nil && found.content == "يكون قبل نهاية العام")
        #expect(found.stance == "Hedge" && found.form == "Indirect")
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

    /// `زعمت حسابات … سقوط …`: زعم with a noun object is an allegation with that object as Content.
    @Test func zaamaWithANounObject() throws {
        let found = try Fixture.single("وزعمت حسابات معارضة سقوط طائرة حربية قرب الحدود.")
        #expect(found.cue == "زعمت" && found.source == "حسابات معارضة")
        #expect(found.content == "سقوط طائرة حربية قرب الحدود")
        #expect(found.stance == "Allege" && found.form == "Indirect")
    }
}
