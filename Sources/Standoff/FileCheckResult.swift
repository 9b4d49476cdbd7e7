/// The outcome of checking (and perhaps fixing) one `.ann` file.
public struct FileCheckResult: Sendable {
    /// The `.ann` file.
    public var path: String
    /// Every problem found, sorted (after fixing, against the written files).
    public var diagnostics: [Diagnostic]
    /// What `--fix` changed, one line each.
    public var repairs: [String]
    /// The files written, each with the backup of its previous version.
    public var written: [(path: String, backup: String?)]

    /// Creates a result.
    public init(path: String, diagnostics: [Diagnostic] = [], repairs: [String] = [], written: [(path: String, backup: String?)] = []) {
        self.path = path
        self.diagnostics = diagnostics
        self.repairs = repairs
        self.written = written
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
