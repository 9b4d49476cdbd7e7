import Testing
@testable import Attribution

/// Recall round 8, on the genres of market reports, court news and school-year announcements: forecasts
/// after a `كان X قد` subject, findings as objects of أظهر, a court's reasons, the prosecution as a
/// Source, an adverb between a cue and its Source, plural verbs (no Source after them; وا + pronoun:
/// طالبوه), a long agency-style gap, and homographs that must stay out. Every sentence is written for these tests.
@Suite("Market, court and announcement news")
struct MarketAndCourtNewsTests {
    typealias Case = NewsPatternTests.Case

    static let cases: [Case] = [
        Case(pattern: "كان X قد توقعوا OBJECT (Hedge)", sentence: "وكان المحللون قد توقعوا ارتفاع المخزون بنحو مليوني برميل.",
             cue: "توقعوا", source: "المحللون", content: "ارتفاع المخزون بنحو مليوني برميل", stance: "Hedge"),
        Case(pattern: "X يتوقعون OBJECT (Hedge)", sentence: "والمتعاملون يتوقعون هبوطا جديدا في أسعار الخام.",
             cue: "يتوقعون", source: "المتعاملون", content: "هبوطا جديدا في أسعار الخام", stance: "Hedge"),
        Case(pattern: "توقعت X OBJECT (Hedge)", sentence: "وتوقعت الحكومة تراجع معدل التضخم خلال العام المقبل.",
             cue: "توقعت", source: "الحكومة", content: "تراجع معدل التضخم خلال العام المقبل", stance: "Hedge"),
        Case(pattern: "أوضح الادعاء العام أن", sentence: "وأوضح الادعاء العام أن المتهم اعترف بالتهم المنسوبة إليه.",
             cue: "أوضح", source: "الادعاء العام", content: "المتهم اعترف بالتهم المنسوبة إليه"),
        Case(pattern: "أكد أيضا X أن", sentence: "وأكد أيضا وزير الخارجية أن المفاوضات ستستأنف قريبا.",
             cue: "أكد", source: "وزير الخارجية", content: "المفاوضات ستستأنف قريبا"),
        Case(pattern: "أظهرت البيانات OBJECT", sentence: "وأظهرت البيانات الصادرة اليوم تراجع الصادرات النفطية للشهر الثالث.",
             cue: "أظهرت", source: "البيانات الصادرة", content: "تراجع الصادرات النفطية للشهر الثالث"),
        Case(pattern: "أعلنت X ارتفاع … إلى", sentence: "وأعلنت وزارة الصحة ارتفاع عدد الإصابات إلى 56 حالة.",
             cue: "أعلنت", source: "وزارة الصحة", content: "ارتفاع عدد الإصابات إلى 56 حالة"),
        // a plural verb has its subject in it: the noun after it is an addressee or a predicate, no Source
        Case(pattern: "طالبوا ADDRESSEE بـ", sentence: "وطالبوا رئيس الحزب بالتوقف عن ضم أعضاء جدد.",
             cue: "طالبوا", source: nil, content: "التوقف عن ضم أعضاء جدد"),
        Case(pattern: "طالبوه بـ … عن (وا + pronoun)", sentence: "وطالبوه بالاعتذار عن تصريحاته المسيئة.",
             cue: "طالبوه", source: nil, content: "الاعتذار عن تصريحاته المسيئة"),
        Case(pattern: "اعتبروه PREDICATE (Believe)", sentence: "واعتبروه خطوة في الاتجاه الصحيح.",
             cue: "اعتبروه", source: nil, content: "خطوة في الاتجاه الصحيح", stance: "Believe"),
        Case(pattern: "اتهموهم بـ", sentence: "واتهموهم بعرقلة المفاوضات.",
             cue: "اتهموهم", source: nil, content: "عرقلة المفاوضات"),
        // a word of quantity keeps its من-phrase in the Source before an object
        Case(pattern: "أكد عدد من X OBJECT", sentence: "وأكد عدد من الخبراء أهمية الحوار بين الطرفين.",
             cue: "أكد", source: "عدد من الخبراء", content: "أهمية الحوار بين الطرفين"),
        Case(pattern: "عزا X Y إلى Z", sentence: "وعزا خبراء ذلك التراجع إلى ضعف الطلب العالمي.",
             cue: "عزا", source: "خبراء", content: "ضعف الطلب العالمي"),
        // the statement's relative clause in the gap names no speaker
        Case(pattern: "جاء في البيان الذي وزع … \"…\"", sentence: "وجاء في البيان الذي وزع اليوم \"نحن ماضون في طريق الإصلاح حتى النهاية\".",
             cue: "جاء في البيان", source: nil, content: "نحن ماضون في طريق الإصلاح حتى النهاية", form: "Direct"),
        // مذكرة is the analysts' memo, not a participle cue; the memo ends the Source
        Case(pattern: "قال محللون في X في مذكرة إن", sentence: "وقال محللون في بنك غولدمان ساكس في مذكرة إن الأسعار ستتراجع.",
             cue: "قال", source: "محللون في بنك غولدمان ساكس", content: "الأسعار ستتراجع"),
        Case(pattern: "قال بنك X في مذكرة بحثية إن", sentence: "وقال بنك باركليز في مذكرة بحثية إن الطلب سيتباطأ.",
             cue: "قال", source: "بنك باركليز", content: "الطلب سيتباطأ"),
        // a passive cue right before its complementizer takes it, not the cue before it
        Case(pattern: "تداولت … صورا قيل إنها", sentence: "وتداولت حسابات على مواقع التواصل صورا قيل إنها للقيادي المقتول.",
             cue: "قيل", source: nil, content: "للقيادي المقتول"),
        // ذكر with an object after its Source; a prepositional phrase set off by a comma comes before the object
        Case(pattern: "ذكر X OBJECT", sentence: "وذكر مسؤول أمني اليوم مقتل القيادي في غارة جوية.",
             cue: "ذكر", source: "مسؤول أمني", content: "مقتل القيادي في غارة جوية"),
        Case(pattern: "ذكر X من بين …، OBJECT", sentence: "وذكر الوزير من بين الأسباب، ضعف التمويل.",
             cue: "ذكر", source: "الوزير", content: "ضعف التمويل"),
        // a news-agency gap of 36 words between the cue and its complementizer (max-cue-gap 40)
        Case(pattern: "أوضح X، خلال …، بحضور …، للحديث عن …، أن", sentence: "وأوضح رئيس اللجنة المنظمة للمهرجان، خلال مؤتمر صحفي عقده اليوم الأحد في مقر وزارة الثقافة بالعاصمة، بحضور عدد من الفنانين والإعلاميين وممثلي الجهات الراعية، للحديث عن تفاصيل الدورة الجديدة المنتظر انطلاقها الأسبوع المقبل في المسرح الوطني، أن الدورة ستشهد مشاركة عشرين دولة.",
             cue: "أوضح", source: "رئيس اللجنة المنظمة للمهرجان", content: "الدورة ستشهد مشاركة عشرين دولة"),
        Case(pattern: "جاء في حيثيات الحكم أن", sentence: "وجاء في حيثيات الحكم أن الأدلة كافية لإدانة المتهم.",
             cue: "جاء في حيثيات الحكم", source: nil, content: "الأدلة كافية لإدانة المتهم"),
        Case(pattern: "قالت X في حيثيات حكمها إن", sentence: "وقالت المحكمة في حيثيات حكمها إن المتهم ارتكب الجريمة عمدا.",
             cue: "قالت", source: "المحكمة", content: "المتهم ارتكب الجريمة عمدا"),
    ]

