import ArabicText
import Standoff
import TextFiles

/// The state of one extraction over one document: the analysis, the lines that make no claim, the
/// cues found, and the attributions and disclaimers built so far.
///
/// The helpers the scans call are `mutating` (or inlined) even when they only read: a call to a
/// non-mutating method from mutating code copies the whole run (about 1.6 KB) first.
///
/// An extractor keeps its runs from one document to the next (`ExtractionRunPool`): `restart` sets
/// every per-document property as a new run has it, so a stored property added here must be set
/// there too.
struct ExtractionRun {
    var doc: DocumentAnalysis
    let lexicon: Lexicon
    /// Lines where no attribution is looked for (keyword lists, credits, disclaimers, signatures).
    var blockedLines: LineSet
    /// Lines where a quoted passage ends.
    var passageEnds: LineSet
    var found: [FoundAttribution] = []
    var disclaimers: [Range<Int>] = []
    /// Cue tokens already used (inside another cue's Source, or as a relay).
    var consumed: [Bool]
    /// Where the cue match of each token is in `cueMatches`: `noCue`, `mayStartCue`, or an index.
    var cueSlots: [Int32]
    /// The cue matches computed so far.
    var cueMatches: [CueMatch] = []
    /// The token starts no cue (it is no word, failed the prefilter, or its match was computed and found none).
    static let noCue: Int32 = -2
    /// The prefilter passed (`Lexicon.mayStartCue(_:nextWordHash:)`), the match is not computed yet.
    static let mayStartCue: Int32 = -3
    /// Which words read as complementizers, relatives or boundaries, once asked.
    var facts: TokenFacts
    /// For every token, where the quotation whose opening mark starts with it is in `doc.quotations`
    /// (-1: none), made once the quotations are found (empty before).
    var quotationOfToken: [Int32] = []
    /// The subject of a speech verb without content, by sentence, for a coordinated `فقال`.
    var pendingSubject: (sentence: Int, source: Range<Int>)?
    /// The clitic readings that can start a cue of the words met so far: kept by `restart` (they depend
    /// only on the written word and the lexicon).
    var cueReadings = CueReadingMemo()

    /// A run over `analysis` (the lexicon is borrowed and copied once, into the run).
    init(analysis: DocumentAnalysis, lexicon: borrowing Lexicon, cliticMemo: CliticReadingMemo) {
        self.doc = analysis
        self.lexicon = copy lexicon
        self.blockedLines = LineSet(lineCount: 0)
        self.passageEnds = LineSet(lineCount: 0)
        self.consumed = []
        self.cueSlots = []
        self.facts = TokenFacts(tokenCount: 0)
        prepare(cliticMemo: cliticMemo)
    }

    /// Makes the run, done with a document, a new run over `analysis`: the same lexicon, every other
    /// property as `init` sets it; the arrays keep their capacity (a document no longer than one read
    /// before allocates none of them).
    mutating func restart(analysis: DocumentAnalysis, cliticMemo: CliticReadingMemo) {
        doc = analysis
        found.removeAll(keepingCapacity: true)
        disclaimers.removeAll(keepingCapacity: true)
        cueMatches.removeAll(keepingCapacity: true)
        quotationOfToken.removeAll(keepingCapacity: true)
        pendingSubject = nil
        prepare(cliticMemo: cliticMemo)
    }

    /// Gives the memory of the document's analysis back to `workspace` and holds `vacant` (an empty
    /// text's analysis) until `restart(analysis:cliticMemo:)`, so that an idle run keeps nothing the
    /// next document's analysis could otherwise reuse.
    mutating func retire(into workspace: AnalysisWorkspace, holding vacant: DocumentAnalysis) {
        doc.recycle(into: workspace)
        doc = vacant
    }

    /// Sizes the per-token and per-line tables for `doc`, nothing known or marked yet, and runs the
    /// cue prefilter.
    private mutating func prepare(cliticMemo: CliticReadingMemo) {
        blockedLines.reset(lineCount: doc.lineCount)
        passageEnds.reset(lineCount: doc.lineCount)
        consumed.removeAll(keepingCapacity: true)
        consumed.append(contentsOf: repeatElement(false, count: doc.tokens.count))
        facts.reset(tokenCount: doc.tokens.count)
        ExtractionRun.cueCandidates(doc, lexicon, memo: cliticMemo, into: &cueSlots)
    }

    // MARK: Word facts

