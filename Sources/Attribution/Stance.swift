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

}
