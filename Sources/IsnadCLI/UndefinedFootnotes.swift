import Agreement

/// Short marks for undefined figures in terminal tables, with each reason listed once below.
///
/// A cell reads `n/a[1]`; the footer lists `[1] no annotations on either side, 0/0`, so one long
/// reason never widens a whole column.
struct UndefinedFootnotes {
    /// The reasons in the order they were first marked.
    private(set) var reasons: [UndefinedReason] = []

    /// The value with three decimals, or `n/a[N]` with N the reason's footnote number.
    mutating func cell(_ statistic: Statistic) -> String {
        guard let reason = statistic.reason else { return statistic.formatted(decimals: 3) }
        return "n/a[\(number(for: reason))]"
    }

    /// The footnote number of `reason`, adding it when new.
    mutating func number(for reason: UndefinedReason) -> Int {
        if let index = reasons.firstIndex(of: reason) { return index + 1 }
        reasons.append(reason)
        return reasons.count
    }

    /// `undefined:` followed by one line per reason, or no lines when nothing was undefined.
    var lines: [String] {
        guard !reasons.isEmpty else { return [] }
        return ["undefined:"] + reasons.enumerated().map { "  [\($0.offset + 1)] \($0.element.description)" }
    }
}
