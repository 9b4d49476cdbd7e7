import Agreement

/// The terminal report of `isnad agree`: aligned tables per family of figures.
enum AgreeTextReport {
    /// The whole report.
    static func render(_ report: AgreementReport) -> String {
        var out: [String] = []
        var notes = UndefinedFootnotes()
        let boot = report.bootstrap.samples > 0
            ? "bootstrap 95% intervals over documents: \(report.bootstrap.samples) resamples, seed \(report.bootstrap.seed)"
            : "no bootstrap"
        out.append("Agreement of \(report.annotators.count) annotators (\(report.annotators.joined(separator: ", "))) on \(report.documentCount) document\(report.documentCount == 1 ? "" : "s"); units: \(report.unitKind.rawValue); \(boot)")
        for entry in report.missing {
            out.append("missing: \(entry.document) has no annotations from \(entry.annotators.joined(separator: ", ")) (missing data)")
        }
        out.append("")
        out.append("Spans, pairwise (precision and recall of the second annotator against the first)")
        var spans = AgreeTable(header: ["pair", "match", "label", "P", "R", "F1", "F1 95% CI", "coverage"])
        var seen = Set<[String]>()
        // The first span figure of each pair, measure and label, found once: looking each of P, R
        // and F1 up in all the figures made the table quadratic in the pairs (41 annotators, 820
        // pairs: minutes).
        var spanFigures: [[String]: Figure] = [:]
        for figure in report.figures where figure.group == "spans" {
            let key = [figure.annotators, figure.measure, figure.label]
            if spanFigures[key] == nil { spanFigures[key] = figure }
        }
        for figure in report.figures where figure.group == "spans" {
            let mode = figure.measure.split(separator: " ").last.map(String.init) ?? ""
            guard seen.insert([figure.annotators, mode, figure.label]).inserted else { continue }
            let pick = { (name: String) in spanFigures[[figure.annotators, "\(name) \(mode)", figure.label]] }
            let f1 = pick("F1")
            spans.rows.append([figure.annotators, mode, figure.label, value(pick("P"), &notes), value(pick("R"), &notes), value(f1, &notes),
                               interval(f1), f1.map { coverage($0.coverage) } ?? ""])
        }
        out.append(spans.rendered)
        out.append("")
        out.append("Units in IO encoding over \(report.unitKind.rawValue), per label (all: every token × label pooled)")
        out.append(section(report, group: "units", notes: &notes))
        out.append("")
        out.append("Unitizing αu over scalar offsets")
        out.append(section(report, group: "unitizing", notes: &notes))
        out.append("")
        out.append("Attributions (cue, source and content matched by overlap); Stance and Form over shared attributions")
        out.append(section(report, group: "attributions", notes: &notes))
        out.append("")
        out.append("Label confusion on overlapping spans (rows: first annotator of each pair, columns: second)")
        var confusion = AgreeTable(header: [""] + report.confusion.labels)
        for (index, label) in report.confusion.labels.enumerated() {
            confusion.rows.append([label] + report.confusion.counts[index].map(String.init))
        }
        out.append(confusion.rendered)
        out.append("")
        out.append("Documents, worst first")
        var documents = AgreeTable(header: ["document", "span F1", "α units", "disagreements", "spans per annotator"])
        for row in report.documents {
            documents.rows.append([row.path, notes.cell(row.spanF1), notes.cell(row.unitAlpha),
                                   String(row.disagreements), row.spanCounts.map { $0.map(String.init) ?? "missing" }.joined(separator: " / ")])
        }
        out.append(documents.rendered)
        if !notes.lines.isEmpty {
            out.append("")
            out += notes.lines
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ report: AgreementReport, group: String, notes: inout UndefinedFootnotes) -> String {
        var table = AgreeTable(header: ["measure", "label", "annotators", "value", "95% CI", "coverage"])
        for figure in report.figures where figure.group == group {
            table.rows.append([figure.measure, figure.label, figure.annotators, value(figure, &notes), interval(figure), coverage(figure.coverage)])
        }
        return table.rendered
    }

    /// The figure's value, or a footnote mark when undefined.
    static func value(_ figure: Figure?, _ notes: inout UndefinedFootnotes) -> String {
        guard let figure else { return "" }
        return notes.cell(figure.statistic)
    }

    static func interval(_ figure: Figure?) -> String {
        figure?.interval?.formatted(decimals: 3) ?? "–"
    }

    static func coverage(_ coverage: Coverage) -> String {
        coverage.summary
    }
}
