/// The family an attribution cue belongs to, as a rule file names it.
public enum CueClass: String, Sendable, CaseIterable, Hashable {
    /// Verbs of saying: قال، أضاف، أكد، says.
    case speech
    /// Verbs of writing: كتب.
    case writing
    /// Verbs of publishing and relaying: نشر، نقل.
    case publication
    /// Verbs of thinking and believing: يرى، اعتبر، يعتقد.
    case cognition
    /// Prepositional attributions: وفقا لـ، بحسب، according to.
    case accordingTo = "according-to"
    /// Denials: نفى، رفض.
    case denial
    /// Allegations: زعم، ادعى.
    case allegation
    /// Hedged attributions: رجح، توقع، لم يستبعد.
    case hedge
}
