extension Substring.UnicodeScalarView {
    /// The scalars without leading and trailing white space.
    func trimmingWhitespace() -> Substring.UnicodeScalarView {
        guard let first = firstIndex(where: { !$0.properties.isWhitespace }),
              let last = lastIndex(where: { !$0.properties.isWhitespace }) else { return self[endIndex...] }
        return self[first...last]
    }

    /// The scalars as a string.
    var string: String { String(Substring(self)) }
}
