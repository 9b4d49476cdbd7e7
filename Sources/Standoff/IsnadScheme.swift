/// The names of the Isnad annotation scheme: labels, event roles and attributes.
///
/// An attribution is an event of type `Cue` whose trigger is the Cue span, with roles
/// `Source` (optional) and `Content` (numbered `Content2`, … when there are several), and the
/// attributes `Stance` and `Form` on the event. Disclaimers are lone `Disclaimer` spans.
public enum IsnadScheme {
    /// The speaker: person, role, organization, outlet, "sources".
    public static let source = "Source"
    /// The words that mark the attribution; also the event type.
    public static let cue = "Cue"
    /// What is attributed.
    public static let content = "Content"
    /// The outlet's own disclaimer of responsibility.
    public static let disclaimer = "Disclaimer"
    /// Every text-bound label, in display order.
    public static let labels = [source, cue, content, disclaimer]
    /// The event type of an attribution (equal to its trigger's label).
    public static let eventType = cue
    /// The roles of an attribution event besides its trigger.
    public static let roles = [source, content]
    /// The name of the stance attribute.
    public static let stanceAttribute = "Stance"
    /// The name of the form attribute.
    public static let formAttribute = "Form"
    /// The note type the extractor uses for its rule names.
    public static let noteType = "AnnotatorNotes"

    /// How the source holds the content.
    public enum Stance: String, CaseIterable, Hashable, Sendable {
        /// The source asserts it (speech and publication verbs).
        case assert = "Assert"
        /// The source holds it as an opinion (يرى، اعتبر).
        case believe = "Believe"
        /// The source holds it as uncertain (رجح، توقع).
        case hedge = "Hedge"
        /// The source claims it while the writer keeps a distance (زعم، ادعى).
        case allege = "Allege"
        /// The source denies it (نفى، رفض).
        case deny = "Deny"
    }

    /// How the content is given.
    public enum Form: String, CaseIterable, Hashable, Sendable {
        /// A quotation, entirely inside quotation marks.
        case direct = "Direct"
        /// Reported speech.
        case indirect = "Indirect"
        /// A reported clause containing quoted fragments.
        case mixed = "Mixed"
    }
}
