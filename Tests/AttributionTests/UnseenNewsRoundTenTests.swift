import Testing
@testable import Attribution

/// Patterns found by the review of the extractor's output on a tenth fresh batch of news (wire-agency
/// politics, security reports citing sources, transfer and celebrity rumours, technology, parliament,
/// culture); every sentence is written for these tests, and each asserts what the guidelines prescribe.
@Suite("Unseen news patterns, tenth round")
struct UnseenNewsRoundTenTests {

    /// One sentence with one attribution and its expected spans, Stance and Form.
    typealias Case = NewsPatternTests.Case

    static let singles: [Case] = [
        // the side a speaker takes (من جانبه، من جهتها، بدوره) is no Source; the subject after the cue is
        Case(pattern: "ومن جانبه نفى X OBJECT", sentence: "ومن جانبه نفى المدير هذه الأنباء.",
             cue: "نفى", source: "المدير", content: "هذه الأنباء", stance: "Deny"),
        // بحسب الموعد المقرر is "on schedule": no according-to attribution inside the Content
        Case(pattern: "أعلنت X أن … بحسب الموعد المقرر", sentence: "وأعلنت اللجنة أن الامتحانات ستجرى بحسب الموعد المقرر.",
             cue: "أعلنت", source: "اللجنة", content: "الامتحانات ستجرى بحسب الموعد المقرر"),
        // a claim word right before a quotation heads the object; the quotation is inside it (Mixed)
        Case(pattern: "أكد X أهمية \"…\" …", sentence: "وأكد الوزير أهمية \"الحوار بين جميع الأطراف\" لحل الأزمة.",
             cue: "أكد", source: "الوزير", content: "أهمية \"الحوار بين جميع الأطراف\" لحل الأزمة", form: "Mixed"),
        Case(pattern: "وأكد استعداد “…”", sentence: "وأكد استعداد “بلاده للمساعدة”.",
             cue: "أكد", source: nil, content: "استعداد “بلاده للمساعدة”", form: "Mixed"),
        // a group named in quotation marks keeps its name in the Source, also after لـ
        Case(pattern: "أعلنت حركة \"NAME\" مسؤوليتها عن …", sentence: "أعلنت حركة \"الجهاد الإسلامي\" مسؤوليتها عن إطلاق الصواريخ.",
             cue: "أعلنت", source: "حركة \"الجهاد الإسلامي\"", content: "مسؤوليتها عن إطلاق الصواريخ"),
        Case(pattern: "أعلن X التابع لحركة \"NAME\" OBJECT", sentence: "أعلن الفصيل التابع لحركة \"النجباء\" استهداف قاعدة عسكرية.",
             cue: "أعلن", source: "الفصيل التابع لحركة \"النجباء\"", content: "استهداف قاعدة عسكرية"),
        // a noun with a possessive pronoun closes the Source's construct chain: the definite word after it is the object
        Case(pattern: "نفى مدير مكتبه OBJECT", sentence: "ونفى مدير مكتبه الخبر.",
             cue: "نفى", source: "مدير مكتبه", content: "الخبر", stance: "Deny"),
        // an indefinite participle after a comma is a circumstance of the Source, no apposition
        Case(pattern: "قال X، مفضلا …، إن", sentence: "وقال مصدر أمني، مفضلا عدم الكشف عن اسمه، إن الهجوم أسفر عن قتيلين.",
             cue: "قال", source: "مصدر أمني", content: "الهجوم أسفر عن قتيلين"),
        // the claim word after a circumstance set off by commas (and في بيان لها names no other speaker)
        Case(pattern: "أعلنت X، في بيان لها …، مسؤوليتها عن", sentence: "وأعلنت الجماعة، في بيان لها مساء الأحد، مسؤوليتها عن الهجوم.",
             cue: "أعلنت", source: "الجماعة", content: "مسؤوليتها عن الهجوم"),
        // a place after في belongs to an indefinite Source too: before its cue, after a nisba adjective …
        Case(pattern: "لكن X NISBA في PLACE قال إن", sentence: "لكن مسؤولا أمنيا في بغداد قال إن الانفجار وقع قرب السوق.",
             cue: "قال", source: "مسؤولا أمنيا في بغداد", content: "الانفجار وقع قرب السوق"),
        // … and after its cue, before a governed ب-object word
        Case(pattern: "أفادت X في PLACE بـOBJECT", sentence: "وأفادت مصادر طبية في غزة بوقوع إصابات في القصف.",
             cue: "أفادت", source: "مصادر طبية في غزة", content: "وقوع إصابات في القصف"),
        // a medium with its description (an adjective, a prepositional phrase) runs on to the demonstrative object
        Case(pattern: "نفت X عبر حسابها الرسمي على \"…\" تلك …", sentence: "ونفت الشركة عبر حسابها الرسمي على \"فيسبوك\" تلك الشائعات.",
             cue: "نفت", source: "الشركة", content: "تلك الشائعات", stance: "Deny"),
        // a place set off by commas before an object word belongs to the Source
        Case(pattern: "نفى X، في PLACE، صحة …", sentence: "ونفى مصدر مسؤول، في وزارة الصحة المصرية، صحة هذه الأنباء.",
             cue: "نفى", source: "مصدر مسؤول، في وزارة الصحة المصرية", content: "صحة هذه الأنباء", stance: "Deny"),
        // an occasion phrase before the cue (وفي تصريح لقناة …) is no subject: the Source follows the cue
        Case(pattern: "وفي تصريح لـMEDIUM دحض X OBJECT", sentence: "وفي تصريح لقناة الجزيرة دحض الوزير هذه الاتهامات.",
             cue: "دحض", source: "الوزير", content: "هذه الاتهامات", stance: "Deny"),
        // an object word after a comma ends the Source
        Case(pattern: "أكد X، ضرورة …", sentence: "وأكد وزير الخارجية، ضرورة الحوار بين الأطراف.",
             cue: "أكد", source: "وزير الخارجية", content: "ضرورة الحوار بين الأطراف"),
        // a definite word joined by و continues the Source (and the word after it may follow a definite word)
        Case(pattern: "أكد وزير X والY OBJECT", sentence: "وأكد وزير الزراعة والري أهمية دعم المزارعين.",
             cue: "أكد", source: "وزير الزراعة والري", content: "أهمية دعم المزارعين"),
        Case(pattern: "دحض X والY NISBA OBJECT", sentence: "ودحض الخبير والكاتب الصحفي الأرجنتيني جميع الادعاءات.",
             cue: "دحض", source: "الخبير والكاتب الصحفي الأرجنتيني", content: "جميع الادعاءات", stance: "Deny"),
        Case(pattern: "اعتبر X في … والY أن", sentence: "اعتبر الخبير المتخصص في العلاقات الدولية والقضايا الاستراتيجية أن القناة أخطأت.",
             cue: "اعتبر", source: "الخبير المتخصص في العلاقات الدولية والقضايا الاستراتيجية", content: "القناة أخطأت", stance: "Believe"),
        // في الوقت نفسه ("at the same time") right after the cue is no Source
        Case(pattern: "لكنه حذر في الوقت نفسه من …", sentence: "لكنه حذر في الوقت نفسه من الشائعات التي تضر الاقتصاد.",
             cue: "حذر", source: nil, content: "الشائعات التي تضر الاقتصاد"),
        // a trailing according-to phrase governs the clause without its connective كما or its و
        Case(pattern: "كما CLAUSE، وفقا لـX", sentence: "كما التقى الوزير نظيره الفرنسي، وفقا لوكالة الأنباء الرسمية.",
             cue: "وفقا ل", source: "وكالة الأنباء الرسمية", content: "التقى الوزير نظيره الفرنسي"),
        Case(pattern: "وأشاد …، بحسب X", sentence: "وأشاد الرئيس بجهود الحكومة، بحسب التلفزيون الرسمي.",
             cue: "بحسب", source: "التلفزيون الرسمي", content: "أشاد الرئيس بجهود الحكومة"),
        Case(pattern: "واشنطن …، بحسب X", sentence: "واشنطن ترفض المقترح، بحسب التلفزيون الرسمي.",
             cue: "بحسب", source: "التلفزيون الرسمي", content: "واشنطن ترفض المقترح"),
        // an imperfect cue after an indefinite word opens a relative clause: the according-to Source stops there
        Case(pattern: "CLAUSE، بحسب X تقول إن …", sentence: "تستعد الشركة لإجراءات جديدة، بحسب تقارير إخبارية تقول إنها ستصدم المستخدمين.",
             cue: "بحسب", source: "تقارير إخبارية", content: "تستعد الشركة لإجراءات جديدة"),
        // تواجد opens the object like وجود
        Case(pattern: "أكدت X تواجد …", sentence: "وأكدت مصادر طبية تواجد المصابين في المستشفى.",
             cue: "أكدت", source: "مصادر طبية", content: "تواجد المصابين في المستشفى"),
        // a relative clause whose verb takes no complementizer (تحدث) leaves إن to the main cue
        Case(pattern: "قالت X التي تحدثت … إن", sentence: "وقالت المصادر التي تحدثت شريطة عدم الكشف عن هويتها إن الاتفاق لم يكتمل.",
             cue: "قالت", source: "المصادر", content: "الاتفاق لم يكتمل"),
    ]

