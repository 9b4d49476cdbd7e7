/// Normalized text and its alignment to the original text.
///
/// Every normalized scalar came from a range of original scalars: usually one scalar, a letter
/// together with the marks and tatweel that were dropped after it, or a run of spaces collapsed
/// into one; several normalized scalars share the one presentation form they came from.
/// Dropped controls belong to no normalized scalar. Both directions are monotone.
public struct NormalizedText: Sendable {
    /// The normalized text.
    public var text: String
    /// The normalized text's scalars.
    public var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }
    /// The number of normalized scalars.
    public var count: Int { starts.count }
    /// The number of original scalars.
    public let originalCount: Int
    private let starts: [Int32]
    private let ends: [Int32]

    init(text: String, starts: [Int32], ends: [Int32], originalCount: Int) {
        self.text = text
        self.starts = starts
        self.ends = ends
        self.originalCount = originalCount
    }

    /// The original scalar range that the normalized scalar range `normalized` came from.
    ///
    /// An empty range maps to an empty range at the corresponding original position.
    public func originalRange(of normalized: Range<Int>) -> Range<Int> {
        let lower = max(0, min(normalized.lowerBound, count))
        let upper = max(lower, min(normalized.upperBound, count))
        if lower == upper {
            let position = lower < count ? Int(starts[lower]) : originalCount
            return position..<position
        }
        return Int(starts[lower])..<Int(ends[upper - 1])
    }

    /// The original range of the normalized scalar at `index`.
    public func originalRange(ofScalarAt index: Int) -> Range<Int> {
        originalRange(of: index..<(index + 1))
    }

    /// The normalized offset of original scalar `original`: the normalized scalar it became part of,
    /// or, when it was dropped, the normalized scalar that follows it. Monotone in `original`.
    public func normalizedOffset(ofOriginal original: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if Int(ends[mid]) > original { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The normalized range covering the original range `original`: from the normalized offset of
    /// its start to the last normalized scalar that begins inside it (monotone in both bounds).
    public func normalizedRange(of original: Range<Int>) -> Range<Int> {
        let lower = normalizedOffset(ofOriginal: original.lowerBound)
        var low = lower
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if Int(starts[mid]) >= original.upperBound { high = mid } else { low = mid + 1 }
        }
        return lower..<max(lower, low)
    }
}
