/// Which quotation marks are open, while walking a line's tokens.
///
/// Marks are given as `QuotationState.mark(_:)` values: a quote token's one scalar, `doubled` for
/// `''`, `none` for any other text (which neither opens nor closes).
struct QuotationState {
    /// The paired marks still open, innermost last, as the mark that would close each.
    private var closers: [UInt32] = []
    private var straightOpen = false
    private var doubledOpen = false

    /// The mark value of `''` (two apostrophes), and of a text that is no mark.
    static let doubled: UInt32 = 0x11_0000, none: UInt32 = 0x11_0001

    /// The mark value of a quote token whose text is `surface`.
    static func mark(_ surface: String) -> UInt32 {
        var scalars = surface.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return none }
        guard let second = scalars.next() else { return first.value }
        return first == "'" && second == "'" && scalars.next() == nil ? doubled : none
    }

    /// Whether some quotation is open.
    var isOpen: Bool { !closers.isEmpty || straightOpen || doubledOpen }

    /// Whether the quote token `mark` would close an open quotation.
    func closes(_ mark: UInt32) -> Bool {
        switch mark {
        case 0x22: return straightOpen                              // "
        case QuotationState.doubled: return doubledOpen             // ''
        // “…“ (the opening mark typed twice) closes too
        case 0x201C: return closers.last == 0x201C || closers.last == 0x201D
        default:
            // » ” ›
            return closers.last == mark || (closers.last != nil && (mark == 0xBB || mark == 0x201D || mark == 0x203A))
        }
    }

    /// Updates the state with the quote token `mark`.
    mutating func update(with mark: UInt32) {
        if mark == 0x22 {
            straightOpen.toggle()
        } else if mark == QuotationState.doubled {
            doubledOpen.toggle()
        } else if closes(mark) {
            closers.removeLast()
        } else {
            switch mark {
            case 0xAB: closers.append(0xBB)          // « … »
            case 0x201C: closers.append(0x201D)      // “ … ”
            case 0x201E: closers.append(0x201C)      // „German“ style
            case 0x201D: closers.append(0x201C)      // ”reversed“ (and ”doubled”) curly marks
            case 0x2039: closers.append(0x203A)      // ‹ … ›
            default: break
            }
        }
    }
}
