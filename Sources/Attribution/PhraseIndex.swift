/// Phrases of normalized words, indexed by their first word for matching at a token.
struct PhraseIndex: Sendable {
    private var byFirst = WordTable<[[Word]]>()
    /// A bit per first word's hash: most words start no phrase and are ruled out by one bit.
    private var firstWordBits = WordFilter([], bitWords: 64)

    /// An index of `phrases` (each a list of normalized words; empty phrases are ignored).
    init(_ phrases: [[Word]]) {
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            byFirst[first, default: []].append(phrase)
        }
        byFirst.updateValues { $0.sort { $0.count > $1.count } }
        firstWordBits = WordFilter(byFirst.keys, bitWords: 64)
    }

    /// Whether a phrase may start with the word whose hash is `hash` (never false when one does).
    @inline(__always)
    func mayStart(withHash hash: UInt64) -> Bool {
        firstWordBits.bitIsSet(hash)
    }

    /// Whether the index holds no phrase.
    var isEmpty: Bool { byFirst.isEmpty }

    /// Whether `word` alone is one of the phrases.
    func containsWord(_ word: Word) -> Bool {
        byFirst[word]?.contains { $0.count == 1 } ?? false
    }

    /// The phrases that start with `word`, longest first.
    func phrases(startingWith word: Word) -> [[Word]] {
        byFirst[word] ?? []
    }
}
