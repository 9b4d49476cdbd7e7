import Foundation

/// A token of the original text.
public struct Token: Hashable, Sendable {
    /// What kind of token it is.
    public var kind: TokenKind
    /// The original scalar offset where it starts.
    public var start: Int
    /// The original scalar offset just after it.
    public var end: Int
    /// The original text, exactly `scalars[start..<end]`.
    public var surface: String
    /// The surface normalized with the `search` profile.
    public var normalized: String

    /// Creates a token.
    public init(kind: TokenKind, start: Int, end: Int, surface: String, normalized: String) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.normalized = normalized
    }

    /// A token whose original text is `scalars` and whose normalized form is the UTF-8 `normalized`
    /// (the surface string is shared when both are equal).
    init(kind: TokenKind, start: Int, end: Int, scalars: UnsafeBufferPointer<Unicode.Scalar>, normalized: UnsafeBufferPointer<UInt8>) {
        let (surface, same) = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4 * scalars.count + 1) { out -> (String, Bool) in
            guard let base = out.baseAddress else { return ("", normalized.isEmpty) }
            var count = 0
            for scalar in scalars { UTF8Encoding.encode(scalar.value, into: base, at: &count) }
            let bytes = UnsafeBufferPointer(start: base, count: count)
            let same = count == normalized.count && (count == 0 || normalized.baseAddress.map { memcmp(base, $0, count) == 0 } ?? false)
            return (String(decoding: bytes, as: UTF8.self), same)
        }
        self.init(kind: kind, start: start, end: end, surface: surface,
                  normalized: same ? surface : String(decoding: normalized, as: UTF8.self))
    }

    /// The original scalar range.
    public var range: Range<Int> { start..<end }
}
