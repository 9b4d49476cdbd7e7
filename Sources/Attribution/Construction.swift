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
}
