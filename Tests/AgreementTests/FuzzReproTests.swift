import Testing
@testable import Agreement

/// Inputs that trapped the agreement statistics (found by QA fuzzing `isnad agree`).
@Suite struct FuzzReproTests {
    /// `isnad agree` with 40 annotator folders: the IO tally packed each unit's values into one
    /// base-3 `Int`, and 3^40 overflowed it. Past 39 annotators the values are kept as arrays; the
    /// tally must be the one built unit by unit (up to the order of the floating-point sums: the
    /// packed path adds the patterns in code order).
    @Test(arguments: [DocumentAnalysis.packedAnnotators, DocumentAnalysis.packedAnnotators + 1, 64])
    func manyAnnotatorsTallyLikeOneUnitAtATime(_ m: Int) {
        let units = [0..<2, 2..<4, 4..<6]
        // Annotator a marks unit (a % 3), has no file when a % 7 == 6, marks nothing when a % 5 == 4.
        let intervals: [[Range<Int>]?] = (0..<m).map { a in
            if a % 7 == 6 { return nil }
            if a % 5 == 4 { return [] }
            return [units[a % 3]]
        }
        var expected = NominalTally(annotators: m, categories: 2)
        for unit in units {
            expected.addUnit((0..<m).map { a in intervals[a].map { $0.contains(unit) ? 1 : 0 } })
        }
        let tally = DocumentAnalysis.ioTally(units: units, intervals: intervals, annotators: m)
        #expect(tally.units == 3)
        #expect(tally.pairTables == expected.pairTables)
        #expect(tally.fleiss == expected.fleiss)
        #expect(zip(tally.coincidences.counts, expected.coincidences.counts).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(abs(tally.agreement.agreement - expected.agreement.agreement) < 1e-9)
        #expect(tally.agreement.pairableUnits == expected.agreement.pairableUnits)
    }
}
