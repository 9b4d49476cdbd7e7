/// How often annotators gave one label where another gave another, on overlapping spans
/// (rows: the first annotator of each pair, columns: the second; `—`: no overlapping span).
public struct LabelConfusion: Hashable, Sendable {
    /// The row and column names: the labels, then `—`.
    public var labels: [String]
    /// The counts, `counts[row][column]`.
    public var counts: [[Int]]

    /// The confusion of `pairs` over `labels`.
    public init(pairs: [AlignedPair], labels known: [String]) {
        var tally: [String: [String: Int]] = [:]
        for pair in pairs {
            tally[pair.first?.label ?? Self.none, default: [:]][pair.second?.label ?? Self.none, default: 0] += 1
        }
        self.init(tally: tally, labels: known)
    }

    /// The confusion from counts `first label → second label → count` over `labels`.
    public init(tally: [String: [String: Int]], labels known: [String]) {
        var names = known
        let found = Set(tally.keys).union(tally.values.flatMap(\.keys)).subtracting(known + [Self.none])
        names += found.sorted()
        names.append(Self.none)
        labels = names
        counts = names.map { row in names.map { column in tally[row]?[column] ?? 0 } }
    }

    /// The name of "no overlapping span".
    public static let none = "—"
}
