import Testing
@testable import Parallelism

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // The first outputs of Vigna's splitmix64.c from state 0.
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRangeAndRepeatPerSeed() {
        var first = SplitMix64(seed: 42), second = SplitMix64(seed: 42)
        let draws = (0..<1000).map { _ in first.next(below: 7) }
        #expect(draws == (0..<1000).map { _ in second.next(below: 7) })
        #expect(Set(draws) == Set(0..<7))
    }
}
