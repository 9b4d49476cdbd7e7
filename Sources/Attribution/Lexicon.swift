import ArabicText

/// A rule set compiled for matching: every form normalized with the tokenizer's normalizer and keyed
/// by its first word, so a lookup per token is one dictionary access.
struct Lexicon: Sendable {
    var rules: [CueRule]
    /// `rules`, each held by reference for the cue matches.
    var ruleReferences: [CueRuleReference]
    var cues = WordTable<[CueEntry]>()
    /// Every cue's first word, for the prefilter (with and without clitics).
    var cueFirstWords = WordFilter([])
    /// The first words of the one-word forms (`قال`، `وفقا لـ`): a first word of multiword forms only
    /// (`في` of `في تصريح لـ`, `على` of `على حد قول`) starts none unless one of their second words follows.
    var oneWordCueFirstWords = WordFilter([])
    /// The second words of the multiword forms.
    var cueSecondWords = WordFilter([])
    var negators: PhraseIndex
    var complementizers: WordSet
    /// Every word that reads as a complementizer once up to two of و ف ب and an attached pronoun are
    /// split off (`أن`، `وأنه`، `فبأنها`; `DocumentAnalysis.reads`): most words are ruled out by one hash
    /// look-up, without splitting clitics.
    var complementizerForms = WordSet()
    var sourceEnds: PhraseIndex
    /// The `source-end time` phrases: right after a cue they are skipped, not the Source's end
    /// (`حذرت اليوم وزارة الصحة من …`).
    var leadingTimes: PhraseIndex
    var prepositions: WordSet
    /// `prepositions` as a filter, to rule out a preposition with an attached pronoun before the word is split.
    var prepositionFilter = WordFilter([])
    var boundaries: WordSet
    var relatives: WordSet
    /// Every word that reads as one of `boundaries` (`relatives`) once up to two of و ف are split off
    /// (`ولكن`، `فالتي`): most words are ruled out by one hash look-up, without splitting clitics.
    var boundaryForms = WordSet()
    var relativeForms = WordSet()
    var anaphors: WordSet
    var relays: WordSet
    var governed: WordSet
    /// Prepositions governed by one cue record only (a `governed` list named after the cue), by rule
    /// index (parallel to `rules`): a cue finds its list without hashing its rule's name.
    var governedByRuleIndex: [WordSet?] = []
    /// The relays of a cue record, by its index in `rules` (nil for most): a speech cue that relays like
    /// a publication (`روى X عن Y أن …`).
    var relaysByRuleIndex: [WordSet?] = []
    /// Whether the rule at each index governs the proclitic ب (`طالب بـ`، `اتهم بـ`), asked once here.
    var governsBiByRuleIndex: [Bool] = []
    /// Whether the rule at each index governs the proclitic ل (`دعا لـ`: `دعت الوزارة المواطنين للالتزام …`).
    var governsLamByRuleIndex: [Bool] = []
    /// Whether the rule at each index names an addressee with the بـ it governs (`أبلغ الوزير نظيره بأن …`):
    /// it governs بـ and is not restricted `no-addressee` (اعترف، أقر: `اعترفت الولايات المتحدة بأن …`).
    var addressesWithBiByRuleIndex: [Bool] = []
    /// Whether the rule at each index lists in its own `governed` list a preposition of the general
    /// list too (`عزا … إلى`), asked once here.
    var ownsSharedGovernedByRuleIndex: [Bool] = []
    var impersonals: PhraseIndex
    var objectStarts: WordSet
    /// `objectStarts` as a filter, to rule out a reading with an attached pronoun before the word is split.
    var objectStartFilter = WordFilter([])
    /// Rules and plans an according-to cue follows rather than cites (`طبقا للقانون`).
    var notSpeakers: WordSet
    /// Nouns a relay عن is "about" (`روى الصحفي عن رحلته`): no relayed speaker.
    var topics: WordSet
    /// Subjects that point to rather than say (`الأرقام لا تشير إلى تحسن`): no claim.
    var evidence: WordSet
    var constructs: WordSet
    /// The words a cue record's Content must start with (`claim-object` lists named after the cue), by
    /// rule index (parallel to `rules`).
    var claimObjectsByRuleIndex: [WordSet?] = []
    var clauseBreaks: PhraseIndex
    var denialContents: Set<String>
    /// `denialContents` as word sequences: a Content's words are compared without joining them.
    var denialContentWords: Set<[Word]>
    /// The most words any denial content has: a longer Content is never one.
    var maxDenialContentWords: Int
    var disclaimers: [[Word?]]
    var disclaimerFirstWords: WordSet
    /// The disclaimer phrases by their first word; those that start with a gap apart.
    var disclaimersByFirstWord = WordTable<[[Word?]]>()
    var disclaimersWithLeadingGap: [[Word?]] = []
    /// `disclaimerFirstWords` as a filter that rules most words out without a set look-up.
    var disclaimerFirstWordFilter = WordFilter([])
    var notClaims: PhraseIndex
    var signatures: Set<String>
    /// Whether some signature holds a letter or digit (otherwise no word or number token is one).
    var signaturesHaveLetters: Bool
    /// The first scalar of every signature: a token that starts otherwise is none.
    var signatureFirstScalars: [Unicode.Scalar]
    var quotePairs: [(open: [Unicode.Scalar], close: [Unicode.Scalar])]
    /// The quotation finder of `quotePairs`, made once (not for every document).
    var quotationFinder: QuotationFinder
    var quoteMarks: Set<String>
    /// The named word lists (`words NAME | …`), normalized: `wordLists.contains(key, in: .reactions)`.
    var wordLists: WordLists
    var maxSourceWords: Int
    var maxHeadlineSourceWords: Int
    var maxCueGap: Int

