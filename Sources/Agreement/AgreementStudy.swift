import Foundation
import Parallelism

/// Agreement between two or more annotators over the same documents: span P/R/F1, unit-level
/// κ, α, percent agreement and AC1 in IO encoding, unitizing αu, attributions with Stance and
/// Form, with bootstrap intervals over documents.
public struct AgreementStudy: Sendable {
    /// The annotators' names (folder names), in order.
    public var annotators: [String]
    /// The documents, each with every annotator's annotations (nil where missing).
    public var documents: [DocumentAnnotations]
    /// The labels measured: the scheme's, then any other label found.
    public var labels: [String]

    /// A study of `documents` by `annotators`; `labels` default to the scheme's plus any found.
    public init(annotators: [String], documents: [DocumentAnnotations], labels: [String]? = nil) {
        self.annotators = annotators
        self.documents = documents
        self.labels = labels ?? DocumentAnnotations.labels(in: documents)
    }

    /// The report; `units` splits a text into the IO units (tokens, or one per scalar); nil
    /// `bootstrap` reports no intervals; `keepPairs` keeps every aligned span pair (for `--pairs`).
    public func report(unitKind: UnitKind, units: @Sendable ([Unicode.Scalar]) -> [Range<Int>],
                       bootstrap: Bootstrap?, keepPairs: Bool = true) -> AgreementReport {
        let analyses = analyse(units: units, keepPairs: keepPairs)
        let lengths = UnitizingLengths(units: analyses.map(\.unitLengths), gaps: analyses.map(\.gapLengths), labels: labels.count)
        let statistics = analyses.map(\.statistics)
        let specs = figureSpecs()
        let labelCount = labels.count, raters = annotators.count
        // Bootstrap resamples sum flat vectors of counts, then restore the structure once.
        let template = DocumentStatistics(annotators: raters, labels: labelCount)
        let vectors = statistics.map(\.flattened)
        let width = template.flattened.count
        let evaluateAll: @Sendable ([Double]) -> [Statistic] = { weights in
            var sum = [Double](repeating: 0, count: width)
            sum.withUnsafeMutableBufferPointer { target in
                for (vector, weight) in zip(vectors, weights) where weight > 0 {
                    vector.withUnsafeBufferPointer { source in
                        for index in 0..<width { target[index] += source[index] * weight }
                    }
                }
            }
            let total = template.restored(from: sum)
            let expected = (0..<labelCount).map { label -> Double in
                let tally = total.unitizing[label]
                return UnitizingTally.expectedDisagreement(
                    raters: raters, length: tally.length, unitCount: tally.unitCount, cubicSum: tally.cubicSum,
                    pairSum: tally.pairSum, cross: lengths.cross(label: label, weights: weights))
            }
            return specs.map { $0.evaluate(total, expected) }
        }
        let all = Array(repeating: 1.0, count: statistics.count)
        let values = evaluateAll(all)
        var total = DocumentStatistics(annotators: raters, labels: labelCount)
        for document in statistics { total.add(document) }
        let intervals = bootstrap.map { bootstrap in
            bootstrap.intervals(documents: statistics.count, figureCount: specs.count) { weights in
                evaluateAll(weights).map(\.value)
            }
        } ?? Array(repeating: nil, count: specs.count)
        let figures = specs.indices.map { index in
            Figure(group: specs[index].group, measure: specs[index].measure, label: specs[index].label,
                   annotators: specs[index].annotators, statistic: values[index],
                   interval: values[index].value == nil ? nil : intervals[index], coverage: specs[index].coverage(total))
        }
        let pairs = analyses.flatMap(\.pairs)
        var confusion: [String: [String: Int]] = [:]
        for analysis in analyses {
            for (row, columns) in analysis.confusion {
                for (column, count) in columns { confusion[row, default: [:]][column, default: 0] += count }
            }
        }
        let breakdown = analyses.map(\.breakdown).sorted { a, b in
            switch (a.spanF1.value, b.spanF1.value) {
            case let (x?, y?): return x != y ? x < y : a.path < b.path
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.path < b.path
            }
        }
        let missing = documents.compactMap { document -> (document: String, annotators: [String])? in
            let absent = document.annotations.indices.filter { document.annotations[$0] == nil }.map { annotators[$0] }
            return absent.isEmpty ? nil : (document.path, absent)
        }
        return AgreementReport(annotators: annotators, labels: labels, unitKind: unitKind,
                               bootstrap: bootstrap ?? Bootstrap(samples: 0), documentCount: documents.count,
                               figures: figures, confusion: LabelConfusion(tally: confusion, labels: labels),
                               documents: breakdown, pairs: pairs, missing: missing)
    }

