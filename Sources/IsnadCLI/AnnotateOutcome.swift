/// What happened to one document of an annotate run.
struct AnnotateOutcome: Sendable {
    /// The document's fate.
    enum Status: Equatable, Sendable {
        /// A new or changed `.ann` was written.
        case written
        /// The `.ann` already held exactly these bytes; nothing was written.
        case unchanged
        /// The `.ann` or the `.txt` copy was edited by a person and the pair left alone (no `--force`).
        case kept
        /// The `.ann` or the `.txt` copy was edited by a person and rewritten (`--force`); the old one was kept.
        case rewritten
        /// The document could not be read or annotated; nothing was written.
        case failed
    }

    /// The document's fate.
    var status: Status
    /// The relative `.ann` path (the manifest key).
    var annotationPath: String
    /// Bytes of source text read.
    var byteCount: Int = 0
    /// Events (attributions) in the annotation.
    var attributions: Int = 0
    /// Text-bound spans in the annotation.
    var spans: Int = 0
    /// A line to report (`path: message`), if any.
    var message: String? = nil
    /// The manifest entries of the `.ann` and the `.txt` copy written or confirmed, where they
    /// differ from the manifest's.
    var manifestEntries: [(path: String, entry: AnnotateManifest.Entry)] = []
}