    /// Whether token `index` reads as a complementizer with up to two of و ف ب and an attached
    /// pronoun (`أن`، `وأنه`، `بأنها`): `DocumentAnalysis.reads`, asked once per token.
    mutating func readsComplementizer(_ index: Int) -> Bool {
        if let known = facts.value(.complementizer, of: index) { return known }
        // a word without a complementizer's letters reads as none (no clitic split needed)
        let value = doc.isWord(index) && lexicon.mayBeComplementizer(doc.keys[index])
            && doc.reads(index, asOneOf: lexicon.complementizers, proclitics: Self.complementizerProclitics, enclitic: true)
            && !standsInBracketedName(index)
        facts.remember(value, as: .complementizer, of: index)
        return value
    }

    /// Whether token `index` stands among a few words (at most four) in brackets (`شبكة (سي إن إن) …`): part of
    /// a name, where إن is no complementizer.
    mutating func standsInBracketedName(_ index: Int) -> Bool {
        var open = index - 1
        while open >= max(0, index - 4), doc.isWord(open) { open -= 1 }
        guard open >= 0, doc.isToken(open, "(") else { return false }
        var close = index + 1
        while close < min(doc.tokens.count, index + 4), doc.isWord(close) { close += 1 }
        // (review16: a name is a few words; a longer bracket is a clause of its own: (التي قالت إن الأزمة انتهت))
        return close < doc.tokens.count && doc.isToken(close, ")") && close - open - 1 <= 4
    }

    /// Whether token `index` reads as a complementizer with up to two of و ف and an attached pronoun.
    mutating func readsComplementizerAfterConjunction(_ index: Int) -> Bool {
        if let known = facts.value(.complementizerAfterConjunction, of: index) { return known }
        let value = doc.isWord(index) && lexicon.mayBeComplementizer(doc.keys[index])
            && doc.reads(index, asOneOf: lexicon.complementizers, enclitic: true)
        facts.remember(value, as: .complementizerAfterConjunction, of: index)
        return value
    }

    /// Whether token `index` reads as a relative pronoun, a conjunction و/ف allowed.
    mutating func readsRelative(_ index: Int) -> Bool {
        if let known = facts.value(.relative, of: index) { return known }
        let value = mayReadAfterConjunctions(index, asOneOf: lexicon.relativeForms) && doc.reads(index, asOneOf: lexicon.relatives)
        facts.remember(value, as: .relative, of: index)
        return value
    }

    /// Whether token `index` reads as a boundary word, a conjunction و/ف allowed.
    mutating func readsBoundary(_ index: Int) -> Bool {
        if let known = facts.value(.boundary, of: index) { return known }
        let value = mayReadAfterConjunctions(index, asOneOf: lexicon.boundaryForms) && doc.reads(index, asOneOf: lexicon.boundaries)
        facts.remember(value, as: .boundary, of: index)
        return value
    }

    /// Whether word token `index` may read as one of a list of words once up to two of و/ف are split off
    /// its front (the splits `DocumentAnalysis.reads(_:asOneOf:enclitic:)` tries without a pronoun): its key
    /// is one of `forms`, the list's words with those conjunctions (`Lexicon.cliticForms`; never false when
    /// such a reading is one of its words; most words are ruled out without splitting them).
    @inline(__always)
    mutating func mayReadAfterConjunctions(_ index: Int, asOneOf forms: WordSet) -> Bool {
        doc.isWord(index) && forms.contains(doc.keys[index])
    }

    /// The prefilter of every token, in one pass: `mayStartCue` for a word that may start a cue,
    /// `noCue` for any other token (most are ruled out here, and then by one array read each).
    private static func cueCandidates(_ doc: DocumentAnalysis, _ lexicon: Lexicon, memo: CliticReadingMemo, into slots: inout [Int32]) {
        slots.removeAll(keepingCapacity: true)
        slots.append(contentsOf: repeatElement(ExtractionRun.noCue, count: doc.tokens.count))
        var nextIsWord = false
        for index in doc.tokens.indices.reversed() {
            let isWord = doc.isWord(index)
            if isWord, lexicon.mayStartCue(doc.keys[index], nextWordHash: nextIsWord ? doc.keys[index + 1].hash : nil,
                                           memo: memo) {
                slots[index] = ExtractionRun.mayStartCue
            }
            nextIsWord = isWord
        }
    }

