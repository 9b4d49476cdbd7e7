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
        if original.first == "\u{FEFF}" { map[0] = 0; index = 1 }
        while index < original.count {
            map[index] = scalars.count
            let scalar = original[index]
            if scalar == "\r" {
                if index + 1 < original.count, original[index + 1] == "\n" {
                    index += 1
                    map[index] = scalars.count
                }
                scalars.append("\n")
            } else {
                scalars.append(scalar)
            }
            index += 1
        }
        map[original.count] = scalars.count
        self.changesText = scalars != original
        self.scalars = scalars
        self.newOffset = map
    }

    /// Whether the conversion changes anything.
    public let changesText: Bool

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
