/// Character ranges the text layer shares (scalar values).
enum ArabicScalars {
    /// Tatweel (kashida).
    static let tatweel: UInt32 = 0x0640
    /// Dagger (superscript) alef.
    static let daggerAlef: UInt32 = 0x0670

    /// Arabic combining marks: harakat, tanween, shadda, sukun, dagger alef, Quranic marks.
    static func isDiacritic(_ v: UInt32) -> Bool {
        switch v {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x08D3...0x08E1, 0x08E3...0x08FF: return true
        default: return false
        }
    }

    /// Marks and tatweel: they belong to the letter before them.
    static func isTransparent(_ v: UInt32) -> Bool { v == tatweel || isDiacritic(v) }

    /// Arabic letters, presentation forms included (not marks, digits or punctuation).
    static func isLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0620...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06E5...0x06E6,
             0x06EE...0x06EF, 0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x0870...0x0887, 0x0889...0x088E,
             0x08A0...0x08C9, 0xFB50...0xFD3D, 0xFD50...0xFDC7, 0xFDF0...0xFDFB, 0xFE70...0xFE74, 0xFE76...0xFEFC,
             0x1EE00...0x1EEFF:
            return true
        default: return false
        }
    }

    /// Bidi and zero-width controls the `controls` operation removes.
    static func isControl(_ v: UInt32) -> Bool {
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0x061C, 0xFEFF: return true
        default: return false
        }
    }

    /// Horizontal spaces (the `spaces` operation makes each one U+0020); line breaks are not spaces.
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Line breaks: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Arabic-Indic and Extended Arabic-Indic digit value, or nil.
    static func digitValue(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x30...0x39: return v - 0x30
        case 0x0660...0x0669: return v - 0x0660
        case 0x06F0...0x06F9: return v - 0x06F0
        default: return nil
        }
    }

    /// Presentation-form blocks the `presentation-forms` operation rewrites.
    static func isPresentationForm(_ v: UInt32) -> Bool {
        (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFE).contains(v)
    }
}
