/// An attribute (`A` line, or the older `M` modifier line) on an event or text bound.
///
/// `A1<TAB>Stance E1 Assert` (valued) or `A2<TAB>Negation E3` (binary: `value` is nil).
public struct Attribute: Hashable, Sendable {
    /// The identifier, such as `A1` or `M1`.
    public var id: String
    /// The attribute name, such as `Stance`.
    public var name: String
    /// The identifier of the annotation it describes.
    public var target: String
    /// The value, or nil for a binary attribute.
    public var value: String?

    /// Creates an attribute.
    public init(id: String, name: String, target: String, value: String? = nil) {
        self.id = id
        self.name = name
        self.target = target
        self.value = value
    }
}
