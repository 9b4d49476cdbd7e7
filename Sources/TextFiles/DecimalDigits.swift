/// Decimal digits written straight into memory, two at a time: the numbers of `.ann` lines and of
/// annotate manifests.
public enum DecimalDigits {
    /// The number of decimal digits of `value` (1 for 0).
    @inlinable
    public static func count(_ value: UInt64) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1000 { return 3 }
        if value < 10000 { return 4 }
        if value < 100_000 { return 5 }
        if value < 1_000_000 { return 6 }
        return 6 + count(value / 1_000_000)
    }

    /// Writes the decimal digits of `value` at `out[position]` (room for `count(value)` bytes) and
    /// advances `position` past them.
    @inlinable
    public static func write(_ value: UInt64, to out: UnsafeMutablePointer<UInt8>, at position: inout Int) {
        // `00`, `01`, … `99`: the two digits of each number below 100
        let pairs: StaticString = """
            00010203040506070809101112131415161718192021222324252627282930313233343536373839\
            40414243444546474849505152535455565758596061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899
            """
        let digits = pairs.utf8Start
        // one and two digits (most numbers of a short text's lines) without counting them first
        if value < 10 {
            out[position] = 0x30 + UInt8(truncatingIfNeeded: value)
            position += 1
            return
        }
        if value < 100 {
            out[position] = digits[2 * Int(value)]
            out[position + 1] = digits[2 * Int(value) + 1]
            position += 2
            return
        }
        let length = count(value)
        var rest = value
        // from the last digit back
        var end = position + length
        while rest >= 100 {
            let (quotient, pair) = rest.quotientAndRemainder(dividingBy: 100)
            end -= 2
            out[end] = digits[2 * Int(pair)]
            out[end + 1] = digits[2 * Int(pair) + 1]
            rest = quotient
        }
        if rest >= 10 {
            out[end - 2] = digits[2 * Int(rest)]
            out[end - 1] = digits[2 * Int(rest) + 1]
        } else {
            out[end - 1] = 0x30 + UInt8(truncatingIfNeeded: rest)
        }
        position += length
    }
}
