/// How the tokenizer sees one scalar.
enum ScalarCategory: UInt8, Sendable {
    /// Spaces, line breaks, other C0/C1 controls: between tokens.
    case space
    /// Invisible format characters (bidi, zero-width, BOM): between tokens, or inside a word or emoji.
    case format
    /// An Arabic letter (presentation forms included).
    case arabicLetter
    /// A letter of another script.
    case letter
    /// A combining mark, Arabic diacritic or tatweel: stays with what precedes it.
    case mark
    /// A decimal digit (ASCII, Arabic-Indic, Extended Arabic-Indic).
    case digit
    /// A quotation mark.
    case quote
    /// Punctuation.
    case punctuation
    /// A symbol or anything else visible.
    case symbol
    /// A scalar that starts an emoji.
    case emoji

    /// The category of `v`.
    @inline(__always)
    static func of(_ v: UInt32) -> ScalarCategory {
        v < 0x0700 ? lowTable[Int(v)] : other(v)
    }

    /// The category of `v`, looked up in `table` (`lowTable`, held by the caller to avoid a lazy global per call).
    @inline(__always)
    static func of(_ v: UInt32, in table: UnsafeBufferPointer<ScalarCategory>) -> ScalarCategory {
        v < 0x0700 ? table[Int(v)] : other(v)
    }

    /// Categories of U+0000–U+06FF (ASCII, Latin, Greek, Cyrillic, Hebrew, Arabic).
    static let lowTable: [ScalarCategory] = ascii + (0x80..<0x0600).map { other(UInt32($0)) } + arabic

    private static let ascii: [ScalarCategory] = (0..<128).map { v -> ScalarCategory in
        switch v {
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x22, 0x27: return .quote
        case 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
        case 0x21...0x7E: return .punctuation
        default: return .space
        }
    }

    private static let arabic: [ScalarCategory] = (0x0600..<0x0700).map { v -> ScalarCategory in
        let value = UInt32(v)
        if ArabicScalars.isTransparent(value) {
            return (0x06DD == value || 0x06DE == value || 0x06E9 == value) ? .symbol : .mark
        }
        if ArabicScalars.isLetter(value) { return .arabicLetter }
        if ArabicScalars.digitValue(value) != nil { return .digit }
        if value == 0x061C || (0x0600...0x0605).contains(value) || value == 0x06DD { return .format }
        return fromProperties(value)
    }

    static func other(_ v: UInt32) -> ScalarCategory {
        if ArabicScalars.isLetter(v) { return .arabicLetter }
        if ArabicScalars.isTransparent(v) { return .mark }
        return fromProperties(v)
    }

    private static func fromProperties(_ v: UInt32) -> ScalarCategory {
        guard let scalar = Unicode.Scalar(v) else { return .symbol }
        switch v {
        case 0x00AB, 0x00BB, 0x2018...0x201F, 0x2039, 0x203A: return .quote
        case 0x200C, 0x200D: return .format
        case 0x1F1E6...0x1F1FF: return .emoji
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            return .letter
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .decimalNumber:
            return .digit
        case .letterNumber, .otherNumber:
            return .symbol
        case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control:
            return .space
        case .format:
            return .format
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .otherSymbol, .mathSymbol, .currencySymbol, .modifierSymbol:
            if v >= 0x2100, properties.isEmoji { return .emoji }
            return .symbol
        default:
            return .symbol
        }
    }
}
