/// brat's annotation identifiers: a letter prefix (or `#` with letters), a number, an
/// optional suffix (`T12`, `#3`, `TR1`, `E4a`), and `*` for equivalences.
public enum AnnotationID {
    /// Splits `id` into prefix, number and suffix, or nil when it is not a valid identifier.
    public static func split(_ id: Substring) -> (prefix: Substring, number: Int, suffix: Substring)? {
        let scalars = id.unicodeScalars
        var index = scalars.startIndex
        if index < scalars.endIndex, scalars[index] == "#" { index = scalars.index(after: index) }
        while index < scalars.endIndex, isASCIILetter(scalars[index]) { index = scalars.index(after: index) }
        let prefixEnd = index
        if prefixEnd == scalars.startIndex { return nil }
        var number = 0
        var digits = 0
        while index < scalars.endIndex, let digit = asciiDigit(scalars[index]) {
            number = digits < 18 ? number &* 10 &+ digit : number
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0 else { return nil }
        return (Substring(scalars[scalars.startIndex..<prefixEnd]), number, Substring(scalars[index...]))
    }

    /// Whether `id` is a valid brat identifier (or `*`).
    public static func isValid(_ id: Substring) -> Bool {
        id == "*" || split(id) != nil
    }

    /// The number of an identifier such as `T12` (12), or nil.
    public static func number(of id: String) -> Int? {
        split(Substring(id))?.number
    }

    /// The prefix of an identifier such as `T12` (`T`), or nil.
    public static func prefix(of id: String) -> String? {
        split(Substring(id)).map { String($0.prefix) }
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s)
    }

    private static func asciiDigit(_ s: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(s) ? Int(s.value - 48) : nil
    }
}
