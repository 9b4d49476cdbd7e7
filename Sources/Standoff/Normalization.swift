/// A normalization (`N` line): a link from an annotation to an entry of an external resource.
///
/// `N1<TAB>Reference T1 Wikipedia:534366<TAB>Barack Obama`.
public struct Normalization: Hashable, Sendable {
    /// The identifier, such as `N1`.
    public var id: String
    /// The normalization type, usually `Reference`.
    public var type: String
    /// The identifier of the annotation it normalizes.
    public var target: String
    /// The resource's name, such as `Wikipedia`.
    public var resource: String
    /// The entry's identifier in the resource.
    public var entry: String
    /// The entry's human-readable text (after the second TAB), possibly empty.
    public var text: String

    /// Creates a normalization.
    public init(id: String, type: String, target: String, resource: String, entry: String, text: String) {
        self.id = id
        self.type = type
        self.target = target
        self.resource = resource
        self.entry = entry
        self.text = text
    }
}
