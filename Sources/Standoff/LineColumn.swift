/// Finds the column of a field in an annotation line, for diagnostics.
enum LineColumn {
    /// The 1-based scalar column of the first whole-field occurrence of `token` after the
    /// first TAB of `line` (fields are separated by space, TAB, `:` or `;`), or 1.
    static func of(_ token: String, in line: String, skippingFields: Int = 0) -> Int {
        let scalars = Array(line.unicodeScalars)
        let needle = Array(token.unicodeScalars)
        guard !needle.isEmpty, let tab = scalars.firstIndex(of: "\t") else { return 1 }
        var index = tab + 1
        var skipped = 0
        while index + needle.count <= scalars.count {
            let before = scalars[index - 1]
            let afterIndex = index + needle.count
            let after: Unicode.Scalar = afterIndex < scalars.count ? scalars[afterIndex] : " "
            if isSeparator(before), isSeparator(after), Array(scalars[index..<afterIndex]) == needle {
                if skipped == skippingFields { return index + 1 }
                skipped += 1
            }
            index += 1
        }
        return 1
    }

    /// The 1-based column just after the second TAB (the start of a text field), or 1.
    static func ofText(in line: String) -> Int {
        var tabs = 0
        for (index, scalar) in line.unicodeScalars.enumerated() where scalar == "\t" {
            tabs += 1
            if tabs == 2 { return index + 2 }
        }
        return 1
    }

    /// Whether `scalar` separates the fields of a line: space, TAB, `:` or `;`.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == ":" || scalar == ";"
    }
}
