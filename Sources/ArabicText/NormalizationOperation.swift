/// One switchable step of Arabic normalization.
///
/// Profiles (`NormalizationProfile`) bundle operations; `--keep OP` and `--fold OP` on the
/// command line take them out of or add them to a profile. The raw values are those names.
public enum NormalizationOperation: String, CaseIterable, Hashable, Sendable, Comparable {
    /// Removes harakat, tanween, shadda, sukun, dagger alef and the other Arabic combining marks
    /// (U+0610–U+061A, U+064B–U+065F, U+0670, U+06D6–U+06ED, U+08D3–U+08FF).
    case diacritics
    /// Removes tatweel (kashida) U+0640.
    case tatweel
    /// Turns dagger alef U+0670 into a full alef ا (so السمٰوات matches السماوات) instead of removing it.
    case daggerAlef = "dagger-alef"
    /// Folds alef variants أ إ آ ٱ and the wavy and high-hamza forms ٲ ٳ ٵ into ا.
    case alef
    /// Folds hamza on waw and yeh: ؤ → و, ئ → ي (and the high-hamza forms ٶ ٸ).
    case hamza
    /// Folds alef maksura ى into yeh ي.
    case alefMaksura = "alef-maksura"
    /// Folds teh marbuta ة into heh ه.
    case tehMarbuta = "teh-marbuta"
    /// Folds Persian and Urdu look-alikes (ک ڪ ی ے ۓ ە ۀ ہ ۂ ۃ ھ) into Arabic letters;
    /// Farsi yeh ی becomes ي inside a word and ى at its end.
    case persian
    /// Replaces presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE), lam-alef ligatures included,
    /// by their base letters (Unicode compatibility mappings).
    case presentationForms = "presentation-forms"
    /// Turns Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits into ASCII digits.
    case digits
    /// Turns the Arabic decimal separator ٫ into `.` and the thousands separator ٬ into `,`.
    case separators
    /// Turns Arabic punctuation ، ؛ ؟ ٪ ۔ into `,` `;` `?` `%` `.`.
    case punctuation
    /// Removes bidi and zero-width controls: U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
    /// U+2066–U+2069, U+061C and U+FEFF (byte-order mark).
    case controls
    /// Turns every Unicode space (tab, no-break space, U+2000–U+200A, …) into a space and
    /// collapses runs of spaces into one. Line breaks are kept.
    case spaces

    /// Operations in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }

    /// Every operation name, comma-separated, for messages and help.
    public static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
