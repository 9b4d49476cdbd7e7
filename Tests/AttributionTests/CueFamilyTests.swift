import Testing
@testable import Attribution

/// Sentences written for the tests (not from the corpus), one construction or family each.
@Suite("Cue families and constructions")
struct CueFamilyTests {
    @Test(arguments: ["أكد", "اكد", "أكّد", "وأكد", "فأكد", "وأكدت", "يؤكد", "وتؤكد"])
    func oneEntryMatchesEveryInflectionAndClitic(verb: String) throws {
        let found = try Fixture.single("\(verb) الوزير أن الحكومة ماضية في الإصلاحات.")
        #expect(found.cue == verb.replacingOccurrences(of: "^[وف]", with: "", options: .regularExpression))
        #expect(found.source == "الوزير" && found.content == "الحكومة ماضية في الإصلاحات")
        #expect(found.stance == "Assert" && found.form == "Indirect" && found.rule == "rule: speech-akkada/verb-that")
    }

    @Test func speechVerbSubjectAndSubjectVerb() throws {
        let vs = try Fixture.single("قال وزير الخارجية الأردني أيمن الصفدي إن المفاوضات ستستأنف الأسبوع المقبل.")
        #expect(vs.source == "وزير الخارجية الأردني أيمن الصفدي" && vs.content == "المفاوضات ستستأنف الأسبوع المقبل")
        let sv = try Fixture.single("الرئيس الفرنسي أكد أن بلاده لن تتراجع.")
        #expect(sv.source == "الرئيس الفرنسي" && sv.content == "بلاده لن تتراجع")
        let sources = try Fixture.single("وقالت مصادر مطلعة لـ\"الشرق الأوسط\" إن الوفد سيصل غدا.")
        #expect(sources.cue == "قالت" && sources.content == "الوفد سيصل غدا")
        #expect(sources.source?.hasPrefix("مصادر مطلعة") == true)
        let addressee = try Fixture.single("وقال مصدر مسؤول لوكالة الأنباء الرسمية إن الهجوم أسفر عن مقتل ثلاثة جنود.")
        #expect(addressee.source == "مصدر مسؤول" && addressee.content == "الهجوم أسفر عن مقتل ثلاثة جنود")
        let occasion = try Fixture.single("قال المتحدث باسم الخارجية الأمريكية نيد برايس، خلال مؤتمر صحفي، إن واشنطن تدرس الخيارات.")
        #expect(occasion.source == "المتحدث باسم الخارجية الأمريكية نيد برايس")
        let medium = try Fixture.single("وكتب الرئيس على حسابه في تويتر: \"شكرا لكل من وقف معنا\".")
        #expect(medium.source == "الرئيس" && medium.content == "شكرا لكل من وقف معنا" && medium.form == "Direct")
    }

    @Test func implicitSourcesAndParticiples() throws {
        let added = try Fixture.single("وأضاف أن الاجتماع سيعقد في عمان.")
        #expect(added.cue == "أضاف" && added.source == nil)
        let saying = try Fixture.single("وتابع قائلاً: \"لن نقبل بأي تسوية لا تحفظ حقوقنا\".")
        #expect(saying.cue == "قائلاً" && saying.source == nil && saying.form == "Direct")
        #expect(saying.content == "لن نقبل بأي تسوية لا تحفظ حقوقنا")
        let pointing = try Fixture.single("وأشار التقرير إلى أن معدلات الفقر ارتفعت.")
        #expect(pointing.cue == "أشار" && pointing.source == "التقرير" && pointing.content == "معدلات الفقر ارتفعت")
    }

    @Test func quotationBeforeItsCue() throws {
        let found = try Fixture.single("\"الوضع خطير\"، قال الوزير.")
        #expect(found.cue == "قال" && found.source == "الوزير" && found.content == "الوضع خطير" && found.form == "Direct")
    }