    /// For every token of `doc`, the index of the first quotation whose opening mark starts where the
    /// token starts, or -1 (what `doc.quotation(openingAt:)` finds for the token's start).
    private static func quotationOfToken(_ doc: DocumentAnalysis, into slots: inout [Int32]) {
        slots.removeAll(keepingCapacity: true)
        slots.append(contentsOf: repeatElement(-1, count: doc.tokens.count))
        for number in doc.quotations.indices {
            let open = doc.quotations[number].open.lowerBound
            let token = doc.firstToken(atOrAfter: open)
            if token < doc.tokens.count, doc.tokens[token].start == open, slots[token] < 0 { slots[token] = Int32(number) }
        }
    }

    /// The quotation whose opening mark starts where token `index` starts: one array read once the
    /// quotations are found (`doc.quotation(openingAt:)` of the token's start, a binary search, before).
    @inline(__always)
    mutating func quotation(openingAtToken index: Int) -> Quotation? {
        guard index < quotationOfToken.count else { return doc.quotation(openingAt: doc.tokens[index].start) }
        let slot = quotationOfToken[index]
        return slot < 0 ? nil : doc.quotations[Int(slot)]
    }

    /// The first comma token in `range` (a loop: a closure passed to `first(where:)` copies the whole run).
    mutating func firstComma(in range: Range<Int>) -> Int? {
        for index in range where isComma(index) { return index }
        return nil
    }

    /// Marks the tokens of `range` inside the document as used.
    mutating func consume(_ range: Range<Int>) {
        for token in range where token >= 0 && token < consumed.count { consumed[token] = true }
    }

    mutating func extract() {
        classifyLines()
        doc.quotations = lexicon.quotationFinder.quotations(in: doc, passageEnds: passageEnds)
        ExtractionRun.quotationOfToken(doc, into: &quotationOfToken)
        var index = 0
        while index < doc.tokens.count {
            // the prefilter first: most tokens are ruled out by one array read
            guard cueSlots[index] != ExtractionRun.noCue, !blockedLines.contains(doc.lineOfToken[index]), !consumed[index],
                  let match = matchCue(at: index) else {
                index += 1
                continue
            }
            attribute(match)
            index = match.tokens.upperBound
        }
        findColonAttributions()
        findSignatures()
    }

    // MARK: Cues

    /// The longest cue form starting at token `index`.
    mutating func matchCue(at index: Int) -> CueMatch? {
        guard index >= 0, index < cueSlots.count else { return nil }
        let slot = cueSlots[index]
        if slot >= 0 { return cueMatches[Int(slot)] }
        guard slot == ExtractionRun.mayStartCue else { return nil }
        let match = computeCue(at: index)
        if let match {
            cueSlots[index] = Int32(cueMatches.count)
            cueMatches.append(match)
        } else {
            cueSlots[index] = ExtractionRun.noCue
        }
        return match
    }

    private mutating func computeCue(at index: Int) -> CueMatch? {
        var best: BestCue?
        let start = doc.tokens[index].start
        // the clitic analysis only when a split form could be a cue (the unsegmented reading alone
        // needs no array); readings are read in place, none is copied
        if lexicon.mayStartCueWithClitics(doc.keys[index]) {
            for reading in cueReadings(index) {
                consider(reading.stem, proclitics: reading.proclitics, afterConjunction: start + reading.conjunctionLength,
                         hasEnclitic: reading.hasEnclitic, at: index, best: &best)
            }
        } else {
            consider(doc.keys[index], proclitics: [], afterConjunction: start, hasEnclitic: false, at: index, best: &best)
        }
        guard let best else { return nil }
        // غير مؤكدة، غير معلنة: after غير a participle form is an adjective, no cue
        if best.entry.isParticiple, index > 0, doc.isWord(index - 1), doc.keys[index - 1] == Self.ghayr { return nil }
        return CueMatch(tokens: index..<best.tokenEnd, span: best.afterConjunction..<best.end, entry: best.entry,
                        ruleReference: lexicon.ruleReferences[best.entry.rule],
                        hasConjunction: best.afterConjunction > start,
                        negatorLength: negatorLength(before: index, cueHasPronoun: best.hasEnclitic))
    }

