import ArabicText

/// The text a text-bound span covers, as the `.ann` line writes it.
enum SpanText {
    /// The text of `fragments` in `scalars`, joined by one space: encoded to UTF-8 once and decoded
    /// in one step (no per-scalar normalization checks of `String.UnicodeScalarView.append`).
    static func coveredText(of fragments: [Range<Int>], in scalars: [Unicode.Scalar]) -> String {
        let clamped = fragments.map { $0.clamped(to: 0..<scalars.count) }
        let capacity = clamped.reduce(0) { $0 + $1.count * 4 + 1 }
        return scalars.withUnsafeBufferPointer { scalars in
            String(unsafeUninitializedCapacity: capacity) { buffer in
                guard let bytes = buffer.baseAddress else { return 0 }
                var count = 0
                for (index, fragment) in clamped.enumerated() {
                    if index > 0 {
                        bytes[count] = 0x20
                        count += 1
                    }
                    UTF8Encoding.encode(scalars, fragment, into: bytes, at: &count)
                }
                return count
            }
        }
    }
}
