import Foundation
import Testing
@testable import Attribution

/// The `.ann` writer's number and text pieces, byte for byte against Swift's own formatting.
struct ExtractionOutputTests {
    /// Digits as `String(n)` writes them, at every length up to `Int.max` and at each power of ten.
    @Test func digitsAreThoseOfStringDescribing() {
        var numbers: [Int] = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 65_535, 275_432, Int.max, Int.max - 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            numbers += [power - 1, power, power + 1]
        }
        for number in numbers {
            #expect(written { $0.writeDigits(number) } == Array(String(number).utf8))
        }
        #expect(written { $0.writeDigits(-5) }.isEmpty)
        #expect(written { $0.write(UInt8(ascii: "T"), 42) } == Array("T42".utf8))
    }

    /// Text of any kind (small, large, non-ASCII) is copied as its UTF-8.
    @Test func textIsItsUTF8() {
        for text in ["", "Cue", "Content2", "speech-verb-colon-quote-with-a-long-name", "قال", "👍🏽 x"] {
            #expect(written { $0.write(text) } == Array(text.utf8))
        }
    }

    /// The bytes `body` writes.
    private func written(_ body: (inout ExtractionOutput.Writer) -> Void) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 256) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            var writer = ExtractionOutput.Writer(base: base)
            body(&writer)
            count = writer.count
        }
    }
}

/// The canonical order of spans and events, packed or not.
struct ExtractionOutputOrderTests {
    /// Keys small enough to pack and keys too large for it sort as (start, end, index) tuples do.
    @Test func orderIsTheTupleOrder() {
        var generator = SystemRandomNumberGenerator()
        for largest in [40, 1 << 23, 1 << 24, 1 << 40] {
            for count in [0, 1, 2, 17, 300] {
                let keys = (0..<count).map { _ in (start: Int.random(in: 0..<largest, using: &generator), end: Int.random(in: 0..<40, using: &generator)) }
                let expected = keys.indices.sorted { (keys[$0].start, keys[$0].end, $0) < (keys[$1].start, keys[$1].end, $1) }
                #expect(ExtractionOutput.order(count) { keys[$0] } == expected)
            }
        }
    }
}
