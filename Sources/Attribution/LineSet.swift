/// A set of line indices of one document, kept as one flag per line: a look-up reads an array
/// instead of hashing the index. Lines outside the document are never members.
struct LineSet {
    private var flags: [Bool]

    /// An empty set for a document of `lineCount` lines.
    init(lineCount: Int) {
        flags = [Bool](repeating: false, count: lineCount)
    }

    func contains(_ line: Int) -> Bool {
        line >= 0 && line < flags.count && flags[line]
    }

    /// Makes the set an empty one for a document of `lineCount` lines (its storage kept).
    mutating func reset(lineCount: Int) {
        flags.removeAll(keepingCapacity: true)
        flags.append(contentsOf: repeatElement(false, count: lineCount))
    }

    mutating func insert(_ line: Int) {
        guard line >= 0, line < flags.count else { return }
        flags[line] = true
    }
}
