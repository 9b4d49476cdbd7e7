/// A named set of normalization operations.
public struct NormalizationProfile: Hashable, Sendable {
    /// The profile's name (`light`, `search`, `none`, or `custom`).
    public var name: String
    /// The operations it applies.
    public var operations: Set<NormalizationOperation>

    /// Creates a profile from a name and operations.
    public init(name: String, operations: Set<NormalizationOperation>) {
        self.name = name
        self.operations = operations
    }

    /// Letters as written: drops only invisible and decorative things (bidi and zero-width
    /// controls, tatweel) and turns every Unicode space into one space.
    public static let light = NormalizationProfile(name: "light", operations: [.controls, .tatweel, .spaces])

    /// Folds everything for matching: every operation except `dagger-alef` (dagger alef is removed
    /// with the other diacritics, since news spells هذا and لكن without it).
    public static let search = NormalizationProfile(
        name: "search", operations: Set(NormalizationOperation.allCases).subtracting([.daggerAlef]))

    /// No operation: the text unchanged (a base for `--fold`).
    public static let none = NormalizationProfile(name: "none", operations: [])

    /// The named profiles, in the order help lists them.
    public static let named: [NormalizationProfile] = [.light, .search, .none]

    /// The named profile called `name`, if there is one.
    public static func named(_ name: String) -> NormalizationProfile? {
        named.first { $0.name == name }
    }

    /// This profile with `operation` added.
    public func folding(_ operation: NormalizationOperation) -> NormalizationProfile {
        var copy = self
        copy.operations.insert(operation)
        return copy
    }

    /// This profile without `operation`.
    public func keeping(_ operation: NormalizationOperation) -> NormalizationProfile {
        var copy = self
        copy.operations.remove(operation)
        return copy
    }

    /// Whether the profile applies `operation`.
    public func contains(_ operation: NormalizationOperation) -> Bool { operations.contains(operation) }
}
