/// The word lists the constructions read by name (`words NAME | WORD، WORD …` in a rule file): each
/// one steers a single decision of the extractor, and a linguist extends it in a rule file, not in code.
/// The words are normalized like the text's (`لجنة` is looked up as `لجنه`); a few lists hold the stem
/// a word has before an attached pronoun (`نظيرت` of `نظيرته`).
public enum WordListName: String, Sendable, CaseIterable, Hashable {
    // MARK: The Source and whom the speaker addresses

    /// من and إلى between an addressee and the complementizer a cue governs: the noun before them is
    /// whom the speaker warns or tells, not the Source (`حذرت الهيئة السكان من أن …`، `نبهت الوزارة
    /// المواطنين إلى أن …`).
    case thatPrepositions = "that-prepositions"
    /// Audiences a speaker addresses (`المواطنين`، `الصحفيين`، `الجمهور`): after a definite Source they are
    /// its addressee, no part of it (`نبهت الوزارة المواطنين إلى أن …`، `خاطب الرئيس الحضور: …`).
    case audiences
    /// Nouns that name an addressee with an attached pronoun (`نظيره`، `ضيفه`، `مواطنيه`): `أبلغ الوزير
    /// نظيره الفرنسي بأن …`.
    case counterparts
    /// Adjectives of a title or a name, never an addressee after a definite word (`النائب العام`،
    /// `الوزير الأول`، `الولايات المتحدة`، `المحكمة العليا`).
    case titleAdjectives = "title-adjectives"
    /// Persons and bodies a speaker addresses before a colon, besides the audiences (`وسأل الصحفي
    /// الوزير: …`، `الحكومة`، `البرلمان`): the Source ends before them.
    case addressees
    /// Heads of an addressee in construct with a definite word (`وسائل` of `وسائل الإعلام`): `دعت الوزارة
    /// وسائل الإعلام لاستقاء …` addresses the media, no part of the Source.
    case addresseeHeads = "addressee-heads"
    /// Bodies an appeal addresses, besides the audiences and the addressees (`السلطات`، `الأطراف`، `الدول`):
    /// `حثت المفوضية السلطات على …`.
    case addressedBodies = "addressed-bodies"
    /// Nouns of an evaluative reaction (`تقدير`، `ترحيب`، `إدانة`): with an attached pronoun, as a cue's
    /// object, they thank or condemn and make no claim (`أكدت الشركة تقديرها لتفهم المسافرين`, like `رحب
    /// الوزير بالقرار`); after a comma they end the Source (`وأكد وزير الداخلية، ترحيبه بالنقد …`).
    case reactions
    /// Nouns that head the object of a mention (`اسم`، `أسماء`، `تفاصيل`): `ذكرت الصحيفة اسم المتهم` mentions
    /// a name, and the Source ends before them.
    case mentionHeads = "mention-heads"
    /// Words of quantity before من in a Source (`عدد`، `مجموعة`، `عشرات`، `أحد`): the speakers they count
    /// belong to the Source (`طالب عدد من قيادات الحزب بـ…`).
    case quantities
    /// Titles of envoys, accredited "to" a country with لدى (`سفير`، `مندوب`، `ممثل`): the country belongs
    /// to the Source (`السفير الأمريكي لدى الكويت`).
    case envoyTitles = "envoy-titles"
    /// Words that start with وال and are no conjunction and article (`والد`، `والدة`، `والي`): `والد الضحية
    /// قال …` keeps its و in the Source.
    case parentWords = "parent-words"
    /// Definite names that end in ين (`البحرين`، `الرافدين`): no accusative plural, so they may be a
    /// verb's subject (`أعلنت البحرين أن …`), unlike `ودعا المرشحين إلى …`.
    case namesInYn = "names-in-yn"
    /// Occasions of an interview before مع and the interviewer (`حديث`، `حوار`، `مقابلة`): `وفي حديث مع
    /// موقع “بصراحة” أكدت …`: the interviewer is no subject of the cue.
    case interviews
    /// ل with an attached pronoun (`لنا`، `له`، `لهم`): right after a cue it is whom the speaker told, no
    /// speaker (`أكدت لنا أن …`، `وقال لنا مدير المستشفى إن …`); before مع it joins an interview (`في لقاء
    /// لها مع جريدة …`).
    case toPronouns = "to-pronouns"
    /// Resumptive pronouns right after a cue (`فيه`، `فيها`): the cue is the verb of a relative clause on
    /// the noun before it, with no subject of its own (`سلسلة تصريحات اتهمت فيها …`).
    case resumptives
    /// A governed preposition with an attached pronoun (`به`، `عنه`، `إليها`): right after a cue, or where
    /// its object would start, it points back to a noun, and there is no object (`ولن نعلن عنها حفاظا على
    /// …`، `جلسة طالب بها أكثر من 100 نائب`).
    case pronounObjects = "pronoun-objects"
    /// Feelings a thing gives cause for, after لل (`القلق`، `السخرية`، `الأمل`): `لا تدعو للقلق` is no call
    /// and no claim.
    case feelings
    /// Question words a cue of asking governs (`كيف`، `هل`، `لماذا`): the question opens the Content
    /// (`تساءل الوزير كيف …`).
    case questionWords = "question-words"
    /// صدر and its participle (`صدر`، `الصادر`، `صادرة`): before عن, `بيان صدر عن الرئاسة` names who issued the
    /// document, no second speaker; after a comma, `دراسة للمندوبية السامية للتخطيط، صدرت الاثنين،` says when
    /// the Source came out, and ends it.
    case issuedBy = "issued-by"

