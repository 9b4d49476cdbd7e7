/// Phrases of normalized words, indexed by their first word for matching at a token.
struct PhraseIndex: Sendable {
    private var byFirst = WordTable<[[Word]]>()

    /// An index of `phrases` (each a list of normalized words; empty phrases are ignored).
    init(_ phrases: [[Word]]) {
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            byFirst[first, default: []].append(phrase)
        }
        byFirst.updateValues { $0.sort { $0.count > $1.count } }
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
