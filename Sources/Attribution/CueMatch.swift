/// A cue found in a document: the tokens it covers, its span and the rule that matched.
///
/// The form and the rule are the lexicon's objects, held without a count (`unowned(unsafe)`): a match
/// is copied at every look-up (`ExtractionRun.matchCue`), and counting references to objects every
/// thread shares makes the cores fight over their counts. Safe because matches are made only from the
/// lexicon's entries (`ExtractionRun.computeCue`) and kept only in a run, which holds that lexicon.
struct CueMatch: Sendable {
    /// The token indices the cue covers.
    var tokens: Range<Int>
    /// The Cue span (scalar offsets), leading conjunction و/ف left out.
    var span: Range<Int>
    /// The matched form (one of the run's `lexicon.cues`).
    unowned(unsafe) var entry: CueEntry
    /// The cue's rule, shared by every match of it (a copy of `CueRule` retains all its parts).
    unowned(unsafe) var ruleReference: CueRuleReference
    /// The cue's rule.
    var rule: CueRule { ruleReference.rule }
    /// Whether the cue's rule licenses `construction` (no copy of the rule).
    @inline(__always)
    func licenses(_ construction: Construction) -> Bool { ruleReference.licenses(construction) }
    /// Whether the cue's rule licenses an object construction of any kind: `object` (`نفى المتحدث
    /// الأنباء`), `object-after-source` (`أكد الوزير أهمية الحوار`) or `object-implied` (`وشدد على ضرورة …`).
    @inline(__always)
    var takesObject: Bool { licenses(.object) || licenses(.objectAfterSource) || licenses(.objectImplied) }
    /// The class of the cue's rule (read from the form: no copy of the rule).
    var cueClass: CueClass { entry.cueClass }
    /// Whether the first word carries a conjunction و/ف (`فقال`، `ووصفها`).
    var hasConjunction: Bool
    /// How many tokens the negator right before the cue covers (0 when not negated).
    var negatorLength: Int

    /// Whether a negator stands right before the cue.
    var isNegated: Bool { negatorLength > 0 }

    /// Whether the cue names an occasion or medium (`في تصريح لـ`، `في بيان لـ`): inside another cue's
    /// gap it is a circumstance, not a relay to a second speaker.
    var isOccasion: Bool { entry.words.first == "في" }
}