    init(rules ruleSet: RuleSet, tokenizer: Tokenizer) {
        func words(_ phrase: String) -> [Word] {
            tokenizer.tokenize(phrase).filter { $0.kind == .word || $0.kind == .number }.map { Lexicon.key($0.normalized) }
        }
        func wordSet(_ kind: PhraseListKind) -> WordSet {
            WordSet(ruleSet.phrases(kind).flatMap(words))
        }
        func index(_ kind: PhraseListKind) -> PhraseIndex {
            PhraseIndex(ruleSet.phrases(kind).map(words))
        }
        rules = ruleSet.cues
        ruleReferences = ruleSet.cues.map(CueRuleReference.init)
        negators = index(.negator)
        complementizers = wordSet(.complementizer)
        complementizerForms = Lexicon.cliticForms(of: complementizers.words, proclitics: ExtractionRun.complementizerProclitics)
        sourceEnds = PhraseIndex((ruleSet.phrases(.sourceEnd) + ruleSet.phrases(.adverbial)).map(words))
        leadingTimes = index(.adverbial)
        prepositions = wordSet(.preposition)
        prepositionFilter = WordFilter(prepositions.words)
        boundaries = wordSet(.boundary)
        relatives = wordSet(.relative)
        boundaryForms = Lexicon.cliticForms(of: boundaries.words, proclitics: ["و", "ف"], pronouns: false)
        relativeForms = Lexicon.cliticForms(of: relatives.words, proclitics: ["و", "ف"], pronouns: false)
        anaphors = wordSet(.anaphor)
        let cueNames = Set(ruleSet.cues.map(\.name))
        // the words of the lists of `kind` named after no cue record, and of those named after one
        // (relay speech-rawa | عن، governed speech-talaba | بـ: for that cue only) by rule index
        func splitByCue(_ kind: PhraseListKind) -> (shared: WordSet, byRuleIndex: [WordSet?]) {
            let lists = ruleSet.phraseLists(kind)
            var byRule: [String: WordSet] = [:]
            for list in lists where cueNames.contains(list.name) {
                byRule[list.name, default: []].formUnion(list.phrases.flatMap(words))
            }
            return (WordSet(lists.filter { !cueNames.contains($0.name) }.flatMap(\.phrases).flatMap(words)),
                    ruleSet.cues.map { byRule[$0.name] })
        }
        (relays, relaysByRuleIndex) = splitByCue(.relay)
        (governed, governedByRuleIndex) = splitByCue(.governed)
        impersonals = index(.impersonal)
        objectStarts = wordSet(.objectStart)
        objectStartFilter = WordFilter(objectStarts.words)
        notSpeakers = wordSet(.notSpeaker)
        topics = wordSet(.topic)
        evidence = wordSet(.evidence)
        constructs = wordSet(.construct)
        claimObjectsByRuleIndex = splitByCue(.claimObject).byRuleIndex
        clauseBreaks = index(.clauseBreak)
        let denialPhrases = ruleSet.phrases(.denialContent).map { words($0).map(\.text) }
        denialContents = Set(denialPhrases.map { $0.joined(separator: " ") })
        denialContentWords = Set(ruleSet.phrases(.denialContent).map(words))
        maxDenialContentWords = denialPhrases.map(\.count).max() ?? 0
        disclaimers = ruleSet.phrases(.disclaimer).map { phrase in
            phrase.split(separator: " ").flatMap { part -> [Word?] in
                part == "…" || part == "..." ? [nil] : words(String(part)).map { Optional($0) }
            }
        }
        disclaimerFirstWords = WordSet(disclaimers.compactMap { $0.first ?? nil })
        for phrase in disclaimers {
            if let first = phrase.first ?? nil {
                disclaimersByFirstWord[first, default: []].append(phrase)
            } else {
                disclaimersWithLeadingGap.append(phrase)
            }
        }
        notClaims = index(.notClaim)
        signatures = Set(ruleSet.phrases(.signature))
        signaturesHaveLetters = signatures.contains { $0.unicodeScalars.contains(where: ScalarClass.isLetterOrDigit) }
        signatureFirstScalars = Array(Set(signatures.compactMap(\.unicodeScalars.first)))
        quotePairs = ruleSet.quotePairs.map { (Array($0.open.unicodeScalars), Array($0.close.unicodeScalars)) }
        quotationFinder = QuotationFinder(pairs: quotePairs)
        quoteMarks = Set(ruleSet.quotePairs.flatMap { [$0.open, $0.close] })
        wordLists = WordLists(rules: ruleSet, keys: words)
        maxSourceWords = ruleSet.value(of: .maxSourceWords)
        maxHeadlineSourceWords = ruleSet.value(of: .maxHeadlineSourceWords)
        maxCueGap = ruleSet.value(of: .maxCueGap)
        for (ruleIndex, rule) in rules.enumerated() {
            for form in rule.forms {
                var formWords = words(form)
                var trailing: Word?
                if form.hasSuffix("ـ"), formWords.count > 1 {
                    trailing = formWords.removeLast()
                }
                guard let first = formWords.first else { continue }
                // قالتا، سألتا: a feminine dual perfect beside its singular (قالت) has the shape فاعلا, yet is a verb
                let isDualPerfect = first.text.hasSuffix("تا")
                    && rule.forms.contains { words($0) == [Word(String(first.text.unicodeScalars.dropLast()))] }
                let entry = CueEntry(words: formWords, trailingProclitic: trailing, rule: ruleIndex, cueClass: rule.cueClass,
                                     isParticiple: formWords.count == 1 && !isDualPerfect && Lexicon.looksLikeParticiple(first))
                cues[first, default: []].append(entry)
            }
        }
        cues.updateValues { $0.sort { $0.weight > $1.weight } }
        cueFirstWords = WordFilter(cues.keys)
        oneWordCueFirstWords = WordFilter(cues.keys.filter { cues[$0]?.contains { $0.words.count == 1 } == true })
        cueSecondWords = WordFilter(cues.keys.flatMap { cues[$0]?.compactMap { $0.words.count > 1 ? $0.words[1] : nil } ?? [] })
        disclaimerFirstWordFilter = WordFilter(disclaimerFirstWords.words, bitWords: 64)
        governsBiByRuleIndex = governedByRuleIndex.map { $0?.contains(Word("ب")) == true }
        governsLamByRuleIndex = governedByRuleIndex.map { $0?.contains(Word("ل")) == true }
        addressesWithBiByRuleIndex = zip(rules, governsBiByRuleIndex).map { $1 && !$0.constructions.contains(.noAddressee) }
        ownsSharedGovernedByRuleIndex = governedByRuleIndex.map { own in
            own.map { own in governed.words.contains { own.contains($0) } } ?? false
        }
    }

