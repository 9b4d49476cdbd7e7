/// Which quotation marks are open, while walking a line's tokens.
struct QuotationState {
    /// The paired marks still open, innermost last, as the mark that would close each.
    private var closers: [String] = []
    private var straightOpen = false
    private var doubledOpen = false

    /// Whether some quotation is open.
    var isOpen: Bool { !closers.isEmpty || straightOpen || doubledOpen }

    /// Whether the quote token `mark` would close an open quotation.
    func closes(_ mark: String) -> Bool {
        switch mark {
        case "\"": return straightOpen
        case "''": return doubledOpen
        // “…“ (the opening mark typed twice) closes too
        case "“": return closers.last == "“" || closers.last == "”"
        default: return closers.last == mark || (closers.last != nil && ["»", "”", "›"].contains(mark))
        }
    }

    /// Updates the state with the quote token `mark`.
    mutating func update(with mark: String) {
        if mark == "\"" {
            straightOpen.toggle()
        } else if mark == "''" {
            doubledOpen.toggle()
        } else if closes(mark) {
            closers.removeLast()
        } else {
            switch mark {
            case "«": closers.append("»")
            case "“": closers.append("”")
            case "„": closers.append("“")  // „German“ style
            case "”": closers.append("“")  // ”reversed“ (and ”doubled”) curly marks
            case "‹": closers.append("›")
            default: break
            }
        }
    }
}