    /// Every document's analysis, on all cores, in document order.
    private func analyse(units: @Sendable ([Unicode.Scalar]) -> [Range<Int>], keepPairs: Bool) -> [DocumentAnalysis] {
        let annotators = annotators, labels = labels
        return ParallelMap.map(documents) { document in
            DocumentAnalysis(document, annotators: annotators, labels: labels, units: units(document.scalars), keepPairs: keepPairs)
        }
    }

    /// The figures, in report order.
    private func figureSpecs() -> [FigureSpec] {
        let m = annotators.count, labelCount = labels.count
        let pairs = NominalTally.pairs(of: m)
        let pairNames = pairs.map { "\(annotators[$0.0])–\(annotators[$0.1])" }
        var specs: [FigureSpec] = []
        let labelNames = labels + ["micro", "macro"]
        for (p, pairName) in pairNames.enumerated() {
            for (modeIndex, mode) in MatchMode.allCases.enumerated() {
                for (l, labelName) in labelNames.enumerated() {
                    for (measure, value) in Self.scores {
                        specs.append(FigureSpec(group: "spans", measure: "\(measure) \(mode.rawValue)", label: labelName, annotators: pairName,
                            evaluate: { s, _ in Self.spanFigure(s.spans[modeIndex][p], label: l, labels: labelCount, value: value) },
                            coverage: { s in
                                let counts = Self.spanCounts(s.spans[modeIndex][p], label: l, labels: labelCount)
                                return Coverage(units: Int(counts.reference + counts.candidate), unitName: "spans",
                                                documents: Int(s.pairDocuments[p]), annotators: 2,
                                                leftOut: Self.missingPair(s, p))
                            }))
                    }
                }
            }
        }
        for l in 0...labelCount {
            let labelName = l < labelCount ? labels[l] : "all"
            specs += tallyFigures(group: "units", label: labelName, pairNames: pairNames, unitName: "units",
                                  tally: { $0.units[l] }, extraLeftOut: { _ in [] })
        }
        for l in 0...labelCount {
            let labelName = l < labelCount ? labels[l] : "all"
            specs.append(FigureSpec(group: "unitizing", measure: "αu", label: labelName, annotators: "all",
                evaluate: { s, expected in
                    let chosen = l < labelCount ? [l] : Array(0..<labelCount)
                    guard m > 1 else { return .undefined(.fewerThanTwoAnnotators) }
                    let observed = chosen.reduce(0.0) { $0 + s.unitizing[$1].observedDisagreement }
                    let expectedSum = chosen.reduce(0.0) { $0 + expected[$1] }
                    guard expectedSum > 0 else { return .undefined(.noExpectedDisagreement) }
                    return .value(1 - observed / expectedSum)
                },
                coverage: { s in
                    let chosen = l < labelCount ? [l] : Array(0..<labelCount)
                    let marked = chosen.reduce(0.0) { $0 + s.unitizing[$1].unitCount }
                    let merged = Int(chosen.reduce(0.0) { $0 + s.unitizing[$1].mergedUnits })
                    var leftOut = Self.incomplete(s)
                    if merged > 0 { leftOut.append("\(merged) overlapping units of one annotator merged (nested spans)") }
                    return Coverage(units: Int(marked), unitName: "units marked", documents: Int(s.completeDocuments),
                                    annotators: m, leftOut: leftOut)
                }))
        }
        for (p, pairName) in pairNames.enumerated() {
            for (measure, value) in Self.scores {
                specs.append(FigureSpec(group: "attributions", measure: measure, label: "attribution", annotators: pairName,
                    evaluate: { s, _ in value(s.attributions[p]) },
                    coverage: { s in
                        var leftOut = Self.missingPair(s, p)
                        if s.brokenEvents > 0 { leftOut.append("\(Int(s.brokenEvents)) events naming no annotation") }
                        return Coverage(units: Int(s.attributions[p].reference + s.attributions[p].candidate), unitName: "attributions",
                                        documents: Int(s.pairDocuments[p]), annotators: 2, leftOut: leftOut)
                    }))
            }
        }
        let unshared: @Sendable (DocumentStatistics) -> [String] = { s in
            s.unsharedAttributions > 0 ? ["\(Int(s.unsharedAttributions)) attributions not shared by every annotator"] : []
        }
        specs += tallyFigures(group: "attributions", label: "Stance", pairNames: pairNames, unitName: "shared attributions",
                              tally: { $0.stance }, extraLeftOut: unshared)
        specs += tallyFigures(group: "attributions", label: "Form", pairNames: pairNames, unitName: "shared attributions",
                              tally: { $0.form }, extraLeftOut: unshared)
        return specs
    }

