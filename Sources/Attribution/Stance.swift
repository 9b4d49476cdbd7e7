/// The attitude of the Source towards the Content, as the scheme's `Stance` attribute says.
public enum Stance: String, Sendable, CaseIterable, Hashable {
    /// Stated as fact.
    case assert = "Assert"
    /// Held as an opinion or belief.
    case believe = "Believe"
    /// Put as likely, not certain.
    case hedge = "Hedge"
    /// Claimed, with the writer keeping distance.
    case allege = "Allege"
    /// Denied or rejected.
    case deny = "Deny"

    /// The stance after a negator right before the cue: Assert and Believe become Deny.
    public var negated: Stance {
        switch self {
        case .assert, .believe: return .deny
        case .hedge, .allege, .deny: return self
        }
    }
}
