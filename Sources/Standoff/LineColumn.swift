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

/// `LineColumn.of` for many tokens of the same line: the line's fields are indexed once.
///
/// An event or equivalence line with thousands of members gets a diagnostic for each, and each
/// diagnostic read the whole line again to find its column, so `isnad check` was quadratic in the
/// line's length (a 400 KB equivalence line took nearly two minutes). The index keeps the line it
/// was built for and the columns of each whole field after the first TAB; a token with a separator
/// in it is looked up the old way.
final class LineColumnIndex {
    private var line: String?
    private var columns: [String: [Int]] = [:]

    /// The 1-based scalar column of the whole-field occurrence of `token` after the first TAB of
    /// `line`, skipping `skippingFields` earlier ones, or 1: the answer `LineColumn.of` gives.
    func of(_ token: String, in line: String, skippingFields: Int = 0) -> Int {
        guard !token.isEmpty, !token.unicodeScalars.contains(where: LineColumn.isSeparator) else {
            return LineColumn.of(token, in: line, skippingFields: skippingFields)
        }
        if self.line != line { index(line) }
        guard let found = columns[token], skippingFields < found.count else { return 1 }
        return found[skippingFields]
    }

    private func index(_ line: String) {
        self.line = line
        columns = [:]
        var column = 0
        var afterTab = false
        var field = String.UnicodeScalarView()
        var fieldColumn = 0
        func close() {
            if !field.isEmpty { columns[String(field), default: []].append(fieldColumn) }
            field = String.UnicodeScalarView()
        }
        for scalar in line.unicodeScalars {
            column += 1
            guard afterTab else {
                afterTab = scalar == "\t"
                continue
            }
            if LineColumn.isSeparator(scalar) {
                close()
            } else {
                if field.isEmpty { fieldColumn = column }
                field.append(scalar)
            }
        }
        close()
    }
}