    // MARK: Names with ل

    /// Nouns whose first letter ل is their own (`لجنة`، `لبنان`، `لقاء`): no ل-object of a cue that governs
    /// لـ (`المعارضة دعت لجنة الانتخابات لتأجيل الاقتراع`).
    case lamInitialNouns = "lam-initial-nouns"
    /// Indefinite genitives with ل that continue a name (`لحقوق`، `لشؤون`، `لمكافحة`): `الشبكة السورية
    /// لحقوق الإنسان` is one name, no object of the cue.
    case lamGenitiveWords = "lam-genitive-words"
    /// Adjectives of a name before its genitive with لل (`العام`، `السامية`، `الوطني`): `دعا الأمين العام
    /// للأمم المتحدة الأطراف لضبط النفس`: للأمم is the name's, لضبط the object.
    case lamGenitiveAdjectives = "lam-genitive-adjectives"
    /// Head nouns of a name before its genitive with لل (`الأمين`، `المجلس`، `المفوضية`): `المجلس للقضاء`،
    /// `المرصد للحقوق والحريات` continue the name before a later ل-object.
    case lamGenitiveHeads = "lam-genitive-heads"

    // MARK: Around the cue

    /// Words right before a cue after which it continues the previous sentence's speaker (`كما شدد على
    /// ضرورة …`، `فيما أكد`، `حيث أوضح`).
    case impliedSpeakerWords = "implied-speaker-words"
    /// قد and سوف before an imperfect cue: a possibility or a future, no speech yet (`قد يعلنان`، `سوف يقول`).
    case modals
    /// Conditional particles right before a cue (after a negator, if any): `إذا وجد الطالب صعوبة: …`، `لو قال
    /// الوزير إن …` state a condition, no claim.
    case conditionals
    /// Quantifiers before the relative ما: `كل ما يُنشر عن …` is the writer's reference to all that is said,
    /// no claim.
    case quantifiers
    /// The relative ما, bare or with a preposition, right before a cue: the cue is the verb of a relative
    /// clause, with no Source of its own (`ما وصفه بـ …`، `لما وصفها بأنها …`).
    case relativeMaWords = "relative-ma-words"
    /// Elatives before a noun of specification: the cue form after them is that noun, no verb (`الروس أكثر
    /// حذرا`، `أشد تأكيدا`).
    case elatives
    /// Forms of كان and of its sisters before a participle form that is their predicate, "expected" and no
    /// cue (`الإعلان كان متوقعا`، `بات متوقعا أن …`).
    case copulaForms = "copula-forms"
    /// Past forms of كان after إن, which is then "whether" after a cognition or negated cue, no
    /// complementizer (`لا أعرف إن كان …`، `لم يوضح إن كانت …`).
    case whetherPastForms = "whether-past-forms"
    /// Nouns of saying that govern على أن after a cue of ending: `أنهى كلمته بالتأكيد على أن …` reports,
    /// where على أن is otherwise "provided that" (`أنهت المحكمة الجلسة على أن تستأنف …`).
    case sayingNouns = "saying-nouns"
    /// Indefinite media nouns a verb with an object pronoun qualifies as a relative clause: a cue that takes
    /// no object, right after one, is "followed", no claim (`في بيان تابعته “218”`).
    case relativeClauseMedia = "relative-clause-media"
    /// Words after an evidence noun that name who issued the figures, which then speak as that body's
    /// statistics (`الأرقام الصادرة عن البنك المركزي`، `الأرقام الرسمية`).
    case issuedFigures = "issued-figures"
    /// Nouns after which a quotation is a name or a title, not speech (`صحيفة "الأهرام"`، `عملية "درع
    /// الفرات"`، `حركة "حماس"`), and that head a short quoted name (`"حزب العمال الكردستاني"`).
    case nameHeads = "name-heads"

