/// Finds the occurrences of many patterns in one text together, in at most four passes over
/// the text whatever the number of patterns: what re-anchoring needs for the texts of all its
/// stale spans.
enum OccurrenceIndex {
    /// The key lengths patterns are looked up by: a pattern's key is its first 8, 4, 2 or 1
    /// scalars (the longest that holds no space, since a space may match a line break).
    private static let keyLengths = [8, 4, 2, 1]
    /// The multiplier of the polynomial hash of keys (arithmetic wraps modulo 2⁶⁴).
    private static let base: UInt64 = 0x0000_0100_0000_01B3
    /// How many bits of a key's hash select its bit in the prefilter.
    private static let filterBits = 16

    /// Every occurrence of each of `patterns` in `text`, in the order of `patterns`: each list
    /// is exactly what `TextSearch.occurrences(of:in:)` gives for that pattern.
    static func occurrences(of patterns: [[Unicode.Scalar]], in text: [Unicode.Scalar]) -> [[[Range<Int>]]] {
        var found = [[[Range<Int>]]](repeating: [], count: patterns.count)
        for length in keyLengths {
            var byKey: [UInt64: [Int]] = [:]
            for (index, pattern) in patterns.enumerated() where keyLength(of: pattern) == length {
                byKey[hash(pattern[0..<length]), default: []].append(index)
            }
            guard !byKey.isEmpty, text.count >= length else { continue }
            var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
            for key in byKey.keys {
                let bit = filterBit(key)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            var power: UInt64 = 1
            for _ in 1..<length { power = power &* base }
            var key = hash(text[0..<length])
            var position = 0
            while true {
                let bit = filterBit(key)
                if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let indices = byKey[key] {
                    for index in indices {
                        if let fragments = TextSearch.match(patterns[index], in: text, at: position) { found[index].append(fragments) }
                    }
                }
                guard position + length < text.count else { break }
                key = (key &- UInt64(text[position].value) &* power) &* base &+ UInt64(text[position + length].value)
                position += 1
            }
        }
        return found
    }

    /// The length of the key `pattern` is looked up by, or 0 when it cannot occur (it is empty
    /// or starts with a space).
    private static func keyLength(of pattern: [Unicode.Scalar]) -> Int {
        guard let first = pattern.first, first != " " else { return 0 }
        let lead = pattern.firstIndex(of: " ") ?? pattern.count
        return keyLengths.first { $0 <= lead } ?? 1
    }

    /// The polynomial hash of `scalars`.
    private static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var value: UInt64 = 0
        for scalar in scalars { value = value &* base &+ UInt64(scalar.value) }
        return value
    }

    /// The bit of the prefilter that stands for keys hashing to `key`.
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - filterBits))
    }
}
