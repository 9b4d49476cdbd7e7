import Testing
@testable import Attribution

/// Cue families common in news beyond the seed article: sentences written for the tests in the style
/// of news (not from any corpus file).
@Suite("News cue coverage")
struct NewsCueCoverageTests {
    @Test(arguments: [
        ("ونوه رئيس الوزراء إلى أن الحكومة ستواصل دعم المزارعين.", "نوه", "رئيس الوزراء", "الحكومة ستواصل دعم المزارعين"),
        ("واعترف المسؤول بأن الخطة واجهت صعوبات كبيرة.", "اعترف", "المسؤول", "الخطة واجهت صعوبات كبيرة"),
        ("وأقر المتحدث بأن الأسعار ارتفعت خلال العام الماضي.", "أقر", "المتحدث", "الأسعار ارتفعت خلال العام الماضي"),
        ("ونبه الخبراء إلى أن موجة الحر ستستمر أياما.", "نبه", "الخبراء", "موجة الحر ستستمر أياما"),
        ("واستطرد المتحدث أن الوزارة لم تتلق أي طلب رسمي.", "استطرد", "المتحدث", "الوزارة لم تتلق أي طلب رسمي"),
        ("واختتم الرئيس كلمته بالقول إن المستقبل يحمل فرصا كثيرة.", "اختتم", "الرئيس", "المستقبل يحمل فرصا كثيرة"),
        ("وأردف السفير أن العلاقات بين البلدين متينة.", "أردف", "السفير", "العلاقات بين البلدين متينة"),
    ])
    func speechVerbsOfNews(sentence: String, cue: String, source: String, content: String) throws {
        let found = try Fixture.single(sentence)
        #expect(found.cue == cue && found.source == source && found.content == content)
        #expect(found.stance == "Assert" && found.form == "Indirect")
    }

    @Test(arguments: [
        ("اتهم وزير الداخلية المعارضة بأنها تسعى إلى زعزعة الاستقرار.", "اتهم", "تسعى إلى زعزعة الاستقرار"),
        ("وأبلغ السفير الصحفيين أن بلاده لن تغلق السفارة.", "أبلغ", "بلاده لن تغلق السفارة"),
        ("وناشدت المنظمة المجتمع الدولي بأن يتحرك لوقف النزاع.", "ناشدت", "يتحرك لوقف النزاع"),
    ])
    func verbsWithAnAddresseeOrObject(sentence: String, cue: String, content: String) throws {
        let found = try Fixture.single(sentence)
        #expect(found.cue == cue && found.content == content && found.stance == "Assert")
        #expect(found.source != nil)
    }

    @Test(arguments: [
        ("ولفتوا إلى أن الأسعار لم تتغير منذ أشهر.", "لفتوا"),
        ("وأوضحتا أن المشروع سيكتمل في الصيف.", "أوضحتا"),
        ("وشددتا على أن الحوار هو الحل الوحيد.", "شددتا"),
        ("وبينوا أن الخسائر تقدر بملايين الدولارات.", "بينوا"),
        ("وكشفتا أن المفاوضات متعثرة.", "كشفتا"),
        ("ويؤكدون أن الاتفاق سيصمد رغم الخلافات.", "يؤكدون"),
        ("وحذرا من أن الوضع الإنساني يتدهور بسرعة.", "حذرا"),
    ])
    func pluralFeminineAndDualForms(sentence: String, cue: String) throws {
        let found = try Fixture.single(sentence)
        #expect(found.cue == cue && found.source == nil && found.form == "Indirect")
    }

    @Test func agentlessAndPassiveReports() throws {
        let reports = try Fixture.single("وأفادت تقارير إعلامية بأن الاجتماع تأجل إلى الأسبوع المقبل.")
        #expect(reports.source == "تقارير إعلامية" && reports.content == "الاجتماع تأجل إلى الأسبوع المقبل")
        let sources = try Fixture.single("وقالت مصادر دبلوماسية إن الوفدين توصلا إلى تفاهم أولي.")
        #expect(sources.source == "مصادر دبلوماسية")
        let media = try Fixture.single("وذكرت وسائل إعلام محلية أن الحريق اندلع في مستودع قديم.")
        #expect(media.source == "وسائل إعلام محلية")
        let said = try Fixture.single("وقيل إن الوزير سيستقيل قبل نهاية الشهر.")
        #expect(said.cue == "قيل" && said.source == nil && said.content == "الوزير سيستقيل قبل نهاية الشهر")
        let reported = try Fixture.single("وأفيد بأن ثلاثة أشخاص أصيبوا في الحادث.")
        #expect(reported.cue == "أفيد" && reported.source == nil)
    }

    @Test(arguments: [
        ("وبحسب ما أكدته الوزارة، فإن عدد الإصابات تراجع.", "بحسب ما أكدته", "الوزارة", "عدد الإصابات تراجع"),
        ("وحسبما صرح به الوزير، فإن الميزانية ستعرض الشهر المقبل.", "حسبما صرح به", "الوزير", "الميزانية ستعرض الشهر المقبل"),
        ("ووفق ما نشرته الصحيفة، فإن المصنع أغلق أبوابه.", "وفق ما نشرته", "الصحيفة", "المصنع أغلق أبوابه"),
        ("ارتفعت أسعار الوقود بنسبة عشرة في المئة، حسبما أعلنت الشركة.", "حسبما أعلنت", "الشركة", "ارتفعت أسعار الوقود بنسبة عشرة في المئة"),
    ])
    func accordingToWithItsVerb(sentence: String, cue: String, source: String, content: String) throws {
        let found = try Fixture.single(sentence)
        #expect(found.cue == cue && found.source == source && found.content == content)
        #expect(found.stance == "Assert" && found.rule.hasPrefix("rule: according-hasabama/"))
    }

    @Test(arguments: [
        "وتجدر الإشارة إلى أن المدينة شهدت احتجاجات واسعة الشهر الماضي.",
        "وأدان الوزير الهجوم على القافلة.",
        "وطالبا الدكتوراه في الجامعة يعملان على المشروع منذ عامين.",
    ])
    func writersVoiceAndReactionsAreNotClaims(sentence: String) {
        #expect(Fixture.attributions(sentence + "\n").isEmpty)
    }
    @Test func occasionPhraseBeforeASpeechVerbIsNotItsOwnClaim() throws {
        let interview = try Fixture.single("وفي تصريح لقناة إخبارية، قال الوزير إن الحكومة لن تتراجع.")
        #expect(interview.cue == "قال" && interview.source == "الوزير" && interview.content == "الحكومة لن تتراجع")
        let medium = try Fixture.single("وقال وزير المالية في تصريح لوكالة الأنباء الرسمية إن العجز سيتراجع.")
        #expect(medium.cue == "قال" && medium.source == "وزير المالية" && medium.content == "العجز سيتراجع")
    }

    @Test func statementOfAnInstitutionGovernsItsClause() throws {
        let found = try Fixture.single("وفي بيان لوزارة الصحة، فإن عدد الإصابات بلغ مئة حالة.")
        #expect(found.cue == "في بيان ل" && found.source == "وزارة الصحة" && found.content == "عدد الإصابات بلغ مئة حالة")
    }
}
