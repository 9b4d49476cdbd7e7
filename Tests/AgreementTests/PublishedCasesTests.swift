import Foundation
import Testing
@testable import Agreement

/// Every case of `shared/agreement-examples/cases.json`, to the published tolerance (1e-6).
@Suite struct PublishedCasesTests {
    @Test func everyCaseMatchesItsValue() throws {
        let published = try PublishedCases.load()
        #expect(published.cases.count >= 57)
        var checked = 0
        for entry in published.cases {
            let id = entry["id"] as? String ?? "?"
            let measure = entry["measure"] as? String ?? ""
            let expected = entry["value"] as? Double
            guard let computed = compute(entry, measure: measure, published) else {
                Issue.record("\(id): measure \(measure) not computed")
                continue
            }
            check(id: id, computed: computed, expected: expected, tolerance: published.tolerance)
            checked += 1
            if measure == "krippendorff_alpha_unitizing", let tally = unitizingTally(entry, published) {
                if let observed = entry["D_o"] as? Double {
                    #expect(abs(tally.observedDisagreement - observed) < published.tolerance, "\(id) D_o")
                }
                if let expectedDisagreement = entry["D_e"] as? Double {
                    #expect(abs(tally.expectedDisagreement - expectedDisagreement) < published.tolerance, "\(id) D_e")
                }
            }
        }
        #expect(checked == published.cases.count)
    }

    private func check(id: String, computed: Statistic, expected: Double?, tolerance: Double) {
        switch (computed, expected) {
        case (.value(let value), .some(let expected)):
            #expect(abs(value - expected) < tolerance, "\(id): \(value) vs \(expected)")
        case (.undefined, .none):
            break
        default:
            let wanted = expected.map { String($0) } ?? "undefined"
            Issue.record(Comment(rawValue: "\(id): computed \(computed), expected \(wanted)"))
        }
    }

    private func compute(_ entry: [String: Any], measure: String, _ published: PublishedCases) -> Statistic? {
        let id = entry["id"] as? String ?? ""
        let name = entry["dataset"] as? String ?? ""
        if measure.hasPrefix("krippendorff_alpha_unitizing") {
            if measure.hasPrefix("krippendorff_alpha_unitizing_overall") {
                guard let dataset = published.unitizingDataset(name) else { return nil }
                return UnitizingTally.overallAlpha(continua(dataset).values.map(\.tally))
            }
            return unitizingTally(entry, published)?.alpha
        }
        guard let dataset = published.dataset(name) else { return nil }
        let format = dataset["format"] as? String
        if format == "contingency_table" {
            guard let table = PublishedCases.integerTable(dataset) else { return nil }
            let contingency = ContingencyTable(rows: table.map { $0.map(Double.init) })
            if measure.hasPrefix("scott_pi") {
                var fleiss = FleissCounts(raters: 2, categories: table.count)
                for (r, row) in table.enumerated() {
                    for (c, n) in row.enumerated() {
                        var unit = Array(repeating: 0, count: table.count)
                        unit[r] += 1
                        unit[c] += 1
                        for _ in 0..<n { fleiss.addUnit(unit) }
                    }
                }
                return fleiss.kappa
            }
            return measure == "cohen_kappa" ? contingency.cohenKappa : nil
        }
        if format == "subject_category_counts" {
            guard measure == "fleiss_kappa", let table = PublishedCases.integerTable(dataset) else { return nil }
            return FleissCounts(subjectCategoryCounts: table)?.kappa
        }
        guard let data = PublishedCases.reliabilityMatrix(dataset) else { return nil }
        let matrix = ReliabilityMatrix(data.values)
        switch measure {
        case "krippendorff_alpha_nominal": return matrix.alpha(.nominal)
        case "krippendorff_alpha_ordinal": return matrix.alpha(.ordinal)
        case "krippendorff_alpha_interval": return matrix.alpha(.interval)
        case "krippendorff_alpha_ratio": return matrix.alpha(.ratio)
        case "fleiss_kappa": return matrix.fleiss.kappa
        case "cohen_kappa":
            guard let coders = entry["coders"] as? [String], coders.count == 2,
                  let first = data.coders.firstIndex(of: coders[0]),
                  let second = data.coders.firstIndex(of: coders[1]) else { return nil }
            return matrix.contingency(first, second).cohenKappa
        default:
            guard measure.hasPrefix("fleiss_kappa_category"),
                  let suffix = id.split(separator: "category").last,
                  let category = matrix.categories.firstIndex(of: String(suffix)) else { return nil }
            return matrix.fleiss.kappa(category: category)
        }
    }

    private func unitizingTally(_ entry: [String: Any], _ published: PublishedCases) -> UnitizingTally? {
        guard let id = entry["id"] as? String, let name = entry["dataset"] as? String,
              let dataset = published.unitizingDataset(name),
              let category = id.components(separatedBy: "_alpha_u_").last else { return nil }
        return continua(dataset)[category]?.tally
    }

    private func continua(_ dataset: [String: Any]) -> [String: UnitizingContinuum] {
        let begin = (dataset["begin"] as? NSNumber)?.intValue ?? 0
        let length = (dataset["length"] as? NSNumber)?.intValue ?? 0
        let study = dataset["study"] as? [String: [[[Int]]]] ?? [:]
        return study.mapValues { raters in
            UnitizingContinuum(begin: begin, length: length, units: raters.map { units in
                units.compactMap { pair in pair.count == 2 ? pair[0]..<(pair[0] + pair[1]) : nil }
            })
        }
    }
}
