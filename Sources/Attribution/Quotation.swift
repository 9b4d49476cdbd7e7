/// A stretch of text between quotation marks; a quotation left open runs on over following lines.
struct Quotation: Sendable {
    /// The opening mark's scalar range.
    var open: Range<Int>
    /// The closing mark's scalar range, nil when the quotation runs on to the end of its passage.
    var close: Range<Int>?
    /// The quoted text, marks excluded (may span lines).
    var inner: Range<Int>
    /// How many words the quoted text has.
    var wordCount: Int

    /// Whether the quotation is a name or scare quote (`"الانسجام"`) rather than quoted speech.
    var isShort: Bool { wordCount <= 3 && close != nil }
}