    // The hot tests below are static functions of the one table they read, behind inlined methods:
    // a call that is not inlined would otherwise copy the whole lexicon for every word.

    /// Whether a word could read as a cue's first word once clitics are split off: a cheap test that
    /// spares the clitic analysis for most words.
    @inline(__always)
    func mayStartCue(_ key: Word) -> Bool {
        cueFirstWords.mayContain(key.hash) || Lexicon.mayStartCueWithClitics(key, cueFirstWords: cueFirstWords)
    }

    /// Whether the word `key`, followed by a word with hash `nextWordHash` (nil when no word follows),
    /// could start a cue: as written when it is a one-word form's first word or the next word could
    /// continue a multiword form, otherwise only once clitics are split off. Stricter than
    /// `mayStartCue(_:)` and as safe: the forms it rules out could not match there.
    @inline(__always)
    func mayStartCue(_ key: Word, nextWordHash: UInt64?) -> Bool {
        let written = mayStartCueAsWritten(key, nextWordHash: nextWordHash)
        return written.starts || mayStartCueWithClitics(key, oneWordFormsOnly: written.oneWordFormsOnly)
    }

    /// `mayStartCue(_:nextWordHash:)`, the clitic test's answers taken from and kept in `memo`.
    @inline(__always)
    func mayStartCue(_ key: Word, nextWordHash: UInt64?, memo: CliticReadingMemo) -> Bool {
        let written = mayStartCueAsWritten(key, nextWordHash: nextWordHash)
        if written.starts { return true }
        if let known = memo.value(of: key, oneWordFormsOnly: written.oneWordFormsOnly) { return known }
        let value = mayStartCueWithClitics(key, oneWordFormsOnly: written.oneWordFormsOnly)
        memo.remember(value, of: key, oneWordFormsOnly: written.oneWordFormsOnly)
        return value
    }

