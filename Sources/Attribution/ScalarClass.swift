/// The Unicode properties the extractor asks of every scalar (alphabetic, white space, numeric),
/// looked up in a table for the scalars below U+0800 (Latin, Arabic and their punctuation) and
/// asked of `Unicode.Scalar.Properties` only for the others.
enum ScalarClass {
    private static let alphabetic: UInt8 = 1
    private static let whitespace: UInt8 = 2
    private static let numeric: UInt8 = 4
    private static let tableSize = 0x800

    /// The flags of every scalar below `tableSize`.
    private static let table: [UInt8] = (0..<UInt32(tableSize)).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let properties = scalar.properties
        return (properties.isAlphabetic ? alphabetic : 0) | (properties.isWhitespace ? whitespace : 0)
            | (properties.numericType != nil ? numeric : 0)
    }

    /// Builds the table now: an extractor calls it once, so that its first document does not pay
    /// for the table (a few million instructions of Unicode property look-ups).
    static func prepare() {
        _ = table.count
    }

    /// `scalar.properties.isAlphabetic`.
    static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableSize ? table[Int(scalar.value)] & alphabetic != 0 : scalar.properties.isAlphabetic
    }

    /// `scalar.properties.isWhitespace`.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < tableSize ? table[Int(scalar.value)] & whitespace != 0 : scalar.properties.isWhitespace
    }

    /// The number of runs of letters and digits (`isLetterOrDigit`) in `scalars`: its words.
    static func letterRuns(in scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
        table.withUnsafeBufferPointer { table in
            var runs = 0
            var inRun = false
            for scalar in scalars {
                let letter = isLetterOrDigit(scalar, table: table)
                if letter, !inRun { runs += 1 }
                inRun = letter
            }
            return runs
        }
    }

    /// Whether `scalar` is alphabetic or has a numeric type (a letter or a digit of a word).
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        table.withUnsafeBufferPointer { isLetterOrDigit(scalar, table: $0) }
    }

    /// `isLetterOrDigit(_:)` with the table at hand (a loop reads the global once).
    @inline(__always)
    private static func isLetterOrDigit(_ scalar: Unicode.Scalar, table: UnsafeBufferPointer<UInt8>) -> Bool {
        scalar.value < tableSize ? table[Int(scalar.value)] & (alphabetic | numeric) != 0
            : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
