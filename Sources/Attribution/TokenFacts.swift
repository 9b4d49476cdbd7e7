/// Yes-or-no facts about the tokens of one document that the scans ask again and again (whether a
/// word reads as a complementizer, a relative, a boundary), each computed once per token and then
/// read from a byte: two bits per fact, one saying it is known, one holding it.
struct TokenFacts {
    /// The questions remembered, one bit pair each.
    enum Fact: UInt8 {
        /// Reads as a complementizer with و/ف/ب and an attached pronoun (`وأنه`، `بأنها`).
        case complementizer = 0
        /// Reads as a complementizer with و/ف and an attached pronoun.
        case complementizerAfterConjunction = 1
        /// Reads as a relative pronoun (`الذي`، `والتي`).
        case relative = 2
        /// Reads as a boundary word (`حيث`، `ولكن`).
        case boundary = 3
    }

    private var bits: [UInt8]

    /// No fact known yet about any of `tokenCount` tokens.
    init(tokenCount: Int) {
        bits = [UInt8](repeating: 0, count: tokenCount)
    }

    /// Forgets every fact: none known about any of `tokenCount` tokens (the storage kept).
    mutating func reset(tokenCount: Int) {
        bits.removeAll(keepingCapacity: true)
        bits.append(contentsOf: repeatElement(0, count: tokenCount))
    }

    /// The remembered `fact` of `token`, nil when not known yet (or `token` is out of range).
    @inline(__always)
    func value(_ fact: Fact, of token: Int) -> Bool? {
        guard token >= 0, token < bits.count else { return nil }
        let byte = bits[token] >> (2 * fact.rawValue)
        return byte & 1 == 0 ? nil : byte & 2 != 0
    }

    /// Remembers `value` as `fact` of `token` (ignored out of range).
    @inline(__always)
    mutating func remember(_ value: Bool, as fact: Fact, of token: Int) {
        guard token >= 0, token < bits.count else { return }
        bits[token] |= (value ? 3 : 1) << (2 * fact.rawValue)
    }
}
