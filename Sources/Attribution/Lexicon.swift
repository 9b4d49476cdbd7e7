import ArabicText

/// A rule set compiled for matching: every form normalized with the tokenizer's normalizer and keyed
/// by its first word, so a lookup per token is one dictionary access.
struct Lexicon: Sendable {
    var rules: [CueRule]
    var cues: [String: [CueEntry]] = [:]
    var negators: PhraseIndex
    var complementizers: Set<String>
    var sourceEnds: PhraseIndex
    var prepositions: Set<String>
    var boundaries: Set<String>
    var relatives: Set<String>
    var anaphors: Set<String>
    var relays: Set<String>
    var governed: Set<String>
    var clauseBreaks: PhraseIndex
    var denialContents: Set<String>
    var disclaimers: [[String?]]
    var disclaimerFirstWords: Set<String>
    var notClaims: PhraseIndex
    var signatures: Set<String>
    var quotePairs: [(open: [Unicode.Scalar], close: [Unicode.Scalar])]
    var quoteMarks: Set<String>
    var maxSourceWords: Int
    var maxHeadlineSourceWords: Int
    var maxCueGap: Int

    init(rules ruleSet: RuleSet, tokenizer: Tokenizer) {
        func words(_ phrase: String) -> [String] {
            tokenizer.tokenize(phrase).filter { $0.kind == .word || $0.kind == .number }.map { Lexicon.key($0.normalized) }
        }
        func wordSet(_ kind: PhraseListKind) -> Set<String> {
            Set(ruleSet.phrases(kind).flatMap(words))
        }
        func index(_ kind: PhraseListKind) -> PhraseIndex {
            PhraseIndex(ruleSet.phrases(kind).map(words))
        }
        rules = ruleSet.cues
        negators = index(.negator)
        complementizers = wordSet(.complementizer)
        sourceEnds = index(.sourceEnd)
        prepositions = wordSet(.preposition)
        boundaries = wordSet(.boundary)
        relatives = wordSet(.relative)
        anaphors = wordSet(.anaphor)
        relays = wordSet(.relay)
        governed = wordSet(.governed)
        clauseBreaks = index(.clauseBreak)
        denialContents = Set(ruleSet.phrases(.denialContent).map { words($0).joined(separator: " ") })
        disclaimers = ruleSet.phrases(.disclaimer).map { phrase in
            phrase.split(separator: " ").flatMap { part -> [String?] in
                part == "…" || part == "..." ? [nil] : words(String(part)).map { Optional($0) }
            }
        }
        disclaimerFirstWords = Set(disclaimers.compactMap { $0.first ?? nil })
        notClaims = index(.notClaim)
        signatures = Set(ruleSet.phrases(.signature))
        quotePairs = ruleSet.quotePairs.map { (Array($0.open.unicodeScalars), Array($0.close.unicodeScalars)) }
        quoteMarks = Set(ruleSet.quotePairs.flatMap { [$0.open, $0.close] })
        maxSourceWords = ruleSet.value(of: .maxSourceWords)
        maxHeadlineSourceWords = ruleSet.value(of: .maxHeadlineSourceWords)
        maxCueGap = ruleSet.value(of: .maxCueGap)
        for (ruleIndex, rule) in rules.enumerated() {
            for form in rule.forms {
                var formWords = words(form)
                var trailing: String?
                if form.hasSuffix("ـ"), formWords.count > 1 {
                    trailing = formWords.removeLast()
                }
                guard let first = formWords.first else { continue }
                let entry = CueEntry(words: formWords, trailingProclitic: trailing, rule: ruleIndex,
                                     isParticiple: formWords.count == 1 && Lexicon.looksLikeParticiple(first))
                cues[first, default: []].append(entry)
            }
        }
        for key in cues.keys { cues[key]?.sort { $0.weight > $1.weight } }
    }

    /// Whether a word could read as a cue's first word once clitics are split off: a cheap test that
    /// spares the clitic analysis for most words.
    func mayStartCue(_ key: String) -> Bool {
        if cues[key] != nil { return true }
        var scalars = Substring(key).unicodeScalars
        for _ in 0..<3 {
            if Lexicon.stripsEnclitic(scalars, into: cues) { return true }
            guard let first = scalars.first, Lexicon.procliticLetters.contains(first), scalars.count > 2 else { return false }
            scalars = scalars.dropFirst()
            if cues[String(scalars)] != nil { return true }
        }
        return false
    }

    private static let procliticLetters: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "س", "ك"]
    private static let enclitics: [String] = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني", "ي"]

    private static func stripsEnclitic(_ scalars: Substring.UnicodeScalarView, into cues: [String: [CueEntry]]) -> Bool {
        let word = String(scalars)
        for suffix in enclitics where word.hasSuffix(suffix) && word.unicodeScalars.count > suffix.unicodeScalars.count + 1 {
            if cues[String(word.unicodeScalars.dropLast(suffix.unicodeScalars.count))] != nil { return true }
        }
        return false
    }

    /// The lookup key of a normalized word: Latin letters lower-cased.
    static func key(_ normalized: String) -> String {
        guard let first = normalized.unicodeScalars.first, first.isASCII else { return normalized }
        return normalized.lowercased()
    }

    /// Whether a normalized word has the shape of an active participle in the accusative
    /// (مفعلا، فاعلا with tanween alef, or its feminine and plural).
    static func looksLikeParticiple(_ word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 4, let last = letters.last else { return false }
        let endsLikeHal = last == "ا" || last == "ة" || last == "ه" || word.hasSuffix("ين")
        guard endsLikeHal else { return false }
        if letters[0] == "م" { return true }
        return letters.count == 5 && letters[1] == "ا" && last == "ا"
    }
}
