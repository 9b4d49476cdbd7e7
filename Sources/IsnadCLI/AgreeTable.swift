/// Columns of text aligned with spaces, for terminal reports.
struct AgreeTable {
    /// The header row.
    var header: [String]
    /// The rows.
    var rows: [[String]] = []

    /// The table, one line per row, columns separated by two spaces.
    var rendered: String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