    @Test func quotationSplitByItsCueHasTwoContents() throws {
        let document = Fixture.extractor.annotate("\"الوضع خطير\"، قال الوزير، \"ويجب التحرك فورا\".\n")
        let event = try #require(document.events.first)
        #expect(document.events.count == 1)
        #expect(event.arguments.map(\.role) == ["Source", "Content", "Content2"])
        #expect(event.arguments.compactMap { document.textBound(id: $0.id)?.text } == ["الوزير", "الوضع خطير", "ويجب التحرك فورا"])
        #expect(document.attributeValue("Form", of: event.id) == "Direct")
    }

    @Test func accordingToBeforeAndAfterItsClause() throws {
        let before = try Fixture.single("وبحسب وكالة رويترز، فإن الشحنة وصلت إلى الميناء صباح الأحد.")
        #expect(before.cue == "بحسب" && before.source == "وكالة رويترز")
        #expect(before.content == "الشحنة وصلت إلى الميناء صباح الأحد")
        let attached = try Fixture.single("وفقا لبيان صادر عن الوزارة، ارتفع عدد الضحايا إلى 12 شخصا.")
        #expect(attached.cue == "وفقا ل" && attached.source == "بيان صادر عن الوزارة")
        let after = try Fixture.single("ارتفع عدد الضحايا إلى 12 شخصا، حسبما أفادت وزارة الصحة.")
        #expect(after.cue == "حسبما أفادت" && after.source == "وزارة الصحة" && after.content == "ارتفع عدد الضحايا إلى 12 شخصا")
        #expect(Fixture.attributions("وصلت الشحنة إلى الميناء فحسب.\n").isEmpty)
        let relayed = try Fixture.single("وصل الوفد إلى القاهرة مساء الأحد، بحسب ما نقلت وكالة الأنباء الرسمية.")
        #expect(relayed.cue == "بحسب ما نقلت" && relayed.content == "وصل الوفد إلى القاهرة مساء الأحد")
    }

    @Test func relayGivesTwoAttributionsSharingTheContent() {
        let found = Fixture.attributions("ونقلت صحيفة \"الغارديان\" عن مسؤولين بريطانيين أن القرار اتخذ بالفعل.\n")
        #expect(found.map(\.cue) == ["نقلت", "عن"])
        #expect(found.map(\.source) == ["صحيفة \"الغارديان\"", "مسؤولين بريطانيين"])
        #expect(Set(found.map(\.content)) == ["القرار اتخذ بالفعل"])
    }

    @Test func denialAllegationHedgeAndBelief() throws {
        let denied = try Fixture.single("نفى المتحدث باسم الجيش هذه الأنباء جملة وتفصيلا.")
        #expect(denied.stance == "Deny" && denied.source == "المتحدث باسم الجيش" && denied.content.hasPrefix("هذه الأنباء"))
        #expect(try Fixture.single("زعم التقرير أن الشركة أخفت خسائرها.").stance == "Allege")
        #expect(try Fixture.single("ادعت المعارضة أن الانتخابات مزورة.").stance == "Allege")
        #expect(try Fixture.single("رجح مسؤولون أن يتم التوصل إلى اتفاق قبل نهاية العام.").stance == "Hedge")
        #expect(try Fixture.single("توقع صندوق النقد الدولي أن يتباطأ النمو العالمي.").source == "صندوق النقد الدولي")
        let belief = try Fixture.single("يعتقد خبراء أن الأسعار سترتفع.")
        #expect(belief.stance == "Believe" && belief.source == "خبراء")
    }

    @Test func negationTurnsStanceToDenyButNotLexicalisedHedges() throws {
        let notSaid = try Fixture.single("لم يقل الوزير إن القمة ستتأجل.")
        #expect(notSaid.cue == "يقل" && notSaid.stance == "Deny")
        let notThink = try Fixture.single("ولا أعتقد أن الوضع سيتحسن قريبا.")
        #expect(notThink.cue == "أعتقد" && notThink.stance == "Deny" && notThink.source == nil)
        let notExcluded = try Fixture.single("لم يستبعد الوزير أن تتأجل القمة.")
        #expect(notExcluded.cue == "لم يستبعد" && notExcluded.stance == "Hedge" && notExcluded.source == "الوزير")
        let relative = Fixture.attributions("انتقد النائب ما وصفه بسياسة التجويع التي تتبعها الحكومة.\n")
        #expect(relative.first?.stance == "Assert" && relative.first?.source == nil)
        #expect(relative.first?.content == "سياسة التجويع التي تتبعها الحكومة")
    }

