/// A cue rule held by reference, so that cue matches share it instead of copying it.
final class CueRuleReference: Sendable {
    let rule: CueRule
    /// A bit per construction the rule licenses (`Construction.position`): asked for every cue, a
    /// mask test instead of a set look-up.
    private let constructionMask: UInt16

    /// The `rule:` note names built from the record's name once, not for every cue: `NAME/verb`,
    /// `NAME/participle`, `NAME/according`, `NAME/relay`.
    let verbName: String
    let participleName: String
    let accordingName: String
    let relayName: String
    /// The rule's stance (read without copying the rule).
    let stance: Stance

    init(_ rule: CueRule) {
        self.rule = rule
        verbName = rule.name + "/verb"
        participleName = rule.name + "/participle"
        accordingName = rule.name + "/according"
        relayName = rule.name + "/relay"
        stance = rule.stance
        constructionMask = rule.constructions.reduce(0) { $0 | 1 << UInt16($1.position) }
    }

    /// Whether the rule licenses `construction`.
    @inline(__always)
    func licenses(_ construction: Construction) -> Bool {
        constructionMask >> UInt16(construction.position) & 1 != 0
    }
}
