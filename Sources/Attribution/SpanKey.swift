/// A text-bound span as the output builder dedupes it: its label and fragments, hashed without
/// building a string.
struct SpanKey: Hashable {
    var label: String
    var fragments: [Range<Int>]

    /// The text of `fragments` in `scalars`, joined by one space: encoded to UTF-8 once and decoded
    /// in one step (no per-scalar normalization checks of `String.UnicodeScalarView.append`).
    static func coveredText(of fragments: [Range<Int>], in scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fragments.reduce(0) { $0 + $1.count * 2 + 1 })
        for (index, fragment) in fragments.enumerated() {
            if index > 0 { bytes.append(0x20) }
            for scalar in scalars[fragment.clamped(to: 0..<scalars.count)] {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
