/// An event (`E` line): a type, the text-bound trigger and role arguments.
///
/// `E1<TAB>Cue:T2 Source:T1 Content:T3 Content2:T5`: the type must equal the trigger's label.
public struct Event: Hashable, Sendable {
    /// The identifier, such as `E1`.
    public var id: String
    /// The event type, such as `Cue`.
    public var type: String
    /// The identifier of the trigger text bound.
    public var trigger: String
    /// The arguments after the trigger, in the order written.
    public var arguments: [Argument]

    /// Creates an event.
    public init(id: String, type: String, trigger: String, arguments: [Argument]) {
        self.id = id
        self.type = type
        self.trigger = trigger
        self.arguments = arguments
    }

    /// The identifiers filling `role` (compared without numeric suffix), in order.
    public func arguments(withRole role: String) -> [String] {
        arguments.filter { $0.baseRole == role }.map(\.id)
    }
}
