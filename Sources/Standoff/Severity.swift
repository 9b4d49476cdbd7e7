/// How serious a diagnostic is: an error makes `isnad check` exit 1, a warning does not.
public enum Severity: String, Hashable, Sendable, Comparable {
    /// A problem brat (or the Isnad scheme) refuses.
    case error
    /// Something suspicious that brat accepts.
    case warning

    /// Errors sort before warnings at the same place.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}
