/// A pair of quotation marks (`quote guillemets | « | »`); the marks may be equal (`"`).
public struct QuotePair: Sendable, Hashable {
    /// The record's name.
    public var name: String
    /// The opening mark.
    public var open: String
    /// The closing mark.
    public var close: String
    /// Where the record was read.
    public var location: RuleLocation

    /// A quotation-mark pair.
    public init(name: String, open: String, close: String, location: RuleLocation) {
        self.name = name
        self.open = open
        self.close = close
        self.location = location
    }
}
