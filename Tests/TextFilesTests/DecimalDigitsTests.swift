import Testing
import TextFiles

/// Decimal digits as `String(n)` writes them.
struct DecimalDigitsTests {
    @Test func digitsAreThoseOfStringDescribing() {
        var numbers: [UInt64] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, 275_432, UInt64.max, UInt64.max - 1]
        var power: UInt64 = 1
        while power <= UInt64.max / 10 {
            power *= 10
            numbers += [power - 1, power, power + 1]
        }
        for number in numbers {
            let written = [UInt8](unsafeUninitializedCapacity: 20) { buffer, count in
                guard let out = buffer.baseAddress else { return }
                count = 0
                DecimalDigits.write(number, to: out, at: &count)
            }
            #expect(written == Array(String(number).utf8))
            #expect(DecimalDigits.count(number) == written.count)
        }
    }
}
