import Agreement
import Foundation

/// The JSON output of `isnad eval`.
enum EvalJSON {
    /// The scores as pretty-printed JSON with sorted keys. An undefined score is null, and the
    /// object holding it has `"undefined": {"f1": "reason", …}` naming each null score's reason
    /// (as `agree --json` puts `"undefined": "reason"` beside a null `value`).
    static func render(_ report: EvaluationReport) throws -> String {
        func scores(_ triple: (precision: Statistic, recall: Statistic, f1: Statistic)) -> [String: Any] {
            statistics(["precision": triple.precision, "recall": triple.recall, "f1": triple.f1])
        }
        func counts(_ counts: MatchCounts) -> [String: Any] {
            statistics(["precision": counts.precision, "recall": counts.recall, "f1": counts.f1])
                .merging(["matched": Int(counts.matched), "gold": Int(counts.reference), "predicted": Int(counts.candidate)]) { $1 }
        }
        var object: [String: Any] = [
            "labels": report.labels.map { row -> [String: Any] in
                var exact = scores(row.exactScores), overlap = scores(row.overlapScores)
                // matched spans, as the text report's table has them (missed = gold − matched, spurious = predicted − matched)
                if let counts = row.exact { exact["matched"] = Int(counts.matched) }
                if let counts = row.overlap { overlap["matched"] = Int(counts.matched) }
                var entry: [String: Any] = ["label": row.label, "exact": exact, "overlap": overlap]
                if let exact = row.exact { entry["gold"] = Int(exact.reference); entry["predicted"] = Int(exact.candidate) }
                return entry
            },
            "attributions": counts(report.attributions),
            "matched_attributions": report.matchedAttributions,
            "rules": report.rules.map { statistics(["precision": $0.precision])
                .merging(["rule": $0.rule, "predicted": $0.predicted, "correct": $0.correct]) { $1 } },
            "documents": report.documents.map { ["document": $0.path, "overlap": counts($0.counts), "attributions": counts($0.attributions)] },
            "missing_predictions": report.missingPredictions,
            "extra_predictions": report.extraPredictions,
        ]
        object.merge(statistics(["stance_accuracy": report.stanceAccuracy, "form_accuracy": report.formAccuracy])) { $1 }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Each statistic under its name (null when undefined), plus `"undefined"` mapping the name of
    /// each undefined one to its reason.
    static func statistics(_ named: [String: Statistic]) -> [String: Any] {
        var object: [String: Any] = named.mapValues(AgreeJSON.statistic)
        let reasons = named.compactMapValues { $0.reason?.description }
        if !reasons.isEmpty { object["undefined"] = reasons }
        return object
    }
}
