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
    /// Documents (and operands) that failed.
    var failed = 0
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

    /// Megabytes (10^6 bytes) of text per second.
    var megabytesPerSecond: Double {
        seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
    }

    /// The summary line, such as `13 documents, 0.04 MB in 0.1 s (0.4 MB/s): 120 attributions, 380 spans; …`.
    var description: String {
        var parts = ["\(written) written", "\(unchanged) unchanged"]
        if kept > 0 { parts.append("\(kept) kept (edited)") }
        if rewritten > 0 { parts.append("\(rewritten) rewritten (edited, --force)") }
        parts.append("\(failed) failed")
        return "isnad annotate: \(documents) documents, \(AnnotateSummary.megabytes(bytes)) MB in "
            + "\(AnnotateSummary.format(seconds, decimals: 2)) s (\(AnnotateSummary.rate(megabytesPerSecond)) MB/s): "
            + "\(attributions) attributions, \(spans) spans; .ann " + parts.joined(separator: ", ")
    }

    /// A rate in MB/s: two decimals below 10, one above.
    static func rate(_ megabytesPerSecond: Double) -> String {
        format(megabytesPerSecond, decimals: megabytesPerSecond < 10 ? 2 : 1)
    }

    /// `bytes` in megabytes with two decimals.
    static func megabytes(_ bytes: Int) -> String { format(Double(bytes) / 1_000_000, decimals: 2) }

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