    /// Whether the word `key` as written may start a cue before a word with hash `nextWordHash`, and
    /// otherwise whether its clitic readings can start only one-word forms.
    @inline(__always)
    private func mayStartCueAsWritten(_ key: Word, nextWordHash: UInt64?) -> (starts: Bool, oneWordFormsOnly: Bool) {
        let firstWord = cueFirstWords.mayContain(key.hash)
        if firstWord, oneWordCueFirstWords.mayContain(key.hash) { return (true, false) }
        let secondWordFollows = nextWordHash.map { cueSecondWords.mayContain($0) } ?? false
        if firstWord, secondWordFollows { return (true, false) }
        // with no second word after it, a clitic reading (وفي، ولا) can start only a one-word form
        return (false, !secondWordFollows)
    }

    /// Whether `word` could read as a cue's first word (of a one-word form, when `oneWordFormsOnly`)
    /// once a proclitic or an attached pronoun is split off.
    @inline(__always)
    func mayStartCueWithClitics(_ key: Word, oneWordFormsOnly: Bool = false) -> Bool {
        Lexicon.mayStartCueWithClitics(key, cueFirstWords: oneWordFormsOnly ? oneWordCueFirstWords : cueFirstWords)
    }

    /// `mayStartCueWithClitics(_:)` with the filter of cue first words.
    private static func mayStartCueWithClitics(_ key: Word, cueFirstWords: WordFilter) -> Bool {
        key.withUTF8 { bytes -> Bool in
            // Arabic letters are two UTF-8 bytes: try the word without up to three proclitic letters
            // and without an attached pronoun of up to three letters; for each start, the stems from
            // the shortest to the whole rest are hashed (`Word.hash(of:)`, a few multiplications each).
            // An ending can be a pronoun only from `encliticStart` on (all letters after it are
            // pronoun letters).
            let count = bytes.count
            // most words neither end in a pronoun letter nor start with a proclitic one
            guard count >= 2, isLetter(bytes, at: count - 2, in: pronounLetters) || isLetter(bytes, at: 0, in: procliticLetters)
            else { return false }
            var encliticStart = count
            while encliticStart >= 2, encliticStart - 2 >= count - 6, isLetter(bytes, at: encliticStart - 2, in: pronounLetters) {
                encliticStart -= 2
            }
            // the stems tried end at the pronoun letters: no shorter stem is hashed
            let maximumSuffix = (count - encliticStart) / 2
            var start = 0
            for _ in 0...3 {
                var suffix = maximumSuffix
                while suffix >= 0, count - suffix * 2 - start < 4 { suffix -= 1 }
                // a stem of at least two letters, ruled out on its first two before it is hashed (the
                // whole word, start 0 without a pronoun, is not a clitic reading)
                if suffix >= 0, start > 0 || encliticStart < count,
                   cueFirstWords.mayHoldWord(startingWith: bytes[start..<(start + 4)]) {
                    var end = count - suffix * 2
                    while true {
                        if start > 0 || suffix > 0, end >= encliticStart,
                           cueFirstWords.mayContain(Word.hash(of: bytes[start..<end])) {
                            return true
                        }
                        guard suffix > 0 else { break }
                        end += 2
                        suffix -= 1
                    }
                }
                guard start + 2 <= count, isLetter(bytes, at: start, in: procliticLetters) else { return false }
                start += 2
            }
            return false
        }
    }

