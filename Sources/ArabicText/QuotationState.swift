/// Which quotation marks are open, while walking a line's tokens.
struct QuotationState {
    private var depth = 0
    private var straightOpen = false
    private var doubledOpen = false

    /// Whether some quotation is open.
    var isOpen: Bool { depth > 0 || straightOpen || doubledOpen }

    /// Whether the quote token `mark` would close an open quotation.
    func closes(_ mark: String) -> Bool {
        switch mark {
        case "\"": return straightOpen
        case "''": return doubledOpen
        case "»", "”", "›": return depth > 0
        default: return false
        }
    }

    /// Updates the state with the quote token `mark`.
    mutating func update(with mark: String) {
        switch mark {
        case "\"": straightOpen.toggle()
        case "''": doubledOpen.toggle()
        case "«", "“", "„", "‹": depth += 1
        case "»", "”", "›": depth = max(0, depth - 1)
        default: break
        }
    }
}
