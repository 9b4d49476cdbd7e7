/// How often annotators gave one label where another gave another, on overlapping spans
/// (rows: the first annotator of each pair, columns: the second; `—`: no overlapping span).
public struct LabelConfusion: Hashable, Sendable {
    /// The row and column names: the labels, then `—`.
    public var labels: [String]
    /// The counts, `counts[row][column]`.
    public var counts: [[Int]]

    /// The confusion of `pairs` over `labels`.
    public init(pairs: [AlignedPair], labels known: [String]) {
        var names = known
        for pair in pairs {
            for span in [pair.first, pair.second].compactMap({ $0 }) where !names.contains(span.label) { names.append(span.label) }
        }
        names.append(Self.none)
        labels = names
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        counts = Array(repeating: Array(repeating: 0, count: names.count), count: names.count)
        for pair in pairs {
            let row = index[pair.first?.label ?? Self.none] ?? names.count - 1
            let column = index[pair.second?.label ?? Self.none] ?? names.count - 1
            counts[row][column] += 1
        }
    }

    /// The name of "no overlapping span".
    public static let none = "—"
}
