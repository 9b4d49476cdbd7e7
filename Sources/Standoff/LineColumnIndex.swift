/// `LineColumn.of` for many tokens of the same line: the line's fields are indexed once.
///
/// An event or equivalence line with thousands of members gets a diagnostic for each, and each
/// diagnostic read the whole line again to find its column, so `isnad check` was quadratic in the
/// line's length (a 400 KB equivalence line took nearly two minutes). The index keeps the line it
/// was built for, its scalars and the columns of each whole field after the first TAB. A token
/// made of several fields (`T4;1`) is looked for at the columns of its first field; one that
/// starts or ends with a separator is looked for the old way.
final class LineColumnIndex {
    private var line: String?
    private var scalars: [Unicode.Scalar] = []
    private var columns: [String: [Int]] = [:]

    /// The 1-based scalar column of the whole-field occurrence of `token` after the first TAB of
    /// `line`, skipping `skippingFields` earlier ones, or 1: the answer `LineColumn.of` gives.
    func of(_ token: String, in line: String, skippingFields: Int = 0) -> Int {
        let needle = Array(token.unicodeScalars)
        guard let first = needle.first, let last = needle.last, !LineColumn.isSeparator(first), !LineColumn.isSeparator(last) else {
            return LineColumn.of(token, in: line, skippingFields: skippingFields)
        }
        if self.line != line { index(line) }
        guard let separator = needle.firstIndex(where: LineColumn.isSeparator) else {
            guard let found = columns[token], skippingFields < found.count else { return 1 }
            return found[skippingFields]
        }
        // Several fields: an occurrence starts where its first field does and ends at a separator.
        var skipped = 0
        for column in columns[String(String.UnicodeScalarView(needle[..<separator]))] ?? [] {
            let start = column - 1, end = start + needle.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(needle),
                  end == scalars.count || LineColumn.isSeparator(scalars[end]) else { continue }
            if skipped == skippingFields { return column }
            skipped += 1
        }
        return 1
    }

    private func index(_ line: String) {
        self.line = line
        scalars = Array(line.unicodeScalars)
        columns = [:]
        guard let tab = scalars.firstIndex(of: "\t") else { return }
        var field = String.UnicodeScalarView()
        var fieldColumn = 0
        for index in (tab + 1)..<scalars.count {
            let scalar = scalars[index]
            if LineColumn.isSeparator(scalar) {
                if !field.isEmpty { columns[String(field), default: []].append(fieldColumn) }
                field = String.UnicodeScalarView()
            } else {
                if field.isEmpty { fieldColumn = index + 1 }
                field.append(scalar)
            }
        }
        if !field.isEmpty { columns[String(field), default: []].append(fieldColumn) }
    }
}
