import Testing
@testable import Agreement

/// Hand-computed edge cases: perfect agreement, an empty annotator, one category, two annotators.
@Suite struct EdgeCaseTests {
    @Test func perfectAgreementIsOneEverywhere() {
        let matrix = ReliabilityMatrix([["a", "b", "c", "a"], ["a", "b", "c", "a"], ["a", "b", "c", "a"]])
        #expect(matrix.alpha() == .value(1))
        #expect(matrix.fleiss.kappa == .value(1))
        #expect(matrix.contingency(0, 2).cohenKappa == .value(1))
        #expect(matrix.agreementCounts.percentAgreement == .value(1))
        #expect(matrix.agreementCounts.gwetAC1 == .value(1))
    }

    @Test func anEmptyAnnotatorCarriesNoInformation() throws {
        // IO over 8 tokens: x marked 3 tokens, z nothing. p_o = 5/8 = p_e, so kappa = 0.
        let matrix = ReliabilityMatrix([["0", "1", "1", "0", "0", "1", "0", "0"],
                                        ["0", "0", "0", "0", "0", "0", "0", "0"]])
        let kappa = try #require(matrix.contingency(0, 1).cohenKappa.value)
        #expect(abs(kappa) < 1e-12)
        #expect(matrix.agreementCounts.percentAgreement == .value(5.0 / 8))
        // AC1: pi_1 = 3/16, p_e = 2 * 3/16 * 13/16 = 78/256; (5/8 - 78/256) / (1 - 78/256) = 82/178.
        let ac1 = try #require(matrix.agreementCounts.gwetAC1.value)
        #expect(abs(ac1 - 82.0 / 178) < 1e-12)
    }

    @Test func aSingleCategoryIsUndefinedNotOneOrZero() {
        let matrix = ReliabilityMatrix([["a", "a", "a"], ["a", "a", "a"]])
        #expect(matrix.alpha() == .undefined(.singleCategory))
        #expect(matrix.fleiss.kappa == .undefined(.singleCategory))
        #expect(matrix.contingency(0, 1).cohenKappa == .undefined(.singleCategory))
        #expect(matrix.agreementCounts.gwetAC1 == .undefined(.singleCategory))
        // Raw agreement is defined: they agree on every unit.
        #expect(matrix.agreementCounts.percentAgreement == .value(1))
        #expect(Statistic.undefined(.singleCategory).description.contains("one category only"))
    }

    @Test func unitsWithOneValueAreNotPairable() {
        let matrix = ReliabilityMatrix([["a", nil, "b"], [nil, "b", nil]])
        #expect(matrix.alpha() == .undefined(.noPairableUnits))
        #expect(matrix.contingency(0, 1).cohenKappa == .undefined(.noUnits))
        #expect(matrix.agreementCounts.percentAgreement == .undefined(.noPairableUnits))
    }

    @Test func twoAnnotatorsOnlyKappaPiAlphaAndAC1Differ() throws {
        // Wikipedia's 2 x 2 example: p_o = .7, p_e = .5, kappa = .4.
        let table = ContingencyTable(rows: [[20, 5], [10, 15]])
        #expect(abs((table.cohenKappa.value ?? 0) - 0.4) < 1e-12)
        #expect(table.percentAgreement == .value(0.7))
        // AC1: pi_yes = (25 + 30) / 100 = .55, p_e = 2 * .55 * .45 = .495, (.7 - .495) / .505.
        let ac1 = try #require(table.gwetAC1.value)
        #expect(abs(ac1 - 0.205 / 0.505) < 1e-12)
        // The same data as reliability data: Scott's pi = 1 - .3 / (1 - (.55² + .45²)) = .3939...
        var rows: [[String?]] = [[], []]
        for (a, b, n) in [("y", "y", 20), ("y", "n", 5), ("n", "y", 10), ("n", "n", 15)] {
            for _ in 0..<n { rows[0].append(a); rows[1].append(b) }
        }
        let matrix = ReliabilityMatrix(rows)
        let pi = try #require(matrix.fleiss.kappa.value)
        #expect(abs(pi - (0.7 - 0.505) / 0.495) < 1e-12)
        // Alpha: 1 - (2N - 1)(1 - p_o) / (2N (1 - P_e)) with N = 50.
        let alpha = try #require(matrix.alpha().value)
        #expect(abs(alpha - (1 - 99 * 0.3 / (100 * 0.495))) < 1e-12)
    }

    @Test func unitizingAlphaWithNothingMarkedIsUndefined() {
        let continuum = UnitizingContinuum(begin: 0, length: 40, units: [[], []])
        #expect(continuum.alpha == .undefined(.noExpectedDisagreement))
        let identical = UnitizingContinuum(begin: 0, length: 40, units: [[3..<8], [3..<8]])
        #expect(identical.alpha == .value(1))
        let single = UnitizingContinuum(begin: 0, length: 40, units: [[3..<8]])
        #expect(single.alpha == .undefined(.fewerThanTwoAnnotators))
    }

    @Test func unitizingTalliesAddOverDocuments() throws {
        // Two documents laid end to end give the same D_o as one continuum, and D_e from the pooled units and gaps.
        let first = UnitizingContinuum(begin: 0, length: 20, units: [[2..<6], [3..<6]]).tally
        let second = UnitizingContinuum(begin: 0, length: 20, units: [[10..<15], []]).tally
        var sum = first
        sum.add(second)
        #expect(sum.length == 40)
        #expect(sum.observed == first.observed + second.observed)
        #expect(sum.unitCount == 3)
        #expect(sum.gapLengths[14] == 2 && sum.gapLengths[20] == 1 && sum.gapLengths[10] == 1)
        #expect(sum.alpha.value != nil)
    }

    @Test func bootstrapIsSeededAndCoversThePointEstimate() throws {
        let tables = (0..<40).map { i in ContingencyTable(rows: [[Double(5 + i % 3), 1], [Double(i % 2), 4]]) }
        let bootstrap = Bootstrap(samples: 200, seed: 7)
        let run = {
            bootstrap.intervals(documents: tables.count, figureCount: 1) { weights in
                var sum = ContingencyTable(categories: 2)
                for (table, weight) in zip(tables, weights) where weight > 0 { sum.add(table, times: weight) }
                return [sum.cohenKappa.value]
            }
        }
        let first = try #require(run()[0])
        let second = try #require(run()[0])
        #expect(first == second)
        var total = ContingencyTable(categories: 2)
        for table in tables { total.add(table) }
        let kappa = try #require(total.cohenKappa.value)
        #expect(first.lower < kappa && kappa < first.upper)
        #expect(first.definedSamples == 200)
        let other = try #require(Bootstrap(samples: 200, seed: 8).intervals(documents: tables.count, figureCount: 1) { weights in
            [weights.reduce(0, +)]
        }[0])
        #expect(other.lower == 40 && other.upper == 40)
    }
}
