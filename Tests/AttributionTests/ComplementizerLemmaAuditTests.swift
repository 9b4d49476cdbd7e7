import Testing
@testable import Attribution

/// Lemmas added by a complementizer-anchored audit of unseen news (tokens standing before أن، إن، بأن or a
/// colon that no rule knew). Every sentence is written for these tests; each asserts the guidelines' spans,
/// Stance and Form, and the homograph sentences assert that the new words make no claim without a complementizer.
@Suite("Lemmas from the complementizer audit")
struct ComplementizerLemmaAuditTests {

    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        Case(pattern: "اشتكى X من أن", sentence: "واشتكى السكان من أن المياه لا تصل إلى منازلهم منذ أسبوع.",
             cue: "اشتكى", source: "السكان", content: "المياه لا تصل إلى منازلهم منذ أسبوع"),
        // the audience the speaker faced ends the Source
        Case(pattern: "أقسم X أمام COURT أنه", sentence: "وأقسم المتهم أمام المحكمة أنه لم يكن في المكان.",
             cue: "أقسم", source: "المتهم", content: "لم يكن في المكان"),
        Case(pattern: "قضت المحكمة بأن", sentence: "وقضت المحكمة بأن القرار باطل.",
             cue: "قضت", source: "المحكمة", content: "القرار باطل"),
        Case(pattern: "أفتى X بأن", sentence: "وأفتى المجلس بأن الصيام واجب.",
             cue: "أفتى", source: "المجلس", content: "الصيام واجب"),
        Case(pattern: "اكتفى X بالقول إن", sentence: "واكتفى المتحدث بالقول إن التحقيقات مستمرة.",
             cue: "اكتفى", source: "المتحدث", content: "التحقيقات مستمرة"),
        Case(pattern: "اكتفى بالقول إن", sentence: "واكتفى بالقول إن التحقيقات مستمرة.",
             cue: "اكتفى بالقول", source: nil, content: "التحقيقات مستمرة"),
        Case(pattern: "عنونت X: «…»", sentence: "وعنونت صحيفة الأهرام: «الحكومة تستقيل».",
             cue: "عنونت", source: "صحيفة الأهرام", content: "الحكومة تستقيل", form: "Direct"),
        Case(pattern: "ارتأى X أن", sentence: "وارتأى الخبراء أن الحل في الحوار.",
             cue: "ارتأى", source: "الخبراء", content: "الحل في الحوار", stance: "Believe"),
        Case(pattern: "يشعر X أن", sentence: "ويشعر المواطنون أن الأسعار مرتفعة جدا.",
             cue: "يشعر", source: "المواطنون", content: "الأسعار مرتفعة جدا", stance: "Believe"),
        Case(pattern: "تذرعت X بأن", sentence: "وتذرعت الشركة بأن الأسعار ارتفعت.",
             cue: "تذرعت", source: "الشركة", content: "الأسعار ارتفعت", stance: "Allege"),
        // doubting that is a negated belief (like لا أظن أن): Deny
        Case(pattern: "شكك X في أن", sentence: "وشكك المحلل في أن تنجح الخطة.",
             cue: "شكك", source: "المحلل", content: "تنجح الخطة", stance: "Deny"),
        Case(pattern: "تكهن X بأن", sentence: "وتكهن المراقبون بأن الانتخابات ستؤجل.",
             cue: "تكهن", source: "المراقبون", content: "الانتخابات ستؤجل", stance: "Hedge"),
        // رد before a colon is the verb "replied"
        Case(pattern: "فرد X: \"…\"", sentence: "فرد القاضي: \"الاتهامات مثبتة في أمر الإحالة\".",
             cue: "رد", source: "القاضي", content: "الاتهامات مثبتة في أمر الإحالة", form: "Direct"),
        // أجمع before a plural subject at a clause's start
        Case(pattern: "وأجمع X على أن", sentence: "وأجمع الخبراء على أن الأزمة ستطول.",
             cue: "أجمع", source: "الخبراء", content: "الأزمة ستطول"),
        // the outlet "learned" (Gulf press)
        Case(pattern: "علمت OUTLET أن", sentence: "وعلمت الصحيفة أن الوزير سيقدم استقالته.",
             cue: "علمت", source: "الصحيفة", content: "الوزير سيقدم استقالته"),
        // the addressee of an appeal or a charge stays outside the Source
        Case(pattern: "أهابت X بالمواطنين أن", sentence: "وأهابت الهيئة بالمواطنين أن يلتزموا بالإرشادات خلال المنخفض الجوي.",
             cue: "أهابت", source: "الهيئة", content: "يلتزموا بالإرشادات خلال المنخفض الجوي"),
        Case(pattern: "أسندت النيابة إلى المتهمين أنهم", sentence: "وأسندت النيابة إلى المتهمين أنهم انضموا إلى جماعة محظورة.",
             cue: "أسندت", source: "النيابة", content: "انضموا إلى جماعة محظورة"),
        // a market's bet is an expectation
        Case(pattern: "يراهن X على أن", sentence: "ويراهن المستثمرون على أن البنك المركزي سيخفض أسعار الفائدة.",
             cue: "يراهن", source: "المستثمرون", content: "البنك المركزي سيخفض أسعار الفائدة", stance: "Hedge"),
        // كنا before a first-person cue is no Source
        Case(pattern: "كنا نعلم أن", sentence: "كنا نعلم أنها ستكون مباراة صعبة.",
             cue: "نعلم", source: nil, content: "ستكون مباراة صعبة", stance: "Believe"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// The new words in their other senses: no complementizer, no claim.
    @Test(arguments: [
        // عبرت "crossed", before a clause break's أن
        "وعبرت الشاحنات الحدود صباح اليوم، بعد أن فتحت السلطات المعبر.",
        // اكتفى "settled for"
        "واكتفى الفريق بالتعادل في المباراة الأخيرة.",
        // قضى "spent", and a text that "stipulates"
        "وقضى الوفد ثلاثة أيام في العاصمة.",
        "وقضى الاتفاق بأن تنسحب القوات خلال شهر.",
        // يشعر before a noun
        "ويشعر اللاعبون بالتعب بعد الرحلة الطويلة.",
        // أجمع "entire", رد the noun "reply"
        "ولا يمكن للعالم أجمع أن يتحمل تبعات الحرب.",
        "وجاء رد الوزارة سريعا على الشكوى.",
        // وعد the noun, يعد "is considered, promises" of a thing
        "ويحيي الفلسطينيون ذكرى وعد بلفور كل عام.",
        "هذا المشروع يعد بمستقبل أفضل للمنطقة.",
        // أسند "assigned", الراهن "current"
        "وأسندت الوزارة إليه مهمة الإشراف على المشروع بعد أن استقال سلفه.",
        "ويبقى الوضع الراهن على حاله.",
        // a feeling is a reaction, not a claim
        "ويشعر المواطنون بالقلق من أن الأسعار سترتفع.",
        "وعبرت الوزارة عن استيائها من أن الشركة لم تلتزم.",
        // لوح "waved"
        "ولوح الرئيس بيده للجماهير.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// `أكدت X أن …، فيما وعدت بـ …`: the promise after بـ with the speaker implied.
    @Test func promiseWithAnImpliedSpeaker() throws {
        let found = Fixture.attributions("وأكدت الوزارة أن الأعمال انتهت، فيما وعدت بصيف مختلف تماما.\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "أكدت" && found[0].source == "الوزارة" && found[0].content == "الأعمال انتهت")
        #expect(found[1].cue == "وعدت" && found[1].source == nil && found[1].content == "صيف مختلف تماما")
    }

    /// `قال X: «… أجزم أن …»`: the speaker's own first-person cue inside the quotation is annotated too,
    /// without a Source.
    @Test func firstPersonCueInsideAQuotation() throws {
        let found = Fixture.attributions("وقال اللاعب: «أجزم أن الفريق سيفوز».\n")
        try #require(found.count == 2, "\(found)")
        #expect(found[0].cue == "قال" && found[0].source == "اللاعب" && found[0].form == "Direct")
        #expect(found[1].cue == "أجزم" && found[1].source == nil && found[1].content == "الفريق سيفوز")
    }
}
