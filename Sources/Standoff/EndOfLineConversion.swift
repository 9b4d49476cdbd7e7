/// Turns a text's CRLF and CR line ends into LF (and drops a leading byte order mark), with the
/// map from old offsets to new ones, for `isnad check --fix --eol`.
public struct EndOfLineConversion: Sendable {
    /// The converted text.
    public let scalars: [Unicode.Scalar]
    /// `newOffset[old]` for every old offset 0…count (an offset between CR and LF maps to the LF).
    public let newOffset: [Int]

    /// Converts `original`.
    public init(_ original: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(original.count)
        var map = [Int](repeating: 0, count: original.count + 1)
        var index = 0
        var crlf = 0, cr = 0
        if original.first == "\u{FEFF}" { map[0] = 0; index = 1 }
        while index < original.count {
            map[index] = scalars.count
            let scalar = original[index]
            if scalar == "\r" {
                if index + 1 < original.count, original[index + 1] == "\n" {
                    index += 1
                    map[index] = scalars.count
                    crlf += 1
                } else {
                    cr += 1
                }
                scalars.append("\n")
            } else {
                scalars.append(scalar)
            }
            index += 1
        }
        map[original.count] = scalars.count
        self.changesText = scalars != original
        self.removesByteOrderMark = original.first == "\u{FEFF}"
        self.convertedLineEnds = (crlf, cr)
        self.scalars = scalars
        self.newOffset = map
    }

    /// Whether the conversion changes anything.
    public let changesText: Bool
    /// Whether the text began with a byte order mark, which the conversion drops.
    public let removesByteOrderMark: Bool
    /// How many CRLF and lone CR line ends became LF.
    public let convertedLineEnds: (crlf: Int, cr: Int)

    /// What the conversion did, for the report of a fix: `2 CRLF line ends converted to LF`,
    /// `byte order mark removed`, or both joined by `, `.
    public var summary: String {
        var parts: [String] = []
        if removesByteOrderMark { parts.append("byte order mark removed") }
        let (crlf, cr) = convertedLineEnds
        var ends: [String] = []
        if crlf > 0 { ends.append("\(crlf) CRLF") }
        if cr > 0 { ends.append("\(cr) lone CR") }
        if !ends.isEmpty { parts.append("\(ends.joined(separator: " and ")) line end\(crlf + cr == 1 ? "" : "s") converted to LF") }
        return parts.joined(separator: ", ")
    }

    /// `document` with every text-bound offset moved to the converted text (offsets outside the
    /// old text are left as they are).
    public func shift(_ document: AnnotationDocument) -> AnnotationDocument {
        var shifted = document
        for index in shifted.lines.indices {
            guard case .textBound(var t) = shifted.lines[index].annotation else { continue }
            let moved = t.fragments.map { fragment -> Range<Int> in
                guard fragment.upperBound < newOffset.count else { return fragment }
                return newOffset[fragment.lowerBound]..<newOffset[fragment.upperBound]
            }
            if moved != t.fragments {
                t.fragments = moved
                shifted.lines[index].annotation = .textBound(t)
            }
        }
        return shifted
    }
}