    @Test(arguments: singles)
    func singleAttributionPatterns(_ expected: Case) throws {
        try NewsPatternTests.check(expected)
    }

    /// Sentences that make no claim although they hold a cue word.
    @Test(arguments: [
        // بحسب تطور … is "depending on"
        "وتتغير الجرعة بحسب تطور حالة المريض.",
        // an imperfect cognition verb before من ("among") is the passive "is considered"
        "ويعتبر من أهم المشاريع في المنطقة.",
        // a governed preposition with the resumptive pronoun of a relative clause is no object
        "وعقد المجلس جلسة طارئة طالب بها أكثر من خمسين نائبا.",
        // … and so is one right after the cue
        "ولن نعلن عنها حفاظا على سير التحقيقات.",
        // a reaction noun after a comma is the (non-claim) object, not part of the Source
        "وأكد وزير الداخلية، ترحيبه بالنقد البناء، لكنه انتقد الشائعات.",
    ])
    func noClaim(_ sentence: String) {
        let found = Fixture.attributions(sentence + "\n")
        #expect(found.isEmpty, "\(found)")
    }

    /// A cue right after a relative pronoun takes its relative clause's complementizer; the main cue keeps
    /// its object.
    @Test func relativeClauseCueTakesItsComplementizer() throws {
        let found = Fixture.attributions("وأكد الوزير دعم الحكومة للمشاريع التي يرى أنها ستوفر فرص عمل.\n")
        let main = try #require(found.first { $0.cue == "أكد" }, "\(found)")
        #expect(main.source == "الوزير" && main.content.hasPrefix("دعم الحكومة"), "\(main)")
        let relative = try #require(found.first { $0.cue == "يرى" }, "\(found)")
        #expect(relative.source == nil && relative.content == "ستوفر فرص عمل" && relative.stance == "Believe", "\(relative)")
    }

