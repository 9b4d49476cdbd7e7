/// How the Content is reported, as the scheme's `Form` attribute says.
public enum Form: String, Sendable, CaseIterable, Hashable {
    /// Entirely inside quotation marks.
    case direct = "Direct"
    /// A reported clause.
    case indirect = "Indirect"
    /// A reported clause with quoted fragments.
    case mixed = "Mixed"
}
