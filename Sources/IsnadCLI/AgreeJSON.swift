import Agreement
import Foundation

/// The JSON output of `isnad agree`.
enum AgreeJSON {
    /// The report as pretty-printed JSON with sorted keys.
    static func render(_ report: AgreementReport) throws -> String {
        let object: [String: Any] = [
            "annotators": report.annotators,
            "labels": report.labels,
            "units": report.unitKind.rawValue,
            "documents": report.documentCount,
            "bootstrap": ["samples": report.bootstrap.samples, "seed": report.bootstrap.seed, "confidence": report.bootstrap.confidence],
            "missing": report.missing.map { ["document": $0.document, "annotators": $0.annotators] },
            "figures": report.figures.map(figure),
            "confusion": ["labels": report.confusion.labels, "counts": report.confusion.counts],
            "by_document": report.documents.map { row -> [String: Any] in
                ["document": row.path, "span_f1": statistic(row.spanF1), "unit_alpha": statistic(row.unitAlpha),
                 "disagreements": row.disagreements, "spans": row.spanCounts.map { $0.map { $0 as Any } ?? NSNull() }]
            },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func figure(_ figure: Figure) -> [String: Any] {
        var object: [String: Any] = [
            "group": figure.group, "measure": figure.measure, "label": figure.label, "annotators": figure.annotators,
            "value": statistic(figure.statistic),
            "coverage": ["units": figure.coverage.units, "unit": figure.coverage.unitName, "documents": figure.coverage.documents,
                         "annotators": figure.coverage.annotators, "left_out": figure.coverage.leftOut],
        ]
        if let reason = figure.statistic.reason { object["undefined"] = reason.description }
        if let interval = figure.interval {
            object["ci95"] = [interval.lower, interval.upper]
            object["ci_defined_samples"] = interval.definedSamples
        } else {
            object["ci95"] = NSNull()
        }
        return object
    }

    /// A number, or null when undefined.
    static func statistic(_ statistic: Statistic) -> Any {
        statistic.value.map { $0 as Any } ?? NSNull()
    }
}
