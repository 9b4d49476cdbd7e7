/// brat's annotation identifiers: a letter prefix (or `#` with letters), a number, an
/// optional suffix (`T12`, `#3`, `TR1`, `E4a`), and `*` for equivalences.
public enum AnnotationID {
    /// Splits `id` into prefix, number and suffix, or nil when it is not a valid identifier.
    public static func split(_ id: Substring) -> (prefix: Substring, number: Int, suffix: Substring)? {
        let utf8 = id.utf8
        var index = utf8.startIndex
        if index < utf8.endIndex, utf8[index] == 0x23 { index = utf8.index(after: index) }
        while index < utf8.endIndex, isASCIILetter(utf8[index]) { index = utf8.index(after: index) }
        let prefixEnd = index
        if prefixEnd == utf8.startIndex { return nil }
        var number = 0
        var digits = 0
        while index < utf8.endIndex, (0x30...0x39).contains(utf8[index]) {
            if digits < 18 { number = number * 10 + Int(utf8[index] - 0x30) }
            digits += 1
            index = utf8.index(after: index)
        }
        guard digits > 0 else { return nil }
        return (id[utf8.startIndex..<prefixEnd], number, id[index...])
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

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
