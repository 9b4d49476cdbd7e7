/// Why an agreement figure is undefined for the data at hand.
public enum UndefinedReason: Hashable, Sendable, CustomStringConvertible {
    /// Every value is the same category, so chance agreement is total and the figure is 0/0.
    case singleCategory
    /// No unit carries values from two annotators or more, so nothing can be compared.
    case noPairableUnits
    /// There are no units at all.
    case noUnits
    /// Neither side has any span or attribution to match (precision, recall, F1 are 0/0).
    case noAnnotations
    /// Nobody marked any unit on the continuum, so the expected disagreement is 0 (αu is 0/0).
    case noExpectedDisagreement
    /// Fewer than two annotators take part.
    case fewerThanTwoAnnotators

    /// The reason in two or three words, for table cells.
    public var brief: String {
        switch self {
        case .singleCategory: return "one category only"
        case .noPairableUnits: return "no unit with 2 annotators"
        case .noUnits: return "no units"
        case .noAnnotations: return "nothing annotated"
        case .noExpectedDisagreement: return "nothing marked"
        case .fewerThanTwoAnnotators: return "fewer than 2 annotators"
        }
    }

    /// The reason in a few words.
    public var description: String {
        switch self {
        case .singleCategory: return "one category only: chance agreement is total, 0/0"
        case .noPairableUnits: return "fewer than two annotators on every unit"
        case .noUnits: return "no units"
        case .noAnnotations: return "no annotations on either side, 0/0"
        case .noExpectedDisagreement: return "nobody marked a unit: expected disagreement is 0, 0/0"
        case .fewerThanTwoAnnotators: return "fewer than two annotators"
        }
    }
}