    /// The readings of word token `index` whose stem starts a cue form (the others match none), in
    /// reading order: from `cueReadings` when the word was met before, else split and remembered.
    mutating func cueReadings(_ index: Int) -> [CueReadingMemo.Reading] {
        let token = doc.tokens[index]
        let (known, hash) = doc.scalars.withUnsafeBufferPointer { scalars in
            let surface = UnsafeBufferPointer(rebasing: scalars[token.start..<token.end])
            let hash = CueReadingMemo.hash(of: surface)
            return (cueReadings.readings(of: surface, hash: hash), hash)
        }
        if let known { return known }
        let readings = doc.readings(index)
        var found: [CueReadingMemo.Reading] = []
        for position in readings.indices where lexicon.cues[readings[position].stem] != nil {
            found.append(CueReadingMemo.Reading(stem: readings[position].stem, proclitics: readings[position].proclitics,
                                                conjunctionLength: readings[position].afterConjunction - token.start,
                                                hasEnclitic: readings[position].hasEnclitic))
        }
        doc.scalars.withUnsafeBufferPointer { scalars in
            cueReadings.remember(found, of: UnsafeBufferPointer(rebasing: scalars[token.start..<token.end]), hash: hash)
        }
        return found
    }

    /// غير ("not", "un-"), normalized.
    static let ghayr = Word("غير")

    /// حسب ("according to"; also "enough", حسبه), normalized.
    static let hasb = Word("حسب")

    /// The heaviest cue form found so far at a token, where it ends (offset and next token), and
    /// where the reading it starts from begins after a conjunction and whether it has a pronoun.
    private typealias BestCue = (entry: CueEntry, end: Int, tokenEnd: Int, afterConjunction: Int, hasEnclitic: Bool)

    /// Replaces `best` by the heaviest cue form that the reading `stem` with `proclitics` of token
    /// `index` starts, if heavier.
    private mutating func consider(_ stem: Word, proclitics readingProclitics: [String], afterConjunction: Int, hasEnclitic: Bool,
                                   at index: Int, best: inout BestCue?) {
        guard let entries = lexicon.cues[stem] else { return }
        // by position: a loop over the elements would copy every form (its words) that is tried;
        // a multiword form whose second word does not follow is ruled out on its hash alone
        let nextHash = doc.isWord(index + 1) ? doc.keys[index + 1].hash : nil
        var bestWeight = best?.entry.weight ?? 0
        for position in entries.indices where entries[position].weight > bestWeight {
            if let second = entries[position].secondWordHash, second != nextHash { continue }
            let cueClass = entries[position].cueClass
            guard proclitics(readingProclitics, allowedFor: cueClass),
                  let (end, tokenEnd) = matchRest(of: entries[position], after: index) else { continue }
            let isSingleWord = entries[position].words.count == 1
            // (بحسبه، بحسبها at a clause end: the pronoun is the speaker, not حسب alone)
            let carriesSpeaker = hasEnclitic && (readingProclitics.contains("ب") || stem != Self.hasb)
            if cueClass == .accordingTo, isSingleWord, !carriesSpeaker, !(doc.isWord(tokenEnd) || isQuoteMark(tokenEnd))
                || tokenEnd >= doc.tokens.count || doc.lineOfToken[tokenEnd] != doc.lineOfToken[index] {
                continue   // فحسب، حسب at a clause end: "only", not "according to"
            }
            // صلاح حسب الله: حسب before الله is part of a name
            if cueClass == .accordingTo, isSingleWord, doc.isWord(tokenEnd), doc.keys[tokenEnd] == "الله" { continue }
            best = (entries[position], end, tokenEnd, afterConjunction, hasEnclitic)
            bestWeight = entries[position].weight
        }
    }

    private func proclitics(_ proclitics: [String], allowedFor cueClass: CueClass) -> Bool {
        proclitics.allSatisfy { clitic in
            // one letter each, compared as a scalar (no string comparison)
            var letters = clitic.unicodeScalars.makeIterator()
            guard let letter = letters.next(), letters.next() == nil else { return false }
            switch letter {
            case "و": return true
            case "ف", "س": return cueClass != .accordingTo
            case "ب", "ل": return cueClass == .accordingTo
            default: return false
            }
        }
    }

