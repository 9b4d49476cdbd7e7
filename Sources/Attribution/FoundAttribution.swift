/// An attribution the extractor found, before it is written as standoff annotations.
struct FoundAttribution: Sendable {
    /// The Cue span.
    var cue: Range<Int>
    /// The Source span, nil when the speaker is implied.
    var source: Range<Int>?
    /// The Content spans (`Content`, `Content2` …); each may cover several lines.
    var contents: [Range<Int>]
    /// The event's stance.
    var stance: Stance
    /// The event's form.
    var form: Form
    /// The rule that made it, for the `rule:` note.
    var rule: String
}