    /// Arabic letters as bits: U+0600–U+063F in the first word, U+0640–U+067F in the second, by the
    /// low six bits of their second UTF-8 byte (lead byte D8 or D9).
    private typealias LetterBits = (d8: UInt64, d9: UInt64)

    /// و ف ب ل س ك.
    private static let procliticLetters: LetterBits = (1 << 0x28 | 1 << 0x33, 1 << 0x08 | 1 << 0x01 | 1 << 0x04 | 1 << 0x03)

    /// The letters that make up attached pronouns: ه ا م ن ي ك.
    private static let pronounLetters: LetterBits = (1 << 0x27, 1 << 0x07 | 1 << 0x05 | 1 << 0x06 | 1 << 0x0A | 1 << 0x03)

    /// Whether the two bytes at `index` (valid UTF-8) are one of the Arabic `letters`.
    @inline(__always)
    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in letters: LetterBits) -> Bool {
        let bit = UInt64(bytes[index + 1] & 0x3F)
        switch bytes[index] {
        case 0xD8: return letters.d8 >> bit & 1 != 0
        case 0xD9: return letters.d9 >> bit & 1 != 0
        default: return false
        }
    }

    /// Whether `word` may read as a complementizer once up to two of و ف ب are split off its front and
    /// an attached pronoun off its end (never false when it does): it is one of `complementizerForms`
    /// (`أن`، `وأنه`، `بأنها`; not `كان`، `الانتخابات`).
    @inline(__always)
    func mayBeComplementizer(_ word: Word) -> Bool {
        complementizerForms.contains(word)
    }

    /// The words `DocumentAnalysis.reads(_:asOneOf:proclitics:enclitic:)` reads as one of `words` with
    /// `proclitics` (and, with `pronouns`, an attached pronoun): each word alone, and with up to two of
    /// the proclitic letters before it and one of `DocumentAnalysis.pronouns` after it (a split word has
    /// a stem of two letters at least and at most 16 bytes).
    static func cliticForms(of words: [Word], proclitics: Set<Unicode.Scalar>, pronouns: Bool = true) -> WordSet {
        let letters = [""] + proclitics.map { String($0) }
        let prefixes = Set(letters.flatMap { first in letters.map { first.isEmpty ? $0 : first + $0 } })
        let suffixes = [""] + (pronouns ? Array(DocumentAnalysis.pronouns) : [])
        var forms = words
        for word in words where word.text.unicodeScalars.count >= 2 {
            for prefix in prefixes {
                for suffix in suffixes {
                    let form = Word(prefix + word.text + suffix)
                    if form.utf8Count <= 16 { forms.append(form) }
                }
            }
        }
        return WordSet(forms)
    }

    /// The lookup key of a normalized word: Latin letters lower-cased.
    static func key(_ normalized: String) -> Word {
        guard let first = normalized.utf8.first, first < 0x80 else { return Word(normalized) }
        return Word(normalized.lowercased())
    }

    /// `key(_:)` of a normalized word given as its (valid) UTF-8 bytes.
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Word {
        guard let first = bytes.first, first < 0x80 else { return Word(utf8: bytes) }
        guard bytes.count <= 64, bytes.allSatisfy({ $0 < 0x80 }) else { return key(String(decoding: bytes, as: UTF8.self)) }
        // punctuation, digits, lower-case words: nothing to lower-case, the bytes are the key
        guard bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return Word(utf8: bytes) }
        // ASCII (punctuation, Latin words): lower-cased byte by byte, as `lowercased()` does it
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { lower in
            for (index, byte) in bytes.enumerated() {
                lower[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return Word(utf8: UnsafeBufferPointer(lower))
        }
    }

    /// Whether a normalized word has the shape of an active participle in the accusative
    /// (مفعلا، فاعلا with tanween alef, or its feminine and plural).
    static func looksLikeParticiple(_ word: Word) -> Bool {
        let letters = Array(word.text.unicodeScalars)
        guard letters.count >= 4, let last = letters.last else { return false }
        let endsLikeHal = last == "ا" || last == "ة" || last == "ه" || word.text.hasSuffix("ين")
        // قالوا، تابعوا: a plural perfect, not فاعلا
        guard endsLikeHal, !word.text.hasSuffix("وا") else { return false }
        if letters[0] == "م" { return true }
        // فاعلا، فاعلة، فاعلين: قائلا، لافتة، ذاكرين
        return letters[1] == "ا" && (letters.count == 5 || letters.count == 6 && word.text.hasSuffix("ين"))
    }
}
