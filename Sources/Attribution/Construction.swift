/// A syntactic pattern in which a cue attributes Content to a Source.
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

    /// Hashes the case's position rather than its raw string (rules ask their constructions for every cue).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(position)
    }

    /// The case's position among the cases, for hashing and for a bit mask of constructions.
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
        }
    }
}
