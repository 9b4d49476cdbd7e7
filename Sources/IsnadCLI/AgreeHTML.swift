import Agreement

/// The HTML report of `isnad agree`: one self-contained file (inline CSS, no script, no network).
enum AgreeHTML {
    /// The report; `documents` give the texts for the worst documents shown side by side.
    static func render(_ report: AgreementReport, documents: [DocumentAnnotations], worst: Int = 5) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Isnad agreement</title>
        <style>
        body{font-family:sans-serif;margin:2em;color:#222}
        table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}
        td.n{text-align:right;font-variant-numeric:tabular-nums}.undef{color:#a00}.cov{color:#666;font-size:85%}
        .heat td.n{min-width:3em}.side{display:flex;gap:1em}.side>div{flex:1;border:1px solid #ccc;padding:.5em}
        .text{font-size:110%;line-height:2;white-space:pre-wrap}
        mark{padding:1px 0;border-radius:3px}.Source{background:#cde8ff}.Cue{background:#ffe0a8}.Content{background:#d9f2d0}
        .Disclaimer{background:#f0d0f0}.other{background:#eee}.differs{outline:2px solid #d33}
        </style></head><body>
        <h1>Agreement between annotators</h1>

        """
        html += "<p>\(escape(report.annotators.joined(separator: ", "))) on \(report.documentCount) document\(report.documentCount == 1 ? "" : "s"); units: \(report.unitKind.rawValue); "
        html += report.bootstrap.samples > 0
            ? "95% bootstrap intervals over documents (\(report.bootstrap.samples) resamples, seed \(report.bootstrap.seed)).</p>\n"
            : "no bootstrap.</p>\n"
        if !report.missing.isEmpty {
            html += "<p>Missing documents (treated as missing data): "
            html += report.missing.map { escape("\($0.document) (\($0.annotators.joined(separator: ", ")))") }.joined(separator: "; ") + "</p>\n"
        }
        for (group, title) in [("units", "Units in IO encoding"), ("unitizing", "Unitizing αu"), ("attributions", "Attributions"), ("spans", "Spans, pairwise")] {
            html += "<h2>\(title)</h2>\n<table><tr><th>measure</th><th>label</th><th>annotators</th><th>value</th><th>95% CI</th><th>coverage</th></tr>\n"
            for figure in report.figures where figure.group == group {
                let value = figure.statistic.value.map { Statistic.value($0).formatted(decimals: 3) }
                    ?? "<span class=\"undef\">undefined: \(escape(figure.statistic.reason?.description ?? ""))</span>"
                html += "<tr><td>\(escape(figure.measure))</td><td>\(escape(figure.label))</td><td>\(escape(figure.annotators))</td>"
                html += "<td class=\"n\">\(value)</td><td class=\"n\">\(figure.interval?.formatted(decimals: 3) ?? "–")</td>"
                html += "<td class=\"cov\">\(escape(figure.coverage.summary))</td></tr>\n"
            }
            html += "</table>\n"
        }
        html += heatMap(report.confusion)
        html += "<h2>Worst documents</h2>\n"
        let byPath = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for row in report.documents.prefix(worst) {
            guard let document = byPath[row.path] else { continue }
            html += "<h3>\(escape(row.path)): span F1 \(row.spanF1.formatted(decimals: 3)), \(row.disagreements) disagreements</h3>\n"
            html += sideBySide(document, annotators: report.annotators)
        }
        html += "</body></html>\n"
        return html
    }

    /// The confusion matrix with cells shaded by count.
    static func heatMap(_ confusion: LabelConfusion) -> String {
        let largest = max(1, confusion.counts.flatMap { $0 }.max() ?? 1)
        var html = "<h2>Label confusion on overlapping spans</h2>\n<p>Rows: the first annotator of each pair; columns: the second; — no overlapping span.</p>\n"
        html += "<table class=\"heat\"><tr><th></th>" + confusion.labels.map { "<th>\(escape($0))</th>" }.joined() + "</tr>\n"
        for (r, label) in confusion.labels.enumerated() {
            html += "<tr><th>\(escape(label))</th>"
            for count in confusion.counts[r] {
                let alpha = Double(count) / Double(largest)
                html += "<td class=\"n\" style=\"background:rgba(200,40,40,\(Statistic.value(alpha * 0.8).formatted(decimals: 2)))\">\(count)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</table>\n"
    }

    /// The document's text once per annotator, spans marked by label, stretches where the
    /// annotators' labels differ outlined.
    static func sideBySide(_ document: DocumentAnnotations, annotators: [String]) -> String {
        var cuts = Set([0, document.scalars.count])
        for annotated in document.annotations.compactMap({ $0 }) {
            for span in annotated.spans {
                for fragment in span.fragments {
                    cuts.insert(max(0, min(fragment.lowerBound, document.scalars.count)))
                    cuts.insert(max(0, min(fragment.upperBound, document.scalars.count)))
                }
            }
        }
        let bounds = cuts.sorted()
        let segments = zip(bounds, bounds.dropFirst()).map { $0..<$1 }
        let labelsAt: [[[String]]?] = document.annotations.map { annotated in
            annotated.map { doc in
                segments.map { segment in
                    Array(Set(doc.spans.filter { span in span.fragments.contains { $0.overlaps(segment) } }.map(\.label))).sorted()
                }
            }
        }
        var html = "<div class=\"side\">\n"
        for (index, name) in annotators.enumerated() {
            html += "<div><h4>\(escape(name))</h4>"
            guard let labels = labelsAt[index] else { html += "<p>(no annotations for this document)</p></div>\n"; continue }
            html += "<div class=\"text\" dir=\"rtl\">"
            for (s, segment) in segments.enumerated() {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: document.scalars[segment])
                let text = escape(String(view))
                let here = labels[s]
                let differs = labelsAt.contains { other in other.map { $0[s] != here } ?? false }
                if here.isEmpty {
                    html += differs ? "<span class=\"differs\">\(text)</span>" : text
                } else {
                    let classes = here.map { ["Source", "Cue", "Content", "Disclaimer"].contains($0) ? $0 : "other" }
                    html += "<mark class=\"\(classes.joined(separator: " "))\(differs ? " differs" : "")\" title=\"\(escape(here.joined(separator: ", ")))\">\(text)</mark>"
                }
            }
            html += "</div></div>\n"
        }
        return html + "</div>\n"
    }

    /// Text with `& < > "` escaped.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
