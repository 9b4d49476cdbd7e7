/// The word lists the constructions read by name (`words NAME | WORD، WORD …` in a rule file): each
/// one steers a single decision of the extractor, and a linguist extends it in a rule file, not in code.
public enum WordListName: String, Sendable, CaseIterable, Hashable {
    /// Nouns of an evaluative reaction (تقدير، ترحيب، إدانة): with an attached pronoun, as the object of a
    /// cue, they thank or condemn and make no claim (`أكدت الشركة تقديرها لتفهم المسافرين`, like `رحب
    /// الوزير بالقرار`); after a Source they end it.
    case reactions

    /// The list's place among `allCases` (its bit in a word's entry of the lexicon's `WordLists`).
    @inline(__always)
    var position: Int {
        switch self {
        case .reactions: return 0
        }
    }
}
