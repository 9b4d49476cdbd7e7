/// An agreement figure: a number, or undefined with the reason why.
///
/// A coefficient that is 0/0 for the data (one category only, no pairable values) is
/// `.undefined`, never NaN, 0 or 1.
public enum Statistic: Hashable, Sendable, CustomStringConvertible {
    /// A defined value.
    case value(Double)
    /// The figure does not exist for these data.
    case undefined(UndefinedReason)

    /// The number, when defined.
    public var value: Double? {
        if case .value(let number) = self { return number }
        return nil
    }

    /// The reason, when undefined.
    public var reason: UndefinedReason? {
        if case .undefined(let reason) = self { return reason }
        return nil
    }

    /// `numerator / denominator`, or undefined for `reason` when the denominator is 0.
    public static func ratio(_ numerator: Double, _ denominator: Double, else reason: UndefinedReason) -> Statistic {
        denominator == 0 ? .undefined(reason) : .value(numerator / denominator)
    }

    /// The value with four decimals, or `undefined (reason)`.
    public var description: String {
        switch self {
        case .value(let number): return formatted(number, decimals: 4)
        case .undefined(let reason): return "undefined (\(reason))"
        }
    }

    /// The value with `decimals` decimals, or `undefined`.
    public func formatted(decimals: Int) -> String {
        value.map { formatted($0, decimals: decimals) } ?? "undefined"
    }

    private func formatted(_ number: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (number * scale).rounded() / scale
        var text = String(rounded == 0 ? 0 : rounded)
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        if parts.count == 1 { text += "." }
        text += String(repeating: "0", count: max(0, decimals - fraction.count))
        return text
    }
}
