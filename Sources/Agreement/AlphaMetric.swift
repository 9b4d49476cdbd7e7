/// The difference function of Krippendorff's alpha (the level of measurement of the values).
public enum AlphaMetric: String, Hashable, Sendable, CaseIterable {
    /// Categories are equal or not (labels, Stance, Form).
    case nominal
    /// Ranks: the distance grows with the number of values between two categories.
    case ordinal
    /// Numbers on an interval scale: squared difference.
    case interval
    /// Numbers with an absolute zero: squared relative difference.
    case ratio
}