    @Test func colonAfterANameOrHeadlineSubject() throws {
        let headline = try Fixture.single("وزير الخارجية: المفاوضات في مرحلة حاسمة")
        #expect(headline.cue == ":" && headline.source == "وزير الخارجية" && headline.form == "Indirect")
        let quoted = try Fixture.single("الوزير: \"لن نسمح بتكرار ما حدث\".")
        #expect(quoted.form == "Direct" && quoted.content == "لن نسمح بتكرار ما حدث")
    }

    @Test func englishRules() throws {
        let said = try Fixture.single("The minister said the talks would resume next week.")
        #expect(said.cue == "said" && said.source == "The minister" && said.content == "the talks would resume next week")
        let according = try Fixture.single("According to Reuters, the shipment arrived on Sunday.")
        #expect(according.cue == "According to" && according.source == "Reuters")
        let tweet = Fixture.attributions("نص عربي قبل التغريدة.\n\nTalks will resume soon https://t.co/abc\n\n— Jane Roe (@jane) May 1, 2024\n")
        let signed = try #require(tweet.first { $0.cue == "—" })
        #expect(signed.source == "Jane Roe" && signed.content == "Talks will resume soon" && signed.form == "Direct")
    }

    @Test func notClaimsAndDisclaimers() {
        for line in ["كلمات دلالية: الأردن فلسطين المفاوضات", "اقرأ أيضا: الوزير يزور واشنطن", "المصدر: وكالات"] {
            #expect(Fixture.extractor.annotate(line + "\n").textBounds.isEmpty, "\(line)")
        }
        for line in ["جميع المقالات المنشورة تعبر عن رأي كتابها ولا تعبر بالضرورة عن رأي الموقع.",
                     "الآراء الواردة في المقال تعبر عن رأي كاتبها فقط.",
                     "المقالة تعبر فقط عن رأي الصحيفة أو الكاتب"] {
            let bounds = Fixture.extractor.annotate(line + "\n").textBounds
            #expect(bounds.map(\.label) == ["Disclaimer"], "\(line)")
            #expect(bounds.first?.text == String(line.trimmingCharacters(in: ["."])), "\(line)")
            #expect(Fixture.extractor.annotate(line + "\n").events.isEmpty)
        }
    }
}

/// A user's rule file changes what the extractor finds.
@Suite("User rules in the extractor")
struct UserRulesTests {
    @Test func addedCueIsFoundAndDroppedCueIsNot() throws {
        let sentence = "بشر الوزير بأن الأزمة انتهت.\nأكد الوزير أن الأزمة انتهت.\n"
        let defaults = ExtractedAttribution.all(in: Extractor(rules: try RuleSet.defaults()).annotate(sentence))
        #expect(defaults.map(\.cue) == ["أكد"])
        let rules = try RuleSet.defaults().adding(text: """
            cue speech-bashshara | speech | Assert | verb-subject | بشر، بشرت
            drop cue speech-akkada
            """, path: "mine.rules")
        let found = ExtractedAttribution.all(in: Extractor(rules: rules).annotate(sentence))
        #expect(found.map(\.cue) == ["بشر"])
        #expect(found.first?.source == "الوزير" && found.first?.content == "الأزمة انتهت")
    }

    @Test func emptyRuleSetFindsOnlyNothing() {
        let document = Extractor(rules: RuleSet()).annotate("قال الوزير إن الأزمة انتهت.\n")
        #expect(document.events.isEmpty)
    }
}
