/// Normalizes Arabic text under a profile, keeping an alignment to the original.
///
/// ```swift
/// let result = Normalizer(profile: .search).normalize("قَالَ الرَّئِيسُ")
/// result.text                          // "قال الرييس"
/// result.originalRange(of: 0..<3)      // 0..<6: قَالَ with its marks
/// ```
public struct Normalizer: Sendable {
    /// The profile applied.
    public let profile: NormalizationProfile
    /// The profile, compiled.
    let table: NormalizationTable

    /// Creates a normalizer for `profile`.
    public init(profile: NormalizationProfile) {
        self.profile = profile
        self.table = NormalizationTable(profile: profile)
    }

    /// A shared normalizer for the `search` profile (the form tokens carry).
    public static let search = Normalizer(profile: .search)

    /// Normalizes `text`, with the alignment.
    public func normalize(_ text: String) -> NormalizedText {
        var engine = NormalizationEngine(table: table, tracksAlignment: true)
        engine.output.reserve(text.utf8.count)
        var index = 0
        for scalar in text.unicodeScalars {
            engine.push(scalar.value, at: index)
            index += 1
        }
        engine.finish()
        return NormalizedText(text: engine.output.string, starts: engine.starts, ends: engine.ends, originalCount: index)
    }

    /// Normalizes `scalars`, with the alignment.
    public func normalize(_ scalars: [Unicode.Scalar]) -> NormalizedText {
        var engine = NormalizationEngine(table: table, tracksAlignment: true)
        engine.output.reserve(scalars.count * 2)
        for (index, scalar) in scalars.enumerated() { engine.push(scalar.value, at: index) }
        engine.finish()
        return NormalizedText(text: engine.output.string, starts: engine.starts, ends: engine.ends, originalCount: scalars.count)
    }

    /// The normalized string of `scalars[range]`, without alignment (fast; used for tokens).
    public func normalizedString(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var engine = NormalizationEngine(table: table, tracksAlignment: false)
        engine.output.reserve(range.count * 2)
        for index in range { engine.push(scalars[index].value, at: index) }
        engine.finish()
        return engine.output.string
    }

    /// The normalized string of `text`, without alignment.
    public func normalizedString(_ text: String) -> String {
        var engine = NormalizationEngine(table: table, tracksAlignment: false)
        var index = 0
        for scalar in text.unicodeScalars {
            engine.push(scalar.value, at: index)
            index += 1
        }
        engine.finish()
        return engine.output.string
    }
}
