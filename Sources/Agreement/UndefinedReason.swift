/// Why an agreement figure is undefined for the data at hand.
public enum UndefinedReason: Hashable, Sendable, CustomStringConvertible {
    /// Every value is the same category, so chance agreement is total and the figure is 0/0.
    case singleCategory
    /// No unit carries values from two annotators or more, so nothing can be compared.
    case noPairableUnits
    /// There are no units at all.
    case noUnits
    /// Neither side has any span or attribution to match (F1 is 0/0).
    case noAnnotations
    /// The compared side (the prediction, or the second annotator) has nothing, so precision is 0/0.
    case nothingCompared
    /// The reference (gold, or the first annotator) has nothing, so recall is 0/0.
    case nothingInReference
    /// No attribution was matched, so an accuracy over matched attributions is 0/0.
    case noMatches
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
        case .nothingCompared: return "nothing predicted"
        case .nothingInReference: return "nothing in gold"
        case .noMatches: return "nothing matched"
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
        case .nothingCompared: return "nothing predicted (or marked by the second annotator): precision is 0/0"
        case .nothingInReference: return "nothing in gold (or marked by the first annotator): recall is 0/0"
        case .noMatches: return "no matched attributions: accuracy is 0/0"
        case .noExpectedDisagreement: return "nobody marked a unit: expected disagreement is 0, 0/0"
        case .fewerThanTwoAnnotators: return "fewer than two annotators"
        }
    }
}
