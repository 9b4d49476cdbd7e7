/// What the clitic segmenter needs to know about one scalar of a word under the `search` profile,
/// packed in 32 bits so that reading a word costs one table look-up per scalar for the common scalars.
struct LetterInfo: RawRepresentable, Sendable {
    /// Bit 0: not a letter of its own (mark, tatweel, invisible control, soft hyphen); bit 1: an Arabic
    /// letter; bit 2: normalizing a piece apart may differ from cutting the normalized word; bits 3–5:
    /// UTF-8 length of its normalized output; bits 8–31: its folded key.
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Whether the scalar stays with the letter before it instead of being a letter.
    @inline(__always) var isAttached: Bool { rawValue & 1 != 0 }
    /// Whether the scalar is an Arabic letter.
    @inline(__always) var isArabicLetter: Bool { rawValue & 2 != 0 }
    /// Whether its output depends on its neighbours (Farsi yeh, spaces) or expands (ligatures).
    @inline(__always) var needsOwnNormalization: Bool { rawValue & 4 != 0 }
    /// The number of UTF-8 bytes it adds to the normalized word (0 when `needsOwnNormalization`).
    @inline(__always) var normalizedLength: Int { Int((rawValue >> 3) & 7) }
    /// The `search`-folded letter with teh marbuta and alef maksura kept apart; 0 when it cannot match.
    @inline(__always) var key: UInt32 { rawValue >> 8 }

    /// The information for scalar `v` whose `search` action is `action`.
    static func of(_ v: UInt32, _ action: NormalizationAction) -> LetterInfo {
        let attached = action.isTransparent || action.kind == .dropFree || v == 0x00AD
        let key: UInt32
        var length = 0
        var ownNormalization = false
        switch action.kind {
        case .copy:
            key = v
            length = UTF8Encoding.length(v)
        case .replace:
            key = (v == 0x0629 || v == 0x0649) ? v : action.first
            length = UTF8Encoding.length(action.first)
        case .positionalYeh:
            key = 0x064A
            ownNormalization = true
        case .space, .expand:
            key = 0
            ownNormalization = true
        case .dropAttached, .dropFree:
            key = 0
        }
        let flags: UInt32 = (attached ? 1 : 0) | (action.isLetter ? 2 : 0) | (ownNormalization ? 4 : 0)
        return LetterInfo(rawValue: flags | UInt32(length) << 3 | key << 8)
    }
}
