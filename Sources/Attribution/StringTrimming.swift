extension Substring.UnicodeScalarView {
    /// The scalars without leading and trailing white space.
    func trimmingWhitespace() -> Substring.UnicodeScalarView {
        guard let first = firstIndex(where: { !ScalarClass.isWhitespace($0) }),
              let last = lastIndex(where: { !ScalarClass.isWhitespace($0) }) else { return self[endIndex...] }
        return self[first...last]
    }

    /// The scalars as a string.
    var string: String { String(Substring(self)) }
}