    /// Where a multiword form ends (scalar offset) and the token after it, or nil if it does not match.
    private mutating func matchRest(of entry: CueEntry, after index: Int) -> (Int, Int)? {
        var next = index + 1
        let count = entry.words.count
        if count > 1 {
            let line = doc.lineOfToken[index]
            for position in 1..<count {
                // the hashes first: most forms fail there without copying a word
                guard doc.isWord(next), doc.keys[next].hash == entry.words[position].hash, doc.keys[next] == entry.words[position],
                      doc.lineOfToken[next] == line else { return nil }
                next += 1
            }
        }
        var end = doc.tokens[next - 1].end
        if let clitic = entry.trailingProclitic {
            guard doc.isWord(next), doc.lineOfToken[next] == doc.lineOfToken[index] else { return nil }
            if doc.keys[next] == clitic {
                end = doc.tokens[next].end
                next += 1
            } else if doc.keys[next].text == clitic.text + "ه" {
                end = doc.tokens[next].start + 1   // وفقا له: the pronoun (no clitic reading of له) is left as the speaker
            } else if doc.keys[next].firstScalar == clitic.firstScalar,   // a word that starts otherwise is not split
                      let reading = doc.readings(next).first(where: { $0.proclitics.first == clitic.text }) {
                end = reading.stemStart
            } else {
                return nil
            }
        }
        return (end, next)
    }

    /// How many tokens a negator (لم، لا، ما، ليس … or a multiword one such as لا يمكن أن) ending right
    /// before token `index` covers; 0 when there is none.
    private mutating func negatorLength(before index: Int, cueHasPronoun: Bool) -> Int {
        let previous = index - 1
        guard doc.isWord(previous), doc.lineOfToken[previous] == doc.lineOfToken[index] else { return 0 }
        for length in stride(from: 4, through: 2, by: -1) where previous - length + 1 >= 0 {
            let first = previous - length + 1
            // most words start no negator: ruled out by one bit before the phrases are looked up
            guard doc.isWord(first), lexicon.negators.mayStart(withHash: doc.stemHashWithoutConjunction(first)) else { continue }
            for phrase in lexicon.negators.phrases(startingWith: doc.stemWithoutConjunction(first)) where phrase.count == length {
                if (1..<length).allSatisfy({ doc.keys[first + $0] == phrase[$0] }) { return length }
            }
        }
        guard lexicon.negators.mayStart(withHash: doc.stemHashWithoutConjunction(previous)) else { return 0 }
        let word = doc.stemWithoutConjunction(previous)
        guard lexicon.negators.containsWord(word) else { return 0 }
        // ما before a verb with a resumptive pronoun or after a preposition is a relative (ما وصفه، مع ما قاله)
        if word == "ما", cueHasPronoun || doc.isWord(previous - 1) && lexicon.prepositions.contains(doc.keys[previous - 1]) {
            return 0
        }
        return 1
    }

    /// Whether token `index` starts a cue (without building the match).
    mutating func startsCue(_ index: Int) -> Bool {
        guard doc.isWord(index), lexicon.mayStartCue(doc.keys[index]) else { return false }
        return doc.readings(index).contains { lexicon.cues[$0.stem] != nil && $0.proclitics.allSatisfy { $0 == "و" || $0 == "ف" } }
    }

    // MARK: Output

    func document() -> AnnotationDocument {
        let output = output()
        var builder = AnnotationDocumentBuilder()
        let ids = output.spans.map {
            let fragments = Array(output.fragments(of: $0))
            return builder.addTextBound(label: $0.label.name, fragments: fragments, text: SpanText.coveredText(of: fragments, in: doc.scalars))
        }
        for event in output.events {
            let id = builder.addEvent(type: IsnadScheme.eventType, trigger: ids[event.cue],
                                      arguments: event.arguments.map { Argument(role: $0.role, id: ids[$0.span]) })
            builder.addAttribute(name: IsnadScheme.stanceAttribute, target: id, value: event.stance.rawValue)
            builder.addAttribute(name: IsnadScheme.formAttribute, target: id, value: event.form.rawValue)
            builder.addNote(target: id, text: "rule: " + event.rule, type: IsnadScheme.noteType)
        }
        return builder.build()
    }

