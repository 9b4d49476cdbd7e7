/// One `cue` record of a rule file: the forms of a cue with their class, stance and constructions.
public struct CueRule: Sendable, Hashable {
    /// The record's name, unique among cues (`speech-qala`).
    public var name: String
    /// The cue's family.
    public var cueClass: CueClass
    /// The stance the cue expresses when not negated.
    public var stance: Stance
    /// The constructions the cue licenses.
    public var constructions: Set<Construction>
    /// The forms as written in the rule file; a form with spaces is a multiword expression.
    public var forms: [String]
    /// Where the record was read, for messages.
    public var location: RuleLocation

    /// A cue record.
    public init(name: String, cueClass: CueClass, stance: Stance, constructions: Set<Construction>,
                forms: [String], location: RuleLocation) {
        self.name = name
        self.cueClass = cueClass
        self.stance = stance
        self.constructions = constructions
        self.forms = forms
        self.location = location
    }
}