    // MARK: The Content

    /// Nouns of saying with an attached pronoun that end an according-to cue and name its speaker, so no
    /// Source phrase follows (`بحسب قوله`، `على حد تعبيرها`).
    case sayingWithPronoun = "saying-with-pronoun"
    /// Adjectives that make نظام a statute after an according-to cue, a rule followed and no speaker
    /// (`وفقا للنظام الأساسي`; not `النظام السوري`, a Source).
    case statuteAdjectives = "statute-adjectives"
    /// Conditional, temporal, causal and concessive openers (`إذا`، `عندما`، `بسبب`): a phrase set off by
    /// commas after an according-to Source that opens with one starts the claim rather than describing
    /// the Source (`بحسب المصادر، إذا فشلت المفاوضات، فإن …`).
    case clauseOpeners = "clause-openers"
    /// Function words a resumptive ف stands before after an according-to phrase: the Content starts after
    /// the ف (`بحسب المصادر، فقد كانت …`، `فهناك`، `فلا`), while `فرنسا`، `فلسطين` keep theirs.
    case resumptiveFaWords = "resumptive-fa-words"
    /// Nouns of four letters in و whose و is their own (`وزير`، `وكيل`، `وسيط`): at a clause start they are no
    /// verb joined by و (as `وحمل` is).
    case ownWawNouns = "own-waw-nouns"

    /// The list's place among `allCases` (its bit in a word's entry of the lexicon's `WordLists`).
    @inline(__always)
    var position: Int {
        switch self {
        case .thatPrepositions: return 0
        case .audiences: return 1
        case .counterparts: return 2
        case .titleAdjectives: return 3
        case .addressees: return 4
        case .addresseeHeads: return 5
        case .addressedBodies: return 6
        case .reactions: return 7
        case .mentionHeads: return 8
        case .quantities: return 9
        case .envoyTitles: return 10
        case .parentWords: return 11
        case .namesInYn: return 12
        case .interviews: return 13
        case .toPronouns: return 14
        case .resumptives: return 15
        case .pronounObjects: return 16
        case .feelings: return 17
        case .questionWords: return 18
        case .issuedBy: return 19
        case .lamInitialNouns: return 20
        case .lamGenitiveWords: return 21
        case .lamGenitiveAdjectives: return 22
        case .lamGenitiveHeads: return 23
        case .impliedSpeakerWords: return 24
        case .modals: return 25
        case .conditionals: return 26
        case .quantifiers: return 27
        case .relativeMaWords: return 28
        case .elatives: return 29
        case .copulaForms: return 30
        case .whetherPastForms: return 31
        case .sayingNouns: return 32
        case .relativeClauseMedia: return 33
        case .issuedFigures: return 34
        case .nameHeads: return 35
        case .sayingWithPronoun: return 36
        case .statuteAdjectives: return 37
        case .clauseOpeners: return 38
        case .resumptiveFaWords: return 39
        case .ownWawNouns: return 40
        }
    }
}
