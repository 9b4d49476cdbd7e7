
/// Scores predicted annotations against gold: P/R/F1 per label with exact and overlap matching,
/// whole attributions, Stance and Form accuracy, precision per extractor rule, worst documents.
public struct Evaluation: Sendable {
    /// The labels scored: the scheme's, then any other label found in gold or prediction.
    public var labels: [String]
    /// Documents with gold and prediction (`annotations[0]` gold, `[1]` prediction; nil missing).
    public var documents: [DocumentAnnotations]

    /// An evaluation of `documents` (each with annotations `[gold, prediction]`).
    public init(documents: [DocumentAnnotations], labels: [String]? = nil) {
        self.documents = documents
        self.labels = labels ?? DocumentAnnotations.labels(in: documents)
    }

    /// The scores.
    public func report() -> EvaluationReport {
        var perLabel = Array(repeating: [MatchCounts](repeating: MatchCounts(), count: MatchMode.allCases.count), count: labels.count)
        var attributions = MatchCounts()
        var stanceAgree = 0, formAgree = 0, matched = 0
        var rules: [String: (predicted: Int, correct: Int)] = [:]
        var scores: [EvaluationReport.DocumentScore] = []
        var missing: [String] = [], extra: [String] = []
        for document in documents {
            guard document.annotations.count == 2, let gold = document.annotations[0] else {
                extra.append(document.path)
                continue
            }
            let predicted = document.annotations[1] ?? AnnotatedDocument(spans: [])
            if document.annotations[1] == nil { missing.append(document.path) }
            var pooled = MatchCounts()
            for (l, label) in labels.enumerated() {
                let g = gold.spans.filter { $0.label == label }, p = predicted.spans.filter { $0.label == label }
                let matched = SpanMatcher.matchCounts(g, p)
                for (m, mode) in MatchMode.allCases.enumerated() {
                    let counts = MatchCounts(matched: Double(mode == .exact ? matched.exact : matched.overlap),
                                             reference: Double(g.count), candidate: Double(p.count))
                    perLabel[l][m].add(counts)
                    if mode == .overlap { pooled.add(counts) }
                }
            }
            let aligned = AttributionRecord.align(gold.attributions, predicted.attributions)
            let documentAttributions = MatchCounts(matched: Double(aligned.count), reference: Double(gold.attributions.count),
                                                   candidate: Double(predicted.attributions.count))
            attributions.add(documentAttributions)
            var correct = Set<Int>()
            for (g, p) in aligned {
                correct.insert(p)
                matched += 1
                if gold.attributions[g].stance == predicted.attributions[p].stance { stanceAgree += 1 }
                if gold.attributions[g].form == predicted.attributions[p].form { formAgree += 1 }
            }
            for (index, record) in predicted.attributions.enumerated() {
                let rule = record.rule ?? "(no rule)"
                rules[rule, default: (0, 0)].predicted += 1
                if correct.contains(index) { rules[rule, default: (0, 0)].correct += 1 }
            }
            scores.append(.init(path: document.path, counts: pooled, attributions: documentAttributions))
        }
        var labelScores: [EvaluationReport.LabelScore] = []
        var micro = [MatchCounts](repeating: MatchCounts(), count: MatchMode.allCases.count)
        for (l, label) in labels.enumerated() {
            let exact = perLabel[l][0], overlap = perLabel[l][1]
            micro[0].add(exact)
            micro[1].add(overlap)
            labelScores.append(.init(label: label, exact: exact, overlap: overlap,
                                     exactScores: (exact.precision, exact.recall, exact.f1),
                                     overlapScores: (overlap.precision, overlap.recall, overlap.f1)))
        }
        labelScores.append(.init(label: "micro", exact: micro[0], overlap: micro[1],
                                 exactScores: (micro[0].precision, micro[0].recall, micro[0].f1),
                                 overlapScores: (micro[1].precision, micro[1].recall, micro[1].f1)))
        let used = labelScores.dropLast().filter { ($0.exact?.reference ?? 0) + ($0.exact?.candidate ?? 0) > 0 }
        func mean(_ pick: (EvaluationReport.LabelScore) -> Statistic) -> Statistic {
            let values = used.compactMap { pick($0).value }
            return values.isEmpty ? .undefined(.noAnnotations) : .value(values.reduce(0, +) / Double(values.count))
        }
        labelScores.append(.init(label: "macro", exact: nil, overlap: nil,
                                 exactScores: (mean { $0.exactScores.precision }, mean { $0.exactScores.recall }, mean { $0.exactScores.f1 }),
                                 overlapScores: (mean { $0.overlapScores.precision }, mean { $0.overlapScores.recall }, mean { $0.overlapScores.f1 })))
        let ruleScores = rules.map { EvaluationReport.RuleScore(rule: $0.key, predicted: $0.value.predicted, correct: $0.value.correct) }
            .sorted { ($0.precision.value ?? 2, $0.rule) < ($1.precision.value ?? 2, $1.rule) }
        let worst = scores.sorted { ($0.counts.f1.value ?? 2, $0.path) < ($1.counts.f1.value ?? 2, $1.path) }
        return EvaluationReport(
            labels: labelScores, attributions: attributions,
            stanceAccuracy: .ratio(Double(stanceAgree), Double(matched), else: .noMatches),
            formAccuracy: .ratio(Double(formAgree), Double(matched), else: .noMatches),
            matchedAttributions: matched, rules: ruleScores, documents: worst,
            missingPredictions: missing, extraPredictions: extra)
    }
}
