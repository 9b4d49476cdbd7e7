/// A syntactic pattern in which a cue attributes Content to a Source, or a restriction on the patterns
/// a cue record licenses (`isRestriction`), written among them in the record.
public enum Construction: String, Sendable, CaseIterable, Hashable {
    /// The Source follows the cue: `قال الوزير إن …`.
    case verbSubject = "verb-subject"
    /// The Source precedes the cue: `الوزير قال إن …`, `ترامب نفى …`.
    case subjectVerb = "subject-verb"
    /// A circumstantial participle: `… قائلا إن …`; the Source is the main clause's.
    case participle
    /// Content after a colon: `فقال: "…"`, `كتب فلان في "…":`.
    case colon
    /// Content is the quotation right before the cue: `"…"، قال الوزير`.
    case quote
    /// A prepositional attribution governing a clause: `وفقا لـ SOURCE، CLAUSE`.
    case according
    /// A parenthetical cue between commas: `…، تابع الكاتبان، CLAUSE`.
    case parenthetical
    /// The object noun phrase is the Content: `رفض ترامب التقارير …`.
    case object
    /// The object noun phrase is the Content only after a Source that follows the cue:
    /// `أكد الوزير أهمية الحوار` (not `التحولات … أكدت أهمية …`, where the subject precedes the cue).
    case objectAfterSource = "object-after-source"
    /// A restriction, not a pattern: the cue opens its clause (at the line's or sentence's start or
    /// after a punctuation mark, a conjunction attached): `بيّن الوزير أن …`, not `جمع بين الفريقين`.
    case clauseInitial = "clause-initial"
    /// The object noun phrase is the Content only when the speaker is implied, the cue opening its
    /// clause after و, كما، فيما or حيث: `وشدد على ضرورة …` (not `شددت الولاية الأولى على الحوار`).
    case objectImplied = "object-implied"
    /// A restriction: after the Source a plain noun object (no ال, no pronoun, no comma before it, not an
    /// `object-start` word such as `مقتل`، `أهمية`) is a mention, no claim (`ذكرت الصحيفة اسم المتهم`), and
    /// a mention noun with a definite word or a pronoun after it (`اسم`، `تفاصيل`) ends a Source after the cue.
    case mention
    /// A restriction: the cue's own governed بـ introduces its object, never an addressee
    /// (`اعترفت الولايات المتحدة بأن …`, not `أخطرت الوزارة الشركة بأن …`).
    case noAddressee = "no-addressee"
    /// A restriction: the cue takes its object only after a comma before it, and not when a
    /// preposition opens the object (`…، متوقعا استمرار …`; not `جاء القرار متوقعا بعد …`).
    case commaObject = "comma-object"
    /// A restriction: على right before a complementizer after the cue is "provided that", no
    /// complementizer, unless a noun of saying governs it (`أنهت المحكمة الجلسة على أن تستأنف …`).
    case providedThat = "provided-that"

    /// Whether the case restricts the patterns a cue licenses rather than being one.
    public var isRestriction: Bool {
        switch self {
        case .clauseInitial, .mention, .noAddressee, .commaObject, .providedThat: return true
        default: return false
        }
    }

    /// The patterns a restriction acts on, one of which its cue must license (every pattern for one
    /// that acts on all of them); empty for a pattern.
    public var restrictedPatterns: [Construction] {
        switch self {
        case .mention, .commaObject: return [.object, .objectAfterSource, .objectImplied]
        case .providedThat: return [.verbSubject, .subjectVerb]
        case .clauseInitial, .noAddressee: return Construction.allCases.filter { !$0.isRestriction }
        default: return []
        }
    }

    /// Hashes the case's position rather than its raw string (rules ask their constructions for every cue).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
    }

    /// The case's position among the cases, for hashing and for a bit mask of constructions (16 bits in
    /// `CueRuleReference`: room for one more case).
    var position: Int {
        switch self {
        case .verbSubject: return 0
        case .subjectVerb: return 1
        case .participle: return 2
        case .colon: return 3
        case .quote: return 4
        case .according: return 5
        case .parenthetical: return 6
        case .object: return 7
        case .objectAfterSource: return 8
        case .clauseInitial: return 9
        case .objectImplied: return 10
        case .mention: return 11
        case .noAddressee: return 12
        case .commaObject: return 13
        case .providedThat: return 14
        }
    }
}