    /// α, Fleiss κ, percent agreement and AC1 across all annotators, then κ, percent agreement
    /// and AC1 per pair, from one tally.
    private func tallyFigures(group: String, label: String, pairNames: [String], unitName: String,
                              tally: @escaping @Sendable (DocumentStatistics) -> NominalTally,
                              extraLeftOut: @escaping @Sendable (DocumentStatistics) -> [String]) -> [FigureSpec] {
        let m = annotators.count
        let all: @Sendable (DocumentStatistics) -> Coverage = { s in
            let t = tally(s)
            var leftOut = extraLeftOut(s)
            let unpaired = Int(t.units - t.agreement.pairableUnits)
            if unpaired > 0 { leftOut.append("\(unpaired) \(unitName) with fewer than two annotators") }
            return Coverage(units: Int(t.agreement.pairableUnits), unitName: unitName, documents: Int(s.pairableDocuments),
                            annotators: m, leftOut: leftOut)
        }
        var specs = [
            FigureSpec(group: group, measure: "Krippendorff α", label: label, annotators: "all",
                       evaluate: { s, _ in tally(s).coincidences.alpha() }, coverage: all),
            FigureSpec(group: group, measure: "Fleiss κ", label: label, annotators: "all",
                       evaluate: { s, _ in tally(s).fleiss.kappa },
                       coverage: { s in
                           let t = tally(s)
                           var leftOut = extraLeftOut(s)
                           let partial = Int(t.units - t.fleiss.subjects)
                           if partial > 0 { leftOut.append("\(partial) \(unitName) not coded by every annotator") }
                           return Coverage(units: Int(t.fleiss.subjects), unitName: unitName,
                                           documents: Int(s.completeDocuments), annotators: m, leftOut: leftOut)
                       }),
            FigureSpec(group: group, measure: "percent agreement", label: label, annotators: "all",
                       evaluate: { s, _ in tally(s).agreement.percentAgreement }, coverage: all),
            FigureSpec(group: group, measure: "Gwet AC1", label: label, annotators: "all",
                       evaluate: { s, _ in tally(s).agreement.gwetAC1 }, coverage: all),
        ]
        for (p, pairName) in pairNames.enumerated() {
            let coverage: @Sendable (DocumentStatistics) -> Coverage = { s in
                var leftOut = Self.missingPair(s, p) + extraLeftOut(s)
                let t = tally(s)
                let unpaired = Int(t.units - t.pairTables[p].total)
                if unpaired > 0, leftOut.isEmpty { leftOut.append("\(unpaired) \(unitName) not coded by both") }
                return Coverage(units: Int(t.pairTables[p].total), unitName: unitName, documents: Int(s.pairDocuments[p]),
                                annotators: 2, leftOut: leftOut)
            }
            specs.append(FigureSpec(group: group, measure: "Cohen κ", label: label, annotators: pairName,
                                    evaluate: { s, _ in tally(s).pairTables[p].cohenKappa }, coverage: coverage))
            specs.append(FigureSpec(group: group, measure: "percent agreement", label: label, annotators: pairName,
                                    evaluate: { s, _ in tally(s).pairTables[p].percentAgreement }, coverage: coverage))
            specs.append(FigureSpec(group: group, measure: "Gwet AC1", label: label, annotators: pairName,
                                    evaluate: { s, _ in tally(s).pairTables[p].gwetAC1 }, coverage: coverage))
        }
        return specs
    }

    /// Precision, recall and F1, by name.
    private static let scores: [(String, @Sendable (MatchCounts) -> Statistic)] = [
        ("P", { $0.precision }), ("R", { $0.recall }), ("F1", { $0.f1 }),
    ]

    private static func spanCounts(_ perLabel: [MatchCounts], label: Int, labels: Int) -> MatchCounts {
        guard label >= labels else { return perLabel[label] }
        var sum = MatchCounts()
        for counts in perLabel { sum.add(counts) }
        return sum
    }

    /// A span figure for one label, micro (pooled counts) or macro (mean over labels where defined).
    private static func spanFigure(_ perLabel: [MatchCounts], label: Int, labels: Int,
                                   value: (MatchCounts) -> Statistic) -> Statistic {
        if label < labels { return value(perLabel[label]) }
        if label == labels { return value(spanCounts(perLabel, label: label, labels: labels)) }
        let defined = perLabel.compactMap { value($0).value }
        return defined.isEmpty ? .undefined(.noAnnotations) : .value(defined.reduce(0, +) / Double(defined.count))
    }

    private static func missingPair(_ s: DocumentStatistics, _ p: Int) -> [String] {
        let missing = Int(s.documents - s.pairDocuments[p])
        return missing > 0 ? ["\(missing) document\(missing == 1 ? "" : "s"): one of the pair has no file"] : []
    }

    private static func incomplete(_ s: DocumentStatistics) -> [String] {
        let missing = Int(s.documents - s.completeDocuments)
        return missing > 0 ? ["\(missing) document\(missing == 1 ? "" : "s"): not annotated by every annotator"] : []
    }
}
