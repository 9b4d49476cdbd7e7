/// The named word lists of a rule set (`words NAME | …`), normalized like the text's words, in one
/// table: a word's entry holds a bit for every list it is on, so asking whether a word is on a list
/// costs one look-up whatever the list, and copies nothing.
struct WordLists: Sendable {
    /// For every word on some list, the bits (`WordListName.position`) of its lists.
    private var lists = WordTable<UInt64>()

    /// Every list empty.
    init() {}

    /// The lists of `rules`, each word turned into keys by `keys` (the lexicon's normalization).
    init(rules: RuleSet, keys: (String) -> [Word]) {
        precondition(WordListName.allCases.count <= UInt64.bitWidth, "a word's lists are the bits of a UInt64")
        for record in rules.records {
            guard case .words(let name, let words, _) = record else { continue }
            for word in words.flatMap(keys) {
                lists[word, default: 0] |= 1 << UInt64(name.position)
            }
        }
    }

    /// Whether `word` (a normalized key) is on the list `name`.
    @inline(__always)   // called from mutating code: a call would copy the lexicon that holds the lists
    func contains(_ word: Word, in name: WordListName) -> Bool {
        guard let index = lists.index(of: word) else { return false }
        return lists.values[index] >> UInt64(name.position) & 1 != 0
    }

    /// The words on the list `name`, in the order they were first added.
    func words(in name: WordListName) -> [Word] {
        lists.keys.filter { contains($0, in: name) }
    }
}
