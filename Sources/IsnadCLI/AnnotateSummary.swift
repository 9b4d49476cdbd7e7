/// The totals of an annotate run, printed at its end.
struct AnnotateSummary: Equatable, Sendable {
    /// Documents processed (whatever their fate).
    var documents = 0
    /// Bytes of source text read.
    var bytes = 0
    /// Events (attributions) in the annotations produced.
    var attributions = 0
    /// Text-bound spans in the annotations produced.
    var spans = 0
    /// `.ann` files written (new or changed).
    var written = 0
    /// `.ann` files that already held the same bytes.
    var unchanged = 0
    /// Edited `.ann` files left alone.
    var kept = 0
    /// Edited `.ann` files rewritten with `--force` (old ones kept as `.orig`).
    var rewritten = 0
    /// Documents that failed (unreadable, not UTF-8, an output that cannot be written).
    var failed = 0
    /// Problems that are no document's: an operand without `.txt` files, two inputs for one output, the
    /// conf files or the manifest that cannot be written.
    var problems = 0
    /// Wall-clock seconds.
    var seconds = 0.0

    /// Adds one document's outcome.
    mutating func add(_ outcome: AnnotateOutcome) {
        documents += 1
        bytes += outcome.byteCount
        attributions += outcome.attributions
        spans += outcome.spans
        switch outcome.status {
        case .written: written += 1
        case .unchanged: unchanged += 1
        case .kept: kept += 1
        case .rewritten: rewritten += 1
        case .failed: failed += 1
        }
    }

    /// Bytes of text per second.
    var bytesPerSecond: Double {
        seconds > 0 ? Double(bytes) / seconds : 0
    }

    /// The summary line, such as `13 documents, 34.2 KB in 0.95 s (36.0 KB/s): 87 attributions, 238 spans; …`.
    var description: String {
        var parts = ["\(written) written", "\(unchanged) unchanged"]
        if kept > 0 { parts.append("\(kept) kept (edited)") }
        if rewritten > 0 { parts.append("\(rewritten) rewritten (edited, --force)") }
        parts.append("\(failed) failed")
        let others = problems > 0 ? "; " + AnnotateSummary.count(problems, "other problem") : ""
        return "isnad annotate: \(AnnotateSummary.count(documents, "document")), \(AnnotateSummary.size(Double(bytes))) in "
            + "\(AnnotateSummary.format(seconds, decimals: 2)) s (\(AnnotateSummary.throughput(bytesPerSecond))): "
            + "\(AnnotateSummary.count(attributions, "attribution")), \(AnnotateSummary.count(spans, "span")); .ann "
            + parts.joined(separator: ", ") + others
    }

    /// Whether anything failed: the run's exit status is 1 then.
    var hasFailures: Bool { failed > 0 || problems > 0 }

    /// `count` and `noun`, plural unless the count is one: `1 document`, `13 documents`.
    static func count(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// A speed such as `512 B/s`, `36.0 KB/s`, `2.45 MB/s` or `21.3 MB/s` (three significant digits).
    static func throughput(_ bytesPerSecond: Double) -> String {
        size(bytesPerSecond) + "/s"
    }

    /// An amount of bytes in decimal units with three significant digits: `512 B`, `34.5 KB`, `1.20 MB`.
    static func size(_ bytes: Double) -> String {
        var value = bytes
        var unit = 0
        let units = ["B", "KB", "MB", "GB", "TB"]
        while value >= 999.5, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        let decimals = unit == 0 || value >= 99.95 ? 0 : value >= 9.995 ? 1 : 2
        return format(value, decimals: decimals) + " " + units[unit]
    }

    /// `value` with a fixed number of decimals, independent of locale.
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard scaled.isFinite, abs(scaled) < 9e15 else { return "\(value)" }
        let whole = Int(scaled)
        guard decimals > 0 else { return "\(whole)" }
        let unit = Int(scale)
        let fraction = String(abs(whole) % unit)
        let sign = whole < 0 ? "-" : ""
        return "\(sign)\(abs(whole) / unit)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
