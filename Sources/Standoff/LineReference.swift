/// The `@L12` notation of hand-written `.ann` lines: a reference to the annotation defined on
/// line 12 of the same file (typically a `T?` span given by its text, whose identifier is not
/// known yet). `isnad check --fix` replaces it with that line's identifier.
public enum LineReference {
    /// The line number of a reference such as `@L12`, or nil when `field` is not one.
    public static func number<S: StringProtocol>(in field: S) -> Int? {
        guard field.hasPrefix("@L") else { return nil }
        let digits = field.dropFirst(2)
        guard !digits.isEmpty, digits.count < 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }
}
