/// One way to read a word token: its stem after splitting off clitics (the first reading is the word
/// unsegmented).
struct WordReading: Sendable {
    /// The normalized stem (lower-cased for Latin script).
    var stem: Word
    /// The normalized proclitics before the stem, in order (`و`, `ب`).
    var proclitics: [String]
    /// Where the stem starts (a scalar offset).
    var stemStart: Int
    /// Where the word starts once a leading conjunction و/ف is left out.
    var afterConjunction: Int
    /// Whether an attached pronoun follows the stem.
    var hasEnclitic: Bool
}
