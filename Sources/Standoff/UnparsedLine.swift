/// A line the reader could not understand, kept verbatim so that it is never dropped.
public struct UnparsedLine: Hashable, Sendable {
    /// The identifier, when one could be read before the problem (brat reserves it).
    public var id: String?
    /// The line exactly as written, without its line break.
    public var text: String
    /// What is wrong with it, in one sentence.
    public var problem: String

    /// Creates an unparsed line.
    public init(id: String?, text: String, problem: String) {
        self.id = id
        self.text = text
        self.problem = problem
    }
}
