/// What a figure rests on: how many units, documents and annotators, and what was left out and why.
public struct Coverage: Hashable, Sendable {
    /// The number of units (tokens, scalars, spans or attributions) the figure uses.
    public var units: Int
    /// What a unit is (`tokens`, `spans`, …).
    public var unitName: String
    /// The number of documents used.
    public var documents: Int
    /// The number of annotators used.
    public var annotators: Int
    /// What was left out, each with its reason (`2 documents: not annotated by every annotator`).
    public var leftOut: [String]

    /// A coverage record.
    public init(units: Int, unitName: String, documents: Int, annotators: Int, leftOut: [String] = []) {
        self.units = units
        self.unitName = unitName
        self.documents = documents
        self.annotators = annotators
        self.leftOut = leftOut
    }

    /// `1,234 tokens, 10 docs, 3 annotators; left out: …`.
    public var summary: String {
        var text = "\(units) \(unitName), \(documents) doc\(documents == 1 ? "" : "s"), \(annotators) annotators"
        if !leftOut.isEmpty { text += "; left out: " + leftOut.joined(separator: "; ") }
        return text
    }
}