    @Test(arguments: cases)
    func attributions(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// `ولا يدركون أن …` after another cue's object: the negated cue joined by و starts its own clause
    /// (Deny, no Source of its own), it does not lend its complementizer to the cue before it.
    @Test func aNegatedCoordinatedCueTakesItsOwnClause() throws {
        let found = Fixture.attributions("واعتبر المعارضون ذلك خرقا للدستور ولا يدركون أن الشارع غاضب.\n")
        let believed = try #require(found.first { $0.cue == "اعتبر" })
        #expect(believed.source == "المعارضون" && believed.content.hasPrefix("ذلك خرقا للدستور"))
        let denied = try #require(found.first { $0.cue == "يدركون" })
        #expect(denied.source == nil && denied.content == "الشارع غاضب" && denied.stance == "Deny")
    }

    /// After a plural verb only a definite sound plural is its Source (`قالوا المسؤولون`); a name that ends in
    /// ون or ين (`ماكرون`، `بوتين`، `الصين`) is the addressee.
    @Test func aNameEndingLikeAPluralIsNoSourceOfAPluralVerb() throws {
        for (sentence, content) in [("وطالبوا ماكرون بالاستقالة فورا.", "الاستقالة فورا"),
                                    ("وطالبوا الصين بوقف التصعيد.", "وقف التصعيد")] {
            let demanded = try Fixture.single(sentence + "\n")
            #expect(demanded.cue == "طالبوا" && demanded.source == nil && demanded.content == content)
        }
        let said = try Fixture.single("وقالوا المسؤولون إن الوضع مستقر.\n")
        #expect(said.source == "المسؤولون" && said.content == "الوضع مستقر")
    }

    /// A short quotation after the Source is the object, not a part of the Source (a name after صحيفة is).
    @Test func aShortQuotedObjectEndsTheSource() throws {
        let announced = try Fixture.single("وأعلن القاضي \"قفل باب المرافعة\".\n")
        #expect(announced.cue == "أعلن" && announced.source == "القاضي" && announced.content.contains("قفل باب المرافعة"))
        let revealed = try Fixture.single("وكشفت صحيفة \"الغارديان\" تفاصيل الصفقة.\n")
        #expect(revealed.source?.hasPrefix("صحيفة \"الغارديان\"") == true)
    }

    /// A school calendar or a mechanism is a plan, not a speaker; مواصلة is the masdar "continuing"; توقع after a
    /// preposition is the noun "expectation".
    @Test(arguments: [
        "وبحسب التقويم المدرسي، يبدأ دوام الطلبة في الأول من أيلول.",
        "ويحتاج الفريق إلى مواصلة \"اللعب الجماعي\" في المباريات المقبلة.",
        "وجاءت الأرقام أعلى من توقع المحللين للربع الأول.",
        "وأظهر اللاعب مستوى رائعا في المباراة الأخيرة.",   // أظهر + an object that is no finding
        "ونظم طالبو اللجوء وقفة احتجاجية أمام مقر المفوضية.",   // طالبو: the plural noun "seekers"
        "ووفقا لآليات العمل الجماعي، تم اختيار المرشحين للانتخابات.",   // mechanisms are no speaker
        "وعزى الرئيس أسر ضحايا الحادث في اتصال هاتفي.",   // عزّى "offered condolences", not عزا
    ])
    func homographsMakeNoClaim(sentence: String) {
        #expect(Fixture.attributions(sentence + "\n").isEmpty)
    }
}
