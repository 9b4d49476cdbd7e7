/// A cue rule held by reference, so that cue matches share it instead of copying it.
final class CueRuleReference: Sendable {
    let rule: CueRule

    init(_ rule: CueRule) {
        self.rule = rule
    }
}
