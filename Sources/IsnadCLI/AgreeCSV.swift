import Agreement

/// The CSV outputs of `isnad agree`: every figure, and every aligned span pair.
enum AgreeCSV {
    /// One row per figure.
    static func figures(_ report: AgreementReport) -> String {
        var lines = [row(["group", "measure", "label", "annotators", "value", "undefined", "ci_lower", "ci_upper",
                          "units", "unit", "documents", "annotators_used", "left_out"])]
        for figure in report.figures {
            lines.append(row([spreadsheetText(figure.group), figure.measure, spreadsheetText(figure.label), spreadsheetText(figure.annotators),
                              figure.statistic.value.map { String($0) } ?? "", figure.statistic.reason?.description ?? "",
                              figure.interval.map { String($0.lower) } ?? "", figure.interval.map { String($0.upper) } ?? "",
                              String(figure.coverage.units), figure.coverage.unitName, String(figure.coverage.documents),
                              String(figure.coverage.annotators), spreadsheetText(figure.coverage.leftOut.joined(separator: "; "))]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per aligned pair of spans, for adjudication in a spreadsheet.
    static func pairs(_ report: AgreementReport) -> String {
        var lines = [row(["document", "first_annotator", "second_annotator", "verdict", "first_label", "first_offsets",
                          "first_text", "second_label", "second_offsets", "second_text"])]
        for pair in report.pairs {
            lines.append(row([spreadsheetText(pair.document), spreadsheetText(pair.firstAnnotator),
                              spreadsheetText(pair.secondAnnotator), pair.verdict, spreadsheetText(pair.first?.label ?? ""), pair.first?.offsets ?? "", spreadsheetText(pair.first?.text ?? ""),
                              spreadsheetText(pair.second?.label ?? ""), pair.second?.offsets ?? "", spreadsheetText(pair.second?.text ?? "")]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a spreadsheet shows it (every field that came from the input, not the figures:
    /// a negative kappa stays a number): a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return gets a leading `'`, so that Excel, LibreOffice and Google Sheets show it as text instead of
    /// evaluating it as a formula (CSV injection); every other text is unchanged.
    static func spreadsheetText(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }

    /// One CSV line; fields with commas, quotes or line breaks are quoted.
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            // Scalars, not Characters: CRLF is one Character, equal to neither "\r" nor "\n".
            guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