    /// The attributions and disclaimers found as numbered spans and events (a span made twice is
    /// one text bound).
    func output() -> ExtractionOutput {
        // at most a cue, a Source and a Content or two per attribution: no table grows on the way
        var output = ExtractionOutput(spans: 3 * found.count + disclaimers.count, events: found.count)
        // in cue order the attributions of one cue are neighbours: the first with a Content is kept
        var lastCueDone: Int?
        // where each Content's pieces lie in the output's fragments (one array for the whole document)
        var contents: [Range<Int>] = []
        for position in ExtractionRun.cueOrder(found) {
            let attribution = found[position]
            guard !attribution.cue.isEmpty, attribution.cue.lowerBound != lastCueDone else { continue }
            // the Contents' pieces go into the output's fragments first; the empty ones are left out
            contents.removeAll(keepingCapacity: true)
            for content in attribution.contents {
                let start = output.fragmentStore.count
                appendFragments(of: content, to: &output.fragmentStore)
                if output.fragmentStore.count > start { contents.append(start..<output.fragmentStore.count) }
            }
            guard let firstContent = contents.first else { continue }
            lastCueDone = attribution.cue.lowerBound
            let cue = output.textBound(.cue, attribution.cue)
            var source = -1
            if let range = attribution.source, !range.isEmpty {
                source = output.textBound(.source, range)
            }
            let first = output.textBound(.content, fragments: firstContent)
            var more: [Int] = []
            for range in contents.dropFirst() { more.append(output.textBound(.content, fragments: range)) }
            output.events.append(ExtractionOutput.Event(cue: cue, source: source, content: first, moreContents: more,
                                                        stance: attribution.stance, form: attribution.form, rule: attribution.rule))
        }
        for disclaimer in disclaimers {
            _ = output.textBound(.disclaimer, disclaimer)
        }
        return output
    }

    /// The token indices from `start` on, at most `count` of them, that lie before `end`: empty (never
    /// a range running backwards) when `start` is at or past `end`.
    @inline(__always)
    static func window(from start: Int, count: Int, before end: Int) -> Range<Int> {
        start..<Swift.max(start, Swift.min(start + count, end))
    }

    /// The positions of `found` in the order of their cues' starts, ties in their order.
    static func cueOrder(_ found: [FoundAttribution]) -> [Int] {
        ExtractionOutput.order(found.count) { (found[$0].cue.lowerBound, 0) }
    }

    /// Appends to `pieces` the pieces of `range` cut at line breaks, each trimmed of spaces and
    /// trailing punctuation; empty pieces dropped.
    func appendFragments(of range: Range<Int>, to pieces: inout [Range<Int>]) {
        var start = range.lowerBound
        // one pass over the scalars: a piece ends at every line break and at the range's end
        while true {
            let end = doc.scalars.withUnsafeBufferPointer { ExtractionRun.firstLineBreak(in: $0, from: start, before: range.upperBound) }
            if let piece = trimmed(start..<end) { pieces.append(piece) }
            guard end < range.upperBound else { return }
            start = end + 1
        }
    }

    /// The offset of the first line break (\n or \r) in `scalars[start..<end]`, or `end` (at most the
    /// buffer's count) when there is none: eight scalars at a time, a block without a scalar at or below
    /// U+000D (most of a text) passed with one vector comparison.
    static func firstLineBreak(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, before end: Int) -> Int {
        let end = min(end, scalars.count)
        var next = max(start, 0)
        if let base = UnsafeRawPointer(scalars.baseAddress) {
            let highestBreak = SIMD8<UInt32>(repeating: 0x0D)
            while next + 8 <= end {
                let values = base.loadUnaligned(fromByteOffset: next * MemoryLayout<Unicode.Scalar>.stride, as: SIMD8<UInt32>.self)
                if any(values .<= highestBreak) {
                    for lane in 0..<8 where values[lane] == 0x0A || values[lane] == 0x0D { return next + lane }
                }
                next += 8
            }
        }
        while next < end {
            if scalars[next] == "\n" || scalars[next] == "\r" { return next }
            next += 1
        }
        return end
    }

    /// `range` without surrounding spaces and trailing punctuation, or nil when nothing is left.
    @inline(__always)   // called from mutating code too (span, colonContent): a call would copy the whole run
    func trimmed(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, ScalarClass.isWhitespace(doc.scalars[lower]) { lower += 1 }
        while upper > lower, ScalarClass.isWhitespace(doc.scalars[upper - 1]) || Self.isTrailingPunctuation(doc.scalars[upper - 1]) {
            upper -= 1
        }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether `scalar` is punctuation a span leaves out at its end: . ، , ؛ ; : ! ? ؟ … - – — (a
    /// switch on the value: no set to hash into).
    static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "،", ",", "؛", ";", ":", "!", "?", "؟", "…", "-", "–", "—": return true
        default: return false
        }
    }
}