    /// A relative cue with a pronoun (`الذي نشرته`) points back to its noun: the main cue keeps the quotation.
    @Test func relativePublicationLeavesTheQuotationToTheMainCue() throws {
        let found = Fixture.attributions("وقال البيان الذي نشرته الوزارة: \"الوضع تحت السيطرة\".\n")
        let main = try #require(found.first { $0.cue == "قال" }, "\(found)")
        #expect(main.source == "البيان" && main.content == "الوضع تحت السيطرة" && main.form == "Direct", "\(main)")
        #expect(found.contains { $0.cue == "نشرته" && $0.source == "الوزارة" }, "\(found)")
    }

    /// A coordinated cue does not take the subject of a speech verb without content across a cue that has
    /// its own attribution.
    @Test func coordinatedCueSkipsAStalePendingSubject() throws {
        let found = Fixture.attributions("وتداولت مواقع إخبارية الخبر، ونفى المتحدث الرواية، وأوضح أن الخبر غير صحيح.\n")
        let explained = try #require(found.first { $0.cue == "أوضح" }, "\(found)")
        #expect(explained.source == nil && explained.content == "الخبر غير صحيح", "\(explained)")
    }

    /// A short quoted name right after a headline colon is the subject of the headline's clause.
    @Test func headlineColonWithQuotedNameTakesTheClause() throws {
        let found = Fixture.attributions("خبير: “سي إن إن” تخسر المشاهدين بسبب التغطية\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].source == "خبير" && found[0].content == "“سي إن إن” تخسر المشاهدين بسبب التغطية", "\(found[0])")
    }

    /// A reason (خاصة أنها …) is no complementizer of the cue before it: the warning keeps its object.
    @Test func reasonClauseIsNoComplementizer() throws {
        let found = Fixture.attributions("وحذر الخبير من الشائعات، خاصة أنها تنتشر بسرعة.\n")
        let warning = try #require(found.first { $0.cue == "حذر" }, "\(found)")
        #expect(warning.source == "الخبير" && warning.content.hasPrefix("الشائعات"), "\(warning)")
    }

    /// A cue joined by و with its own complementizer ends the reported clause before it (not a hedge
    /// phrase such as ومن المرجح أن, which goes on in the same speaker's words).
    @Test func coordinatedCueWithItsComplementizerEndsTheContent() throws {
        let found = Fixture.attributions("وأكد الوزير أن الحكومة ملتزمة بالإصلاح وقال إن الميزانية ستقر قريبا.\n")
        #expect(found.map(\.content) == ["الحكومة ملتزمة بالإصلاح", "الميزانية ستقر قريبا"], "\(found)")
        let described = Fixture.attributions("وأضاف أنه يطالب بالبراءة ووصفها بأنها قضية ملفقة.\n")
        #expect(described.first { $0.cue == "أضاف" }?.content == "يطالب بالبراءة", "\(described)")
        let hedged = Fixture.attributions("وقالت المصادر إن الاتفاق لم يكتمل ومن المرجح أن يوقع الشهر المقبل.\n")
        #expect(hedged.first?.content == "الاتفاق لم يكتمل ومن المرجح أن يوقع الشهر المقبل", "\(hedged)")
    }

    /// A complementizer joined by و continues an earlier that-clause: a cue word inside it (تتابع "was
    /// following") does not take it.
    @Test func coordinatedComplementizerIsNoInnerCuesOwn() throws {
        let found = Fixture.attributions("وأكدت الممثلة أنها كانت تتابع الأحداث بشغف وأنها لم تشعر بالخوف.\n")
        #expect(found.map(\.cue) == ["أكدت"], "\(found)")
    }

    /// The interviewer (في حديث مع موقع …) and the addressee (لنا) are no Source.
    @Test func interviewerAndAddresseeAreNoSource() throws {
        let found = Fixture.attributions("وفي حديث مع موقع “الأخبار” أكدت لنا أن التصوير كان صعبا.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].source == nil && found[0].content == "التصوير كان صعبا", "\(found[0])")
    }

    /// A complementizer with ف resumes the according-to phrase before it (…، ووفقا للصحيفة فإن …): an
    /// earlier cue word (سجل "scored") does not take it.
    @Test func resumptiveComplementizerBelongsToTheAccordingPhrase() throws {
        let found = Fixture.attributions("سجل اللاعب هدفين، ووفقا للصحيفة فإن المدرب سعيد بأدائه.\n")
        try #require(found.count == 1, "\(found)")
        #expect(found[0].cue == "وفقا ل" && found[0].content == "المدرب سعيد بأدائه", "\(found[0])")
    }
}
