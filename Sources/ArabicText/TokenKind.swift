/// What a token is.
public enum TokenKind: String, Sendable, CaseIterable {
    /// A word in any script (Arabic letters with their marks and tatweel; Latin with accents).
    case word
    /// A number in ASCII, Arabic-Indic or Extended Arabic-Indic digits, with inner `.` `,` `٫` `٬`.
    case number
    /// A punctuation mark (a run of dots is one token).
    case punctuation
    /// A quotation mark: `"` `'` `''` « » “ ” „ ‘ ’ ‹ ›.
    case quote
    /// A URL (`https://…`, `www.…`, `pic.twitter.com/…`).
    case url
    /// An e-mail address.
    case email
    /// An @mention.
    case mention
    /// A #hashtag.
    case hashtag
    /// An emoji with its modifiers, variation selectors and zero-width-joiner sequence.
    case emoji
    /// Any other visible character: currency, math, other symbols.
    case symbol
}
