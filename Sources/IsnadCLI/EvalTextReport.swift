import Agreement

/// The terminal report of `isnad eval`.
enum EvalTextReport {
    /// The whole report.
    static func render(_ report: EvaluationReport, gold: String, predicted: String) -> String {
        var notes = UndefinedFootnotes()
        func cell(_ statistic: Statistic) -> String { notes.cell(statistic) }
        var out = ["Evaluation of \(predicted) against \(gold): \(report.documents.count) document\(report.documents.count == 1 ? "" : "s")"]
        if !report.missingPredictions.isEmpty {
            out.append("missing predictions (scored as predicting nothing): " + report.missingPredictions.joined(separator: ", "))
        }
        if !report.extraPredictions.isEmpty {
            out.append("extra predictions without gold (left out): " + report.extraPredictions.joined(separator: ", "))
        }
        out.append("")
        var labels = AgreeTable(header: ["label", "exact P", "R", "F1", "overlap P", "R", "F1", "gold", "predicted"])
        for row in report.labels {
            labels.rows.append([row.label, cell(row.exactScores.precision), cell(row.exactScores.recall), cell(row.exactScores.f1),
                                cell(row.overlapScores.precision), cell(row.overlapScores.recall), cell(row.overlapScores.f1),
                                row.exact.map { String(Int($0.reference)) } ?? "", row.exact.map { String(Int($0.candidate)) } ?? ""])
        }
        out.append(labels.rendered)
        out.append("")
        out.append("Spans per label: matched, missed (gold without a match), spurious (predicted without a match)")
        var tallies = AgreeTable(header: ["label", "exact matched", "missed", "spurious", "overlap matched", "missed", "spurious"])
        for row in report.labels {
            guard let exact = row.exact, let overlap = row.overlap else { continue }
            tallies.rows.append([row.label] + tally(exact) + tally(overlap))
        }
        out.append(tallies.rendered)
        out.append("")
        let a = report.attributions
        out.append("attributions: P \(cell(a.precision))  R \(cell(a.recall))  F1 \(cell(a.f1))  (\(Int(a.matched)) matched; \(Int(a.reference)) gold, \(Int(a.candidate)) predicted)")
        out.append("Stance accuracy on matched attributions: \(cell(report.stanceAccuracy)) (\(report.matchedAttributions) matched)")
        out.append("Form accuracy on matched attributions: \(cell(report.formAccuracy))")
        if !report.rules.isEmpty {
            out.append("")
            out.append("Precision per rule, worst first")
            var rules = AgreeTable(header: ["rule", "predicted", "correct", "precision"])
            for rule in report.rules {
                rules.rows.append([rule.rule, String(rule.predicted), String(rule.correct), cell(rule.precision)])
            }
            out.append(rules.rendered)
        }
        out.append("")
        out.append("Documents, worst first (overlap matching)")
        var documents = AgreeTable(header: ["document", "span F1", "attribution F1", "gold spans", "predicted spans",
                                            "missed spans", "spurious spans"])
        for row in report.documents {
            documents.rows.append([row.path, cell(row.counts.f1), cell(row.attributions.f1),
                                   String(Int(row.counts.reference)), String(Int(row.counts.candidate))]
                                  + tally(row.counts).dropFirst())
        }
        out.append(documents.rendered)
        if !notes.lines.isEmpty {
            out.append("")
            out += notes.lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Matched, missed and spurious counts as cells.
    private static func tally(_ counts: MatchCounts) -> [String] {
        [counts.matched, counts.reference - counts.matched, counts.candidate - counts.matched].map { String(Int($0)) }
    }
}
