import Agreement
import Foundation

/// The JSON output of `isnad eval`.
enum EvalJSON {
    /// The scores as pretty-printed JSON with sorted keys (null for an undefined score).
    static func render(_ report: EvaluationReport) throws -> String {
        func scores(_ triple: (precision: Statistic, recall: Statistic, f1: Statistic)) -> [String: Any] {
            ["precision": AgreeJSON.statistic(triple.precision), "recall": AgreeJSON.statistic(triple.recall),
             "f1": AgreeJSON.statistic(triple.f1)]
        }
        func counts(_ counts: MatchCounts) -> [String: Any] {
            ["matched": Int(counts.matched), "gold": Int(counts.reference), "predicted": Int(counts.candidate),
             "precision": AgreeJSON.statistic(counts.precision), "recall": AgreeJSON.statistic(counts.recall),
             "f1": AgreeJSON.statistic(counts.f1)]
        }
        let object: [String: Any] = [
            "labels": report.labels.map { row -> [String: Any] in
                var entry: [String: Any] = ["label": row.label, "exact": scores(row.exactScores), "overlap": scores(row.overlapScores)]
                if let exact = row.exact { entry["gold"] = Int(exact.reference); entry["predicted"] = Int(exact.candidate) }
                return entry
            },
            "attributions": counts(report.attributions),
            "stance_accuracy": AgreeJSON.statistic(report.stanceAccuracy),
            "form_accuracy": AgreeJSON.statistic(report.formAccuracy),
            "matched_attributions": report.matchedAttributions,
            "rules": report.rules.map { ["rule": $0.rule, "predicted": $0.predicted, "correct": $0.correct,
                                         "precision": AgreeJSON.statistic($0.precision)] },
            "documents": report.documents.map { ["document": $0.path, "overlap": counts($0.counts), "attributions": counts($0.attributions)] },
            "missing_predictions": report.missingPredictions,
            "extra_predictions": report.extraPredictions,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
