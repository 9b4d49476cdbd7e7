import ArabicText
import TextFiles

/// A second speaker inside a cue's gap: `نقلت X عن Y أن …`, `ذكرت X نقلا عن Y أن …`.
struct Relay {
    var cue: Range<Int>
    var source: Range<Int>?
}

extension ExtractionRun {
    /// The Source in a cue's gap (verb-subject order), split at a relay (`عن`، `نقلا عن`) into the
    /// publisher and the original speakers.
    mutating func sourceAndRelays(_ gap: Range<Int>, of match: CueMatch) -> (Range<Int>?, [Relay]) {
        var relays: [Relay] = []
        var end = gap.upperBound
        var index = gap.upperBound - 1
        while index >= gap.lowerBound {
            defer { index -= 1 }
            guard doc.isWord(index) else { continue }
            if let inner = matchCue(at: index), inner.cueClass == .accordingTo, inner.tokens.upperBound <= end,
               !inner.isOccasion {
                relays.insert(Relay(cue: inner.span, source: sourcePhrase(inner.tokens.upperBound..<end, cliticEnd: inner.span.upperBound)), at: 0)
                end = index
            } else if lexicon.relays.contains(doc.keys[index])
                        || lexicon.relaysByRuleIndex[match.entry.rule]?.contains(doc.keys[index]) == true,
                      doc.isWord(index + 1), namesTopic(index + 1) {
                // روى الصحفي عن رحلته أن …: عن before a `topic` noun is "about", no second speaker; the Source stops there
                end = index
            } else if match.cueClass == .publication && (lexicon.relays.contains(doc.keys[index])
                        // نسبت الصحيفة إلى الوزير القول: a publication cue's own governed preposition is a relay too
                        || lexicon.governedByRuleIndex[match.entry.rule]?.contains(doc.keys[index]) == true)
                        // روى X عن Y أن …: a cue's own relay list
                        || lexicon.relaysByRuleIndex[match.entry.rule]?.contains(doc.keys[index]) == true,
                      !opensLongQuotation(index + 1), !issuedBy(index),
                      !(doc.isWord(index - 1) && lexicon.denialContents.contains {
                          $0.hasPrefix(doc.keys[index - 1].text + " " + doc.keys[index].text + " ") }) {
                // not عن "…" (a topic quoted at length, not a quoted name) nor عار عن الصحة (a denial phrase)
                relays.insert(Relay(cue: doc.tokens[index].start..<doc.tokens[index].end,
                                    source: sourcePhrase(index + 1..<end)), at: 0)
                end = index
            }
        }
        let takesObject = match.takesObject
        // أخطرت الوزارة الشركة بأن …، خاطب الرئيس الحضور: «…»: a cue that governs بـ, or one that speaks only
        // before a colon, takes its addressee there
        let atColon = gap.upperBound < doc.tokens.count && doc.isColon(gap.upperBound) && !match.licenses(.verbSubject)
        // (a `no-addressee` cue, اعترف، أقر, governs بـ for its object but never addresses anyone: اعترفت الولايات المتحدة بأن …)
        let takesAddressee = lexicon.addressesWithBiByRuleIndex[match.entry.rule] || atColon
        if takesObject || takesAddressee, relays.isEmpty, let object = objectBeforeBiAnna(gap, orColon: atColon) { end = object }
        else if relays.isEmpty, let addressee = addresseeBeforeThat(gap) { end = addressee }
        // اتهم الوزير رئيس المعارضة بأنه …: a cue that takes an object stops its Source there
        // جاء في بيان للجيش: the cue took the ل of the Source's first word
        guard !isPluralVerb(match) || startsSoundPlural(at: gap.lowerBound) else { return (nil, relays) }
        return (sourcePhrase(gap.lowerBound..<end, cliticEnd: match.span.upperBound, stopAtObject: takesObject), relays)
    }

    /// Whether the word at `index` is a `topic` noun (`رحلة`، `تجربة`), bare or with an attached pronoun
    /// (`رحلته`، `معاناتهم`): after a relay عن it is what is told about.
    mutating func namesTopic(_ index: Int) -> Bool {
        let topics = lexicon.topics
        if topics.contains(doc.keys[index]) || topics.contains(doc.stemWithoutConjunction(index)) { return true }
        return doc.readings(index).contains { $0.hasEnclitic && $0.proclitics.isEmpty && topics.contains($0.stem) }
    }

    /// `نبهت الوزارة المواطنين إلى أن …`، `حذرت الهيئة السكان من أن …`، `أبلغ الوزير نظيره الفرنسي بأن …`: at the
    /// end of a cue's gap, before بأن or before من/إلى and the complementizer, an audience noun or a noun with a
    /// pronoun (with its nisba adjectives) after a definite word is the addressee; where it starts.
    mutating func addresseeBeforeThat(_ gap: Range<Int>) -> Int? {
        guard gap.upperBound < doc.tokens.count, doc.isWord(gap.upperBound) else { return nil }
        var last = gap.upperBound - 1
        if !doc.keys[gap.upperBound].hasPrefix("ب") {
            guard doc.isWord(last), lexicon.wordLists.contains(doc.keys[last], in: .thatPrepositions) else { return nil }
            last -= 1
        }
        // the addressee's nisba adjectives (نظيره الفرنسي)
        var head = last
        while head - 1 > gap.lowerBound, doc.isWord(head), Self.isNisba(doc.keys[head]) { head -= 1 }
        guard head > gap.lowerBound, doc.isWord(head), doc.isWord(head - 1), doc.keys[head - 1].hasPrefix("ال") else { return nil }
        let key = doc.keys[head]
        if head == last, lexicon.wordLists.contains(key, in: .audiences) { return head }
        return !key.hasPrefix("ال") && doc.readings(head).contains {
            $0.hasEnclitic && $0.proclitics.isEmpty && lexicon.wordLists.contains($0.stem, in: .counterparts)
        } ? head : nil
    }

    /// Whether a normalized definite word ends like a nisba adjective (`الفرنسي`، `الإيرانية`).
    static func isNisba(_ key: Word) -> Bool {
        key.hasPrefix("ال") && (key.hasSuffix("ي") || key.hasSuffix("يه") || key.hasSuffix("يين") || key.hasSuffix("يون"))
    }

    /// Whether token `index` is a definite word in ون or ين with at least four letters after ال, a sound
    /// plural: the one Source a plural verb may have after it (`وقالوا المسؤولون إن …`, news written with
    /// the agreement of speech); not a name that ends so (`وطالبوا ماكرون`، `بوتين`، `الصين`).
    mutating func startsSoundPlural(at index: Int) -> Bool {
        guard doc.isWord(index) else { return false }
        let key = doc.keys[index]
        // ال (4 bytes) and four Arabic letters (8 bytes) at least
        return key.hasPrefix("ال") && key.utf8Count >= 12 && (key.hasSuffix("ون") || key.hasSuffix("ين"))
    }

    /// Whether the cue is a plural verb (`قالوا`، `يكتبون`، `طالبوه`): its subject is in the verb, so no
    /// Source follows it unless it is a sound plural (`وطالبوا رئيس الحزب بـ…`: the noun after it is the
    /// addressee; `يكتبون كذبا أن …`).
    /// The answer depends on the form alone: `CueEntry.isPluralVerb`, computed once when the rules are loaded.
    @inline(__always)
    func isPluralVerb(_ match: CueMatch) -> Bool {
        match.entry.isPluralVerb
    }

    /// `وصف الوزير الهجوم بأنه …`، `اتهم وزير الداخلية المعارضة بأنها …`: before بأن (or, with `colon`, before
    /// the colon of a cue of addressing: `خاطب الرئيس الحضور:`), a definite noun
    /// after a definite word is the object, not the end of the Source (a nisba adjective ending in ي
    /// or ية is the Source's own: `الجيش الإسرائيلي بأن`).
    mutating func objectBeforeBiAnna(_ gap: Range<Int>, orColon colon: Bool = false) -> Int? {
        guard gap.upperBound < doc.tokens.count, colon || doc.keys[gap.upperBound].hasPrefix("ب") else { return nil }
        let last = gap.upperBound - 1
        guard last > gap.lowerBound, doc.isWord(last), doc.isWord(last - 1) else { return nil }
        let key = doc.keys[last]
        guard key.hasPrefix("ال"), doc.keys[last - 1].hasPrefix("ال"), !Self.isNisba(key),
              !lexicon.wordLists.contains(key, in: .titleAdjectives) else { return nil }
        // before a colon only an addressable noun is the addressee (وسأل الصحفي الوزير:، خاطب الرئيس الحضور:),
        // not an adjective of the Source (وهتف المتظاهرون الغاضبون:، وسألت المذيعة الشهيرة:)
        if colon, gap.upperBound < doc.tokens.count, !doc.isWord(gap.upperBound) || !doc.keys[gap.upperBound].hasPrefix("ب"),
           !lexicon.wordLists.contains(doc.keys[last], in: .audiences),
           !lexicon.wordLists.contains(doc.keys[last], in: .addressees) { return nil }
        return last
    }

    /// The Source noun phrase at the start of `range`: up to a circumstance (`في مقابلة`), a relative
    /// clause, or a comma segment opening with a preposition; trailing punctuation and prepositions
    /// left out, wrapping quotation marks too. `cliticEnd` skips an attached proclitic the cue took.
    mutating func sourcePhrase(_ range: Range<Int>, cliticEnd: Int? = nil, stopAtObject: Bool = false) -> Range<Int>? {
        var first = range.lowerBound
        var last = range.lowerBound
        var index = range.lowerBound
        var words = 0
        while index < range.upperBound {
            if doc.isWord(index) {
                if words == 0, index - 1 >= range.lowerBound, let after = afterTimeSetOff(index, before: range.upperBound) {
                    index = after
                    first = index
                    last = index
                    continue
                }
                // حذرت اليوم وزارة الصحة: a time word right after the cue comes before the Source
                if words == 0, index == range.lowerBound, cliticEnd != nil, let after = afterLeadingTime(index, before: range.upperBound) {
                    index = after
                    first = index
                    last = index
                    continue
                }
                if words == 0, isPreposition(index) { return nil }
                // أكدت لنا أن …: ل with a pronoun is whom the speaker told, no speaker; a Source may follow it
                // (وقال لنا مدير المستشفى إن …)
                // (not when an according-to cue took its ل: في بيان لها leaves the pronoun, namesNoSpeaker drops it)
                if words == 0, cliticEnd.map({ $0 <= doc.tokens[index].start }) ?? true,
                   lexicon.wordLists.contains(doc.keys[index], in: .toPronouns) {
                    index += 1
                    first = index
                    last = index
                    continue
                }
                // جاء في البيان الذي وزع اليوم "…": a relative clause after the cue names no speaker
                if words == 0, readsRelative(index) { return nil }
                // أوضح للصحفيين أن: ل with the article is whom the speaker told, not the speaker
                if words == 0, cliticEnd.map({ $0 <= doc.tokens[index].start }) ?? true, doc.keys[index].hasPrefix("لل") { return nil }
                // نقل عنه قوله، قالت لها: a preposition with a pronoun is no speaker
                if words == 0, !lexicon.prepositions.contains(doc.keys[index]),
                   mayReadWithPronoun(index, asOneOf: lexicon.prepositionFilter),   // the word is split only when a stem may be one
                   doc.reads(index, asOneOf: lexicon.prepositions, proclitics: [], enclitic: true) { return nil }
                // وفقا لوكالة …: the cue took the ل, the rest of the word starts the Source
                let cueTookClitic = words == 0 && (cliticEnd.map { $0 > doc.tokens[index].start } ?? false)
                if !cueTookClitic, startsPhrase(lexicon.sourceEnds, at: index), !isNameImam(index) { break }
                // وأكد البابا في عظته أن …، كتب الباحثون في ورقتهم أن …: في with a noun carrying the speaker's
                // pronoun is the occasion or the medium, not the Source's
                // (only after a lone definite head: مسؤولون في حكومته، عضو بارز في حزبها are the Source's own)
                if words == 1, doc.keys[index] == "في", doc.keys[index - 1].hasPrefix("ال"), doc.isWord(index + 1),
                   endsWithPossessive(index + 1),
                   doc.readings(index + 1).contains(where: { $0.hasEnclitic && $0.proclitics.isEmpty }) { break }
                if words > 0, readsRelative(index) { break }
                // بحسب تقارير إخبارية تقول إنها …: a cue verb after an indefinite word opens a relative clause
                if words > 0, doc.isWord(index - 1), !doc.stemWithoutConjunction(index - 1).hasPrefix("ال"),
                   doc.keys[index].firstScalar == "ت" || doc.keys[index].firstScalar == "ي",   // an imperfect, not the verbal noun عدم نشر
                   let inner = matchCue(at: index), !inner.entry.isParticiple, inner.cueClass != .accordingTo, !inner.hasConjunction,
                   inner.licenses(.subjectVerb), inner.tokens.upperBound < range.upperBound || readsComplementizer(inner.tokens.upperBound) { break }
                // دراسة حديثة نشرتها مجلة …: the publication's relative clause is not the Source's
                if words > 0, relativePublicationCue(at: index) != nil { break }
                if stopAtObject, words > 0, startsObject(at: index) { break }
                words += 1
                if words > lexicon.maxSourceWords { return nil }
            } else if isComma(index) {
                if doc.isWord(index + 1), lexicon.prepositions.contains(doc.stemWithoutConjunction(index + 1)), !isNameAli(index + 1), !isNameImam(index + 1) { break }
                if doc.isWord(index + 1), startsPhrase(lexicon.sourceEnds, at: index + 1) { break }
                // دراسة للمندوبية السامية للتخطيط، صدرت الاثنين، …: when the Source came out is no apposition
                if doc.isWord(index + 1), lexicon.wordLists.contains(doc.stemWithoutConjunction(index + 1), in: .issuedBy) { break }
                // …، علي العايد: the name علي is no على حد قول
                if doc.isWord(index + 1), matchCue(at: index + 1) != nil, startsCue(index + 1) { break }
                // وقال الوزير، كما أكد في مؤتمره، إن …: an aside with its own cue is no apposition
                if startsCueAfterAdverb(index + 1) { break }
                // أشارت المصادر ذاتها، مفضلة عدم نشر اسمها، إلى أن …: an indefinite participle in م before an
                // indefinite word is a circumstance, no apposition (not …، مديرة المركز)
                // (a feminine one only before عدم: …، مديرة قسم الأبحاث، …، متحدثة باسم … are appositions)
                if doc.isWord(index + 1), doc.surfaceHasPrefix(index + 1, "م"), !doc.keys[index + 1].hasPrefix("ال"),
                   doc.isWord(index + 2), !doc.keys[index + 2].hasPrefix("ال"),
                   doc.surfaceHasSuffix(index + 1, "ة") && doc.keys[index + 2] == Word("عدم") || doc.keys[index + 1].hasSuffix("ا"),
                   Self.letterCount(doc.keys[index + 1]) >= 4 { break }
            } else if doc.isToken(index, ":") {
                break
            }
            index += 1
            last = index
        }
        return phraseSpan(from: first, to: last, cliticEnd: cliticEnd)
    }

    /// `phraseSpan(_:cliticEnd:)` of the tokens from `lower` up to `upper`: nil when `lower` is at or
    /// past `upper` (bounds found by looking ahead need not be in order).
    mutating func phraseSpan(from lower: Int, to upper: Int, cliticEnd: Int? = nil) -> Range<Int>? {
        lower < upper ? phraseSpan(lower..<upper, cliticEnd: cliticEnd) : nil
    }

    /// The scalar span of the tokens in `range`, trimmed of punctuation, prepositions at the end,
    /// and quotation marks that wrap it whole.
    mutating func phraseSpan(_ range: Range<Int>, cliticEnd: Int? = nil) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, !doc.isWord(lower), !isQuoteMark(lower), !doc.isToken(lower, "(") { lower += 1 }
        while upper > lower {
            let last = upper - 1
            if doc.isWord(last) {
                if isPreposition(last) || lexicon.complementizers.contains(doc.keys[last]) { upper -= 1; continue }
                break
            }
            if doc.isToken(last, ")"), (lower..<last).contains(where: { doc.isToken($0, "(") }) { break }
            if isQuoteMark(last), (lower..<last).contains(where: { isQuoteMark($0) }) { break }
            upper -= 1
        }
        guard lower < upper, (lower..<upper).contains(where: { doc.isWord($0) }) else { return nil }
        // «تصريحات الوزير …: an opening mark whose quotation goes on past the phrase is not the Source's
        if isQuoteMark(lower), !(lower + 1..<upper).contains(where: { isQuoteMark($0) }) { lower += 1 }
        if isQuoteMark(lower), isQuoteMark(upper - 1), upper - lower > 2,
           !(lower + 1..<upper - 1).contains(where: { isQuoteMark($0) }) {
            lower += 1; upper -= 1
        }
        var start = doc.tokens[lower].start
        if let cliticEnd, cliticEnd > start, cliticEnd < doc.tokens[lower].end { start = cliticEnd }
        return start..<doc.tokens[upper - 1].end
    }

    /// The subject before a cue (subject-verb order): the words back to a boundary word, a
    /// punctuation mark or a complementizer, skipping `قد` and a negator; `كان X … قد قال` too.
    mutating func subjectBefore(_ match: CueMatch, clause: Range<Int>) -> Range<Int>? {
        guard match.licenses(.subjectVerb), !match.hasConjunction else { return nil }
        // سلسلة تصريحات اتهمت فيها …: a cue with a resumptive pronoun describes the noun before it
        if doc.isWord(match.tokens.upperBound), lexicon.wordLists.contains(doc.keys[match.tokens.upperBound], in: .resumptives) { return nil }
        // ولا يدركون أن …: a negator joined by و opens a coordinated predicate, its subject is the earlier one
        if match.isNegated, doc.hasConjunction(match.tokens.lowerBound - match.negatorLength) { return nil }
        var index = match.tokens.lowerBound - 1 - match.negatorLength
        while index >= clause.lowerBound, doc.isWord(index), doc.keys[index] == "قد" { index -= 1 }
        let end = index + 1
        var start = index + 1
        var words = 0
        while index >= clause.lowerBound {
            if doc.isWord(index) {
                // وزارة التموين في مصر تنفي: a place after في belongs to a definite subject
                // (and to an indefinite one ending in a nisba: لكن مسؤولا أمنيا في سيناء قال)
                if words > 0, words <= 2, doc.keys[index] == "في", doc.isWord(index - 1), index - 1 >= clause.lowerBound,
                   doc.stemWithoutConjunction(index - 1).hasPrefix("ال")
                    || doc.surfaceHasSuffix(index - 1, "يا") || doc.surfaceHasSuffix(index - 1, "ياً") || doc.surfaceHasSuffix(index - 1, "ي"),
                   !doc.keys[index + 1].hasPrefix("ال") {
                    start = index
                    index -= 1
                    continue
                }
                // وفي تصريح لقناة الأخبار M24 دحض الخبير …: the words after an occasion phrase are its medium, no subject
                if words > 0, let occasion = matchCue(at: index), occasion.cueClass == .accordingTo, occasion.isOccasion,
                   startsCue(index) { return nil }
                // وفي حديث مع موقع “بصراحة” أكدت …، في لقاء لها مع جريدة … أكدت: the interviewer is no subject
                if words > 0, doc.keys[index] == "مع", doc.isWord(index - 1),
                   lexicon.wordLists.contains(doc.stemWithoutConjunction(index - 1), in: .interviews)
                    || lexicon.wordLists.contains(doc.keys[index - 1], in: .toPronouns) && doc.isWord(index - 2)
                        && lexicon.wordLists.contains(doc.stemWithoutConjunction(index - 2), in: .interviews) {
                    return nil
                }
                if readsBoundary(index) || readsComplementizerAfterConjunction(index)
                    || lexicon.negators.containsWord(doc.keys[index]) || isPreposition(index) && !continuesEnvoyTitle(index)
                    || matchCue(at: index) != nil && startsCue(index)   // على of على حد قول, not the name علي
                    || words == 0 && startsPhrase(lexicon.sourceEnds, at: index) && !isNameImam(index) { break }
                words += 1
                if words > 6 { return nil }
            } else if !isQuoteMark(index), !doc.isToken(index, "("), !doc.isToken(index, ")") {
                break
            } else if isQuoteMark(index), let quotation = doc.quotation(openingAt: doc.tokens[index].start),
                      quotation.inner.contains(match.span.lowerBound) {
                break   // قال فلان “أؤكد أن …”: the speaker outside the quotation is not the inner cue's subject
            }
            start = index
            index -= 1
        }
        if words == 0, index >= clause.lowerBound, isComma(index) {
            return subjectAfterKana(before: index, clause: clause) ?? subjectBeforeRelative(endingAt: index, clause: clause)
        }
        guard words > 0 else { return nil }
        return phraseSpan(from: start, to: end, cliticEnd: conjunctionEnd(of: start))
    }

    /// `بايدن، الذي يزور المنطقة، قال`: the noun phrase before a relative clause set off by commas.
    private mutating func subjectBeforeRelative(endingAt comma: Int, clause: Range<Int>) -> Range<Int>? {
        guard let opening = (clause.lowerBound..<comma).last(where: { isComma($0) }),
              doc.isWord(opening + 1), readsRelative(opening + 1) else { return nil }
        var start = opening
        var words = 0
        while start > clause.lowerBound, doc.isWord(start - 1) || isQuoteMark(start - 1) {
            if doc.isWord(start - 1) {
                // a noun phrase inside another relative clause or prepositional phrase is no subject
                if readsBoundary(start - 1) || isPreposition(start - 1) || startsCue(start - 1) { return nil }
                words += 1
                if words > 6 { return nil }
            }
            start -= 1
        }
        guard words > 0 else { return nil }
        return phraseSpan(from: start, to: opening, cliticEnd: conjunctionEnd(of: start))
    }

    /// Where the conjunction و of a definite word ends (`والحكومة ترى` → the Source starts at
    /// `الحكومة`); nil for any other word (`والد`، `والي` are words of their own).
    mutating func conjunctionEnd(of index: Int) -> Int? {
        guard doc.isWord(index) else { return nil }
        let key = doc.keys[index]
        guard key.hasPrefix("وال"), Self.letterCount(key) > 4, !lexicon.wordLists.contains(key, in: .parentWords) else { return nil }
        return doc.tokens[index].start + 1
    }

    /// كان and its forms, for `subjectAfterKana`.
    static let kana: WordSet = ["كان", "كانت", "كانوا"]

    /// Whether `key` holds كان (D9 83 D8 A7 D9 86) at its start or after one or two letters: the only words that
    /// may read as one of `kana` with up to two of و ف (most words are ruled out without splitting them).
    static func mayReadAsKana(_ key: Word) -> Bool {
        key.withUTF8 { bytes in
            stride(from: 0, through: 4, by: 2).contains { start in
                start + 6 <= bytes.count && bytes[start] == 0xD9 && bytes[start + 1] == 0x83 && bytes[start + 2] == 0xD8
                    && bytes[start + 3] == 0xA7 && bytes[start + 4] == 0xD9 && bytes[start + 5] == 0x86
            }
        }
    }

    /// `وكان صندوق النقد الدولي الذي عقد …، قد دعا`: the noun phrase after كان.
    private mutating func subjectAfterKana(before comma: Int, clause: Range<Int>) -> Range<Int>? {
        var index = comma - 1
        while index >= clause.lowerBound {
            if doc.isWord(index), Self.mayReadAsKana(doc.keys[index]), doc.reads(index, asOneOf: Self.kana) {
                return sourcePhrase(index + 1..<comma)
            }
            index -= 1
        }
        return nil
    }

    /// `…، تابع الكاتبان، CLAUSE`: the Source up to the next comma, the Content after it.
    mutating func parenthetical(_ match: CueMatch, clause: Range<Int>) -> (Range<Int>?, Range<Int>)? {
        guard match.tokens.lowerBound > clause.lowerBound, isComma(match.tokens.lowerBound - 1) else { return nil }
        guard let comma = (match.tokens.upperBound..<clause.upperBound).first(where: { isComma($0) }),
              doc.wordCount(match.tokens.upperBound..<comma) <= lexicon.maxHeadlineSourceWords,
              let content = span(from: comma + 1, to: clause.upperBound) else { return nil }
        return (phraseSpan(from: match.tokens.upperBound, to: comma), content)
    }

    /// `نفى X مثل هذه الادعاءات`، `كشفت X عن ممارسات …`، `يصفها بـ"…"`: the Source (before the cue,
    /// or after it up to the object), then the object as Content: after a governed preposition when
    /// there is one (to the clause end), otherwise after adverbs (to the next comma or coordinated cue).
    mutating func object(_ match: CueMatch, clause fullClause: Range<Int>) -> (Range<Int>?, Range<Int>, Form)? {
        // a cue inside a quotation (ونطالب المعتصمين …" وكان …) takes its object inside it
        let clause = fullClause.lowerBound..<max(fullClause.lowerBound, min(fullClause.upperBound, enclosingQuotationClose(of: match) ?? fullClause.upperBound))
        var index = match.tokens.upperBound
        // ولن نعلن عنها حفاظا على …: a preposition with a pronoun right after the cue is its object, pointing back
        if doc.isWord(index), lexicon.wordLists.contains(doc.keys[index], in: .pronounObjects) { return nil }
        var source = isRelativeClauseCue(match) || match.entry.isParticiple ? nil : subjectBefore(match, clause: clause)
        var governedAhead: Int?
        var objectWordAhead: Int?
        // عزا الخبراء ارتفاع الأسعار إلى الجفاف: a cue whose own list holds a shared governed preposition takes
        // it past an object word (not أكد الوزير ضرورة الإفراج عن المعتقلين: أكد governs only على)
        let ownsSharedPreposition = lexicon.ownsSharedGovernedByRuleIndex[match.entry.rule]
        for ahead in index..<clause.upperBound where doc.isWord(ahead) {
            if governs(match, doc.keys[ahead]) { governedAhead = ahead; break }
            // تعهد الرئيس بمحاسبة المسؤولين عن الهجوم: the ب-object comes first, عن is inside it
            // (right after the cue too: طالبوه بالاعتذار عن تصريحاته)
            if ahead >= index, startsGovernedObject(at: ahead, of: match) { break }
            // أعلنت الوزارة ارتفاع الإصابات إلى 56: a verbal noun heading the object comes first, إلى is inside
            // it (not a definite addressee: حذرت الوزارة المواطنين من …; not for a cue with its own governed
            // list: عزا الخبراء ارتفاع الأسعار إلى الجفاف)
            // (right after the cue too when its Source stands before it: المركزي يتوقع تراجع التضخم إلى 9%)
            if ahead > index || source != nil, !ownsSharedPreposition, !doc.keys[ahead].hasPrefix("ال"),
               isObjectStartWord(ahead) { objectWordAhead = ahead; break }
            // التقارير التي تتحدث عن …: that عن belongs to another verb
            if let other = matchCue(at: ahead), other.cueClass != .accordingTo { break }
            // أكدت أهمية التعاون بين الدول التي تنتمي إلى …: that إلى belongs to the relative clause's verb
            if ahead > index, readsRelative(ahead) { break }
        }
        // أظهرت بيانات رسمية ارتفاع …: a word that may read with ب but comes before an object word is the Source
        // (not after a cue that governs بـ: ناشدت بوقف إطلاق النار)
        let startsGoverned = doc.isWord(index) && (governs(match, doc.keys[index])
            || doc.keys[index].firstScalar == "ب" && doc.readings(index).contains { $0.proclitics == ["ب"] }
                && (lexicon.governsBiByRuleIndex[match.entry.rule] || !indefiniteSourceBeforeObject(index)))
        if source == nil, !match.entry.isParticiple, !isRelativeClauseCue(match), !startsGoverned, !isSecondPredicate(match),
           !isPluralVerb(match) || startsSoundPlural(at: index) {
            var end = index
            var words = 0
            var objectStart: Int?
            // اعتبرها البعض جرس إنذار: the cue's pronoun is its first object, the second one follows the Source
            let cueHasObjectPronoun = match.entry.words.count == 1 && cueCarriesPronoun(match)
            var sourceStart = index
            while end < clause.upperBound, words <= lexicon.maxSourceWords {
                if doc.isWord(end) {
                    if words == 0, let after = afterTimeSetOff(end, before: clause.upperBound)
                        ?? (end == index ? afterLeadingTime(end, before: clause.upperBound) : nil) {
                        end = after
                        sourceStart = after
                        continue
                    }
                    if words > 0, let time = placeBeforeTimeAndObject(end) {
                        words += time - end
                        end = time
                        continue
                    }
                    if startsPhrase(lexicon.sourceEnds, at: end) && !isNameImam(end)
                        || isPreposition(end) && !continuesEnvoyTitle(end) && !placeBeforeObject(end) && !continuesQuantity(end)
                        || readsBoundary(end)
                        || (words > 0 && startsObject(at: end) && !timeSetOffAhead(end, before: clause.upperBound))
                        || (words == 0 && isObjectStartWord(end))   // نفى وجود تقارير …: no Source
                        || (words > 0 && startsMentionObject(at: end, of: match))   // ذكرت الصحيفة اسم المتهم: the object
                        || (words == 0 && end == index && isAccusativePlural(end))   // ودعا المرشحين إلى …: the addressee
                        // دعا الأمين العام الطرفين إلى …: after a definite word (not a nisba plural, الخبراء الاقتصاديين)
                        || (words > 0 && isAccusativePlural(end) && doc.isWord(end - 1) && doc.keys[end - 1].hasPrefix("ال")
                            && !doc.keys[end].hasSuffix("يين") && doc.keys[end - 1] != "الاخوان")   // not الإخوان المسلمين
                        // وعد نظيره الإيراني بقرب …: after a cue that governs بـ, a noun with a pronoun is the addressee
                        || (words == 0 && end == index && lexicon.governsBiByRuleIndex[match.entry.rule] && !doc.keys[end].hasPrefix("ال")
                            && doc.readings(end).contains(where: { $0.hasEnclitic && $0.proclitics.isEmpty }))
                        || (words > 0 && startsGovernedObject(at: end, of: match))
                        || (words > 0 && isAddresseeBeforeGoverned(end, of: match))   // طالبت المنظمة الحكومة بفتح …
                        || (words > 0 && cueHasObjectPronoun && startsPredicate(at: end)) { break }
                    words += 1
                } else if !isQuoteMark(end), !isComma(end), !doc.isToken(end, "("), !doc.isToken(end, ")") {
                    break
                } else if words > 0, isQuoteMark(end), let quoted = doc.quotation(openingAt: doc.tokens[end].start), quoted.wordCount > 1,
                          // التابع لتنظيم "الدولة الإسلامية": the head may carry ل or ب
                          doc.isWord(end - 1), !isNameHead(end - 1),
                          !lexicon.constructs.contains(doc.stemWithoutConjunction(end - 1)) {
                    break   // أعلن القاضي "قفل باب المرافعة": the quotation after the Source is the object (not صحيفة "…", الرسمية "كونا")
                } else if isComma(end), doc.isWord(end + 1), startsCoordinatedCue(end + 1) || matchCue(at: end + 1) != nil
                            || doc.stemWithoutConjunction(end + 1) == Word("ذلك")
                            || lexicon.wordLists.contains(doc.stemWithoutConjunction(end + 1), in: .issuedBy) {
                    // أكدت الوزارة …، لافتة إلى أن …  /  …، وذلك وفقا لـ …: another attribution starts
                    // (وتشير دراسة …، صدرت الاثنين، إلى …: when the Source came out, no apposition)
                    break
                } else if words > 0, isComma(end), doc.isWord(end + 1), isObjectStartWord(end + 1)
                            || doc.readings(end + 1).contains(where: {
                                $0.hasEnclitic && $0.proclitics.isEmpty && lexicon.wordLists.contains($0.stem, in: .reactions) }) {
                    objectStart = end + 1   // وأكد وزير الداخلية، ترحيبه بالنقد …: the object after the comma
                    break
                }
                end += 1
            }
            // كشف الجهاز المركزي للإحصاء في مصر، ارتفاع …: a place after في, set off from the object by a comma, is the Source's
            // (a longer place before an object word too: نفى مصدر مسؤول، في وزارة الخارجية السعودية، صحة …)
            if words > 0, end < clause.upperBound, doc.isWord(end), doc.keys[end] == "في", !startsPhrase(lexicon.sourceEnds, at: end),
               let comma = Self.window(from: end + 1, count: 5, before: clause.upperBound).first(where: { isComma($0) }),
               comma <= end + 3 || doc.isWord(comma + 1) && isObjectStartWord(comma + 1),
               (end + 1..<comma).allSatisfy({ doc.isWord($0) }), doc.isWord(comma + 1), comma + 1 < clause.upperBound,
               !startsCoordinatedCue(comma + 1) {
                end = comma
                objectStart = comma + 1
            }
            source = phraseSpan(from: sourceStart, to: end)
            index = objectStart ?? end
        }
        var governed = false
        // a denial or allegation governs no preposition: نفى الوزير الاتهامات الموجهة إلى الحكومة
        let governs = match.cueClass != .denial && match.cueClass != .allegation
        if let governedIndex = governedAhead, governedIndex >= index, governs || governedIndex == index {
            // تساءل … كيف لشخص …: a governed question word opens the question, inside the Content
            index = lexicon.wordLists.contains(doc.keys[governedIndex], in: .questionWords) ? governedIndex : governedIndex + 1
            governed = true
        } else {
            var skippedMedium = false
            while index < clause.upperBound, doc.isWord(index), let length = phraseLength(lexicon.sourceEnds, at: index) {
                skippedMedium = true
                index += length
                // نفى المكتب، الأربعاء (30 تشرين الأول 2019)، ما تم تداوله: the date and its commas stay outside
                if doc.isToken(index, "("), let close = Self.window(from: index + 1, count: 7, before: clause.upperBound).first(where: { doc.isToken($0, ")") }) {
                    index = close + 1
                }
                if isComma(index), doc.isWord(index + 1) { index += 1 }
                // لوكالة “روسيا اليوم” بسماع …: the medium's quoted name stays outside the Content too
                if index < clause.upperBound, let name = doc.quotation(openingAt: doc.tokens[index].start), name.wordCount <= 4,
                   let close = name.close {
                    index = doc.firstToken(atOrAfter: close.upperBound)
                }
            }
            // وأكدت المؤسسة، في بيان تابعته “218”، عدم وجود …: a relative verb with a pronoun on the medium, to its comma
            if skippedMedium, index < clause.upperBound, doc.isWord(index), let relative = matchCue(at: index),
               cueCarriesPronoun(relative) || relativePublicationCue(at: index) != nil,
               let comma = Self.window(from: index + 1, count: 5, before: clause.upperBound).first(where: { isComma($0) }),
               doc.isWord(comma + 1) {
                index = comma + 1
            }
            // نفت الوزارة عبر حسابها الرسمي بموقع “تويتر” تلك الأنباء: the medium's description (an adjective, a
            // prepositional phrase) runs on to a demonstrative that opens the object (not بشدة مثل هذه الادعاءات)
            let anaphors = lexicon.anaphors   // a closure that read `lexicon` would copy the whole run
            // (after a medium with its owner's pronoun, حسابها، موقعه: not a time, نفى المتحدث اليوم المعلومات … بشأن هذه …)
            if skippedMedium, index < clause.upperBound, doc.isWord(index), doc.isWord(index - 1), endsWithPossessive(index - 1),
               doc.keys[index].hasPrefix("ال") || isPreposition(index)
                || doc.readings(index).contains(where: { $0.proclitics == ["ب"] || $0.proclitics == ["ل"] }),
               let object = Self.window(from: index + 1, count: 5, before: clause.upperBound).first(where: {
                   doc.isWord($0) && anaphors.contains(doc.keys[$0]) && !doc.keys[$0].hasPrefix("ال") }),
               (index..<object).allSatisfy({ !isComma($0) && (!doc.isWord($0) || matchCue(at: $0) == nil && !isObjectStartWord($0)) }) {
                index = object
            }
        }
        // ذكر الرئيس من بين هذه التحديات، ضعف الأسطول …: a prepositional phrase set off by a comma comes before the object
        if !governed, index + 1 < clause.upperBound, doc.isWord(index), isPreposition(index),
           let comma = Self.window(from: index + 1, count: 5, before: clause.upperBound).first(where: { isComma($0) }),
           (index..<comma).allSatisfy({ doc.isWord($0) }), doc.isWord(comma + 1), !startsCoordinatedCue(comma + 1) {
            index = comma + 1
        }
        // أعلن التنظيم، في بيان له مساء الخميس، مسؤوليته عن …: the claim word after a circumstance set off by commas
        if !governed, let word = objectWordAhead, word > index, word < clause.upperBound, isComma(word - 1),
           (index..<word - 1).allSatisfy({ ($0 == index || !isComma($0)) && (matchCue(at: $0).map { $0.cueClass == .accordingTo } ?? true) }) {
            index = word
        }
        var contentStart: Int?
        // دعا إلى بذل الجهود: after a governed preposition the ب of بذل is the word's own
        // (only for a cue that governs ب itself: كشفت بعض …، اعتبرها البعض بداية … keep their ب)
        if !governed, doc.isWord(index), startsGovernedObject(at: index, of: match, afterSource: source.map { $0.upperBound <= match.span.lowerBound } ?? false),
           let reading = doc.readings(index).first(where: { $0.proclitics == ["ب"] || $0.proclitics == ["ل"] }) {
            contentStart = reading.stemStart
            governed = true
        } else if !governed, let addressed = Self.window(from: index, count: 4, before: clause.upperBound).first(where: { startsGovernedObject(at: $0, of: match) }),
                  let reading = doc.readings(addressed).first(where: { $0.proclitics == ["ب"] || $0.proclitics == ["ل"] }) {
            // نطالب المعتصمين بالحفاظ على …: the addressee stays outside, the Content starts after ب
            index = addressed
            contentStart = reading.stemStart
            governed = true
        }
        var end = index
        var coordinated = false
        while end < clause.upperBound, !(isComma(end) && !governed && !coordinated), !(end > index && startsCoordinatedCue(end)) {
            if isComma(end), doc.isWord(end + 1), startsCoordinatedCue(end + 1) || startsCueAfterAdverb(end + 1) { break }
            end += 1
            // أكدت المؤسسة عدم وجود مقر …، وأنها ما تزال …: a complement coordinated after a comma is the same Content
            if !governed, end < clause.upperBound, isComma(end), doc.isWord(end + 1), doc.keys[end + 1].firstScalar == "و",
               readsComplementizerAfterConjunction(end + 1) {
                coordinated = true
            }
        }
        guard end > index, let content = span(from: index, to: end) else { return nil }
        // جلسة طالب بها أكثر من 100 نائب: a preposition with the resumptive pronoun of a relative clause is no object
        if doc.isWord(index), lexicon.wordLists.contains(doc.keys[index], in: .pronounObjects) { return nil }
        // لا تدعو للقلق، تدعو للسخرية: "gives cause for" a feeling, no call and no claim
        if doc.isWord(index), doc.keys[index].hasPrefix("لل"), case let key = doc.keys[index].text,
           lexicon.wordLists.contains(Word("ال" + String(key.unicodeScalars.dropFirst(2))), in: .feelings) {
            return nil
        }
        if let quotation = doc.quotation(openingAt: content.lowerBound), !quotation.isShort || governed,
           let close = quotation.close {
            let after = doc.firstToken(atOrAfter: close.upperBound)
            if close.upperBound >= content.upperBound || governed && (after >= end || isComma(after)) {
                return (source, quotation.inner, .direct)
            }
        }
        if let contentStart, contentStart < content.upperBound {
            let range = max(contentStart, content.lowerBound)..<content.upperBound
            return (source, range, formOf(range))
        }
        return (source, content, formOf(content))
    }

    /// The token index of the closing mark of the quotation the cue stands in, if it stands in one.
    mutating func enclosingQuotationClose(of match: CueMatch) -> Int? {
        guard let quotation = doc.quotation(holding: match.span.lowerBound), let close = quotation.close else { return nil }
        return doc.firstToken(atOrAfter: close.lowerBound)
    }

    /// Whether token `index`, a word without the article that may read with ب (`بيانات`، `باحثون`), is
    /// followed within two more words by an object word: an indefinite Source before its cue's object.
    mutating func indefiniteSourceBeforeObject(_ index: Int) -> Bool {
        guard !doc.keys[index].hasPrefix("بال") else { return false }
        for ahead in index + 1...index + 2 {
            guard ahead < doc.tokens.count, doc.isWord(ahead) else { return false }
            if isObjectStartWord(ahead) { return true }
        }
        return false
    }

    /// Whether a cue joined by و/ف stands inside its clause (`حيث سبق ونفت`، `ووصفها`): a second
    /// predicate, with no Source of its own.
    mutating func isSecondPredicate(_ match: CueMatch) -> Bool {
        // …، ونفى المدرب القول بأن …: after a comma the و opens a new clause with its own subject
        guard match.hasConjunction, !isComma(match.tokens.lowerBound - 1) else { return false }
        let clause = doc.clause(of: match.tokens.lowerBound)
        return (clause.lowerBound..<match.tokens.lowerBound).contains { doc.isWord($0) }
    }

    /// Whether token `index` looks like the start of an object after a name: a definite word after a
    /// word that is neither definite nor in construct (`رفض ترامب التقارير`), or `ما`، `مثل`.
    mutating func startsObject(at index: Int) -> Bool {
        // شبكتا التلفزيون ”إيه بي“: the first word of a quoted name is the name's (not أي + ه)
        if isQuoteMark(index - 1), opensQuotation(index - 1) { return false }
        let key = doc.keys[index]
        if key == "ما" || lexicon.anaphors.contains(key) && !key.hasPrefix("ال") { return true }
        // الخبير المتخصص في العلاقات الدولية والقضايا الاستراتيجية: a definite word joined by و continues the phrase
        if key.hasPrefix("وال") { return false }
        // وزير الداخلية، منظمة حظر الأسلحة: a construct head continues the Source
        if doc.isWord(index - 1), lexicon.constructs.contains(doc.keys[index - 1])
            || lexicon.constructs.contains(doc.stemWithoutConjunction(index - 1)) { return false }
        if isObjectStartWord(index) { return true }
        // رئيس المركز، طارق المزرم، اليوم …: a short name set off by commas after the Source is an apposition
        if doc.isWord(index - 1), isComma(index - 2), isComma(index + 1) || doc.isWord(index + 1) && isComma(index + 2) { return false }
        // a word with ل and the article continues the Source (المدير الفني للنادي، الجهاز المركزي للتعبئة)
        if key.hasPrefix("لل") { return false }
        // an indefinite noun in construct after a definite phrase: أعلنت الحكومة حالة الطوارئ
        // (not one with ل, the genitive of a name: أكد مدرب المنتخب الجزائري لكرة القدم …)
        if !key.hasPrefix("ال"), endsWithTehMarbuta(index), doc.isWord(index - 1), doc.keys[index - 1].hasPrefix("ال"),
           !lexicon.constructs.contains(doc.keys[index - 1]), doc.isWord(index + 1), doc.keys[index + 1].hasPrefix("ال"),
           !readsLamWord(index) || lexicon.wordLists.contains(key, in: .lamInitialNouns) { return true }
        // تتوقع الحكومة نموا …: an indefinite accusative after a definite phrase (not a name after a title)
        if !key.hasPrefix("ال"), key.hasSuffix("ا"), Self.letterCount(key) >= 4,
           doc.isWord(index - 1) && doc.keys[index - 1].hasPrefix("ال") && !isTitle(index - 1) && !lexicon.constructs.contains(doc.keys[index - 1])
            || isQuoteMark(index - 1) && !opensQuotation(index - 1) && doc.isWord(index - 2) { return true }   // عن "كونا" خبرا …
        // a noun with a possessive pronoun after a definite phrase: الحكومة العراقية رغبتها (not a name
        // after a title: الوزير سامي)
        if !key.hasPrefix("ال"), doc.isWord(index - 1), doc.keys[index - 1].hasPrefix("ال"), !isTitle(index - 1),
           doc.readings(index).contains(where: { $0.hasEnclitic && $0.proclitics.isEmpty }) { return true }
        if key.hasPrefix("ال"), doc.isWord(index - 1), isFamilyName(index) { return false }
        guard key.hasPrefix("ال"), doc.isWord(index - 1) else { return false }
        // شبكتا التلفزيون، حكومتا البلدين: a dual in construct continues the Source
        if doc.keys[index - 1].hasSuffix("تا") { return false }
        if doc.readings(index - 1).contains(where: { $0.proclitics == ["ب"] || $0.proclitics == ["ل"] }) { return false }
        // نفى مدير أعماله الأمر: a noun with a possessive pronoun closes the construct chain, the definite
        // word after it opens the object (not a nisba adjective: مدير مكتبه الإعلامي)
        if doc.isWord(index - 2), lexicon.constructs.contains(doc.keys[index - 2]), !Self.isNisba(key), endsWithPossessive(index - 1),
           doc.readings(index - 1).contains(where: { $0.hasEnclitic && $0.proclitics.isEmpty }) { return true }
        // منظمة حظر الأسلحة: the indefinite word is itself inside a construct chain
        if doc.isWord(index - 2), !doc.keys[index - 2].hasPrefix("ال"),
           endsWithTehMarbuta(index - 2) || lexicon.constructs.contains(doc.keys[index - 2]) { return false }
        // (الخبير والكاتب الصحفي: the word before may be definite after its و)
        return !doc.stemWithoutConjunction(index - 1).hasPrefix("ال") && !endsWithTehMarbuta(index - 1)
            && !lexicon.prepositions.contains(doc.keys[index - 1])
    }

    /// Whether token `index` is an indefinite word after a definite one that is neither a title
    /// (`الرئيس ماكرون`، `الوزير`) nor a nisba adjective (`المحلل السياسي محمد`): the predicate
    /// of a cue whose pronoun is its first object (`اعتبرها البعض جرس إنذار`).
    mutating func startsPredicate(at index: Int) -> Bool {
        guard doc.isWord(index), doc.isWord(index - 1), !doc.keys[index].hasPrefix("ال") else { return false }
        let previous = doc.keys[index - 1]
        guard previous.hasPrefix("ال"), !Self.isNisba(previous) else { return false }
        return !isTitle(index - 1)
    }

    /// Whether token `index` is `لدى` (normalized لدي) after an envoy's title (`السفير الأمريكي لدى الكويت`): the country
    /// belongs to the Source.
    mutating func continuesEnvoyTitle(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.keys[index] == Word("لدي") else { return false }
        return (max(0, index - 2)..<index).contains {
            doc.isWord($0) && lexicon.wordLists.contains(doc.stemWithoutConjunction($0), in: .envoyTitles)
        }
    }

    /// `كشف، اليوم الثلاثاء، وزير المالية …`: a time (or another Source-ending phrase) set off by commas
    /// right before the Source; the token after its second comma.
    mutating func afterTimeSetOff(_ index: Int, before end: Int) -> Int? {
        guard isComma(index - 1), let length = phraseLength(lexicon.sourceEnds, at: index), isComma(index + length),
              index + length + 1 < end, doc.isWord(index + length + 1) else { return nil }
        return index + length + 1
    }

    /// Whether the words from `index` run to a comma (within three words) that opens a time set off by
    /// commas: `نفى وزير الخارجية سيرجي لافروف، اليوم الاثنين، تقرير …` (the name is the Source's).
    mutating func timeSetOffAhead(_ index: Int, before end: Int) -> Bool {
        guard let comma = Self.window(from: index, count: 4, before: end).first(where: { isComma($0) }), comma > index,
              (index..<comma).allSatisfy({ doc.isWord($0) }) else { return false }
        return afterTimeSetOff(comma + 1, before: end) != nil
    }

    /// After a `source-end time` phrase at `index` right after a one-word cue that opens its clause
    /// and before another word (`وحذرت اليوم وزارة الصحة من …`): where the Source starts. After a
    /// subject (`الحكومة أعلنت اليوم خطة …`) the words after the time are the object, not a Source.
    mutating func afterLeadingTime(_ index: Int, before end: Int) -> Int? {
        let cue = index - 1
        guard cue >= 0, cue == 0 || !doc.isWord(cue - 1) || doc.clause(of: cue).lowerBound == cue,
              let length = phraseLength(lexicon.leadingTimes, at: index), index + length < end, doc.isWord(index + length)
        else { return nil }
        return index + length
    }

    /// Whether the word before the relay `عن` at `index` is صدر/الصادر (`بيان صدر عن الرئاسة`): who
    /// issued the document, not a second speaker.
    mutating func issuedBy(_ index: Int) -> Bool {
        guard doc.isWord(index - 1) else { return false }
        return lexicon.wordLists.contains(doc.stemWithoutConjunction(index - 1), in: .issuedBy)
    }

    /// Whether token `index` opens a quotation of more than two words.
    mutating func opensLongQuotation(_ index: Int) -> Bool {
        guard index < doc.tokens.count, isQuoteMark(index),
              let quotation = doc.quotation(openingAt: doc.tokens[index].start) else { return false }
        return quotation.wordCount > 2
    }

    /// Whether the definite word at `index`, after an indefinite one, is a family name rather than an
    /// object: right after a cue and a first name (`أكد مصطفى الخلفي أن …`), or right before a clear
    /// object start (`الدكتور سليمان الفرجات أهمية …`).
    mutating func isFamilyName(_ index: Int) -> Bool {
        if doc.isWord(index - 2), matchCue(at: index - 2) != nil { return true }
        // أكد رئيس الحكومة عبدالحميد الدبيبة، أن …: the name ends the Source before its complementizer
        // أعلن وزير الصحة الدكتور توفيق الربيعة، وصول الحالات …: so does it before a comma and an object word
        if isComma(index + 1), doc.isWord(index + 2),
           readsComplementizer(index + 2) || isObjectStartWord(index + 2) { return true }
        // أكدت النائبة ضحى الحسيني أن …: and right before it without a comma
        if readsComplementizer(index + 1) { return true }
        return doc.isWord(index + 1) && (isObjectStartWord(index + 1) || startsConstructObject(at: index + 1))
    }

    /// Whether token `index`'s text ends with ة (`doc.surfaceHasSuffix(index, "ة")` without building the
    /// text: ة extends no character before it, so the last scalar decides).
    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func endsWithTehMarbuta(_ index: Int) -> Bool {
        doc.scalars[doc.tokens[index].end - 1] == "ة"
    }

    /// Whether token `index` is an indefinite noun in ة in construct with a definite word, after a definite
    /// phrase: the head of an object (`أعلنت الحكومة حالة الطوارئ`).
    mutating func startsConstructObject(at index: Int) -> Bool {
        !doc.keys[index].hasPrefix("ال") && doc.scalars[doc.tokens[index].end - 1] == "ة" && doc.isWord(index - 1)
            && doc.keys[index - 1].hasPrefix("ال") && !lexicon.constructs.contains(doc.keys[index - 1])
            && doc.isWord(index + 1) && doc.keys[index + 1].hasPrefix("ال")
    }

    /// `نفت وزارة التنمية في رام الله اليوم الأحد التصريحات …`: at `index`, في with a place of one to three words,
    /// then a time, then an object word: where the time starts (the place belongs to the Source).
    mutating func placeBeforeTimeAndObject(_ index: Int) -> Int? {
        guard doc.isWord(index), doc.keys[index] == Word("في") else { return nil }
        for time in Self.window(from: index + 2, count: 3, before: doc.tokens.count) {
            guard doc.isWord(time) else { return nil }
            guard let length = phraseLength(lexicon.leadingTimes, at: time) else { continue }
            guard time + length < doc.tokens.count, doc.isWord(time + length), isObjectStartWord(time + length) else { return nil }
            return time
        }
        return nil
    }

    /// Whether the preposition `في` at `index` places the Source before an object word within three words
    /// (`نفى مصدر في البلدية الخبر …`).
    mutating func placeBeforeObject(_ index: Int) -> Bool {
        guard doc.keys[index] == Word("في") else { return false }
        let objectStarts = lexicon.objectStarts   // a closure that read `lexicon` would copy the whole run
        return Self.window(from: index + 2, count: 3, before: doc.tokens.count).contains { doc.isWord($0) && isObjectStartWord($0)
            // أفادت مصادر طبية في سيناء بوقوع قتلى: a governed ب-object word too
            || doc.isWord($0) && doc.keys[$0].firstScalar == "ب" && doc.readings($0).contains { $0.proclitics == ["ب"] && objectStarts.contains($0.stem) } }
            && (index + 1..<index + 2).allSatisfy { doc.isWord($0) }
    }

    /// Whether token `index` is `من` after a word of quantity (`طالب عدد من قيادات الحزب بـ…`، `مجموعة من
    /// الخبراء`): the speakers it counts belong to the Source.
    mutating func continuesQuantity(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.keys[index] == Word("من"), doc.isWord(index - 1) else { return false }
        return lexicon.wordLists.contains(doc.stemWithoutConjunction(index - 1), in: .quantities)
    }

    /// Whether token `index` is a definite sound plural or dual in ين with at least five letters after ال
    /// (`المرشحين`، `المتظاهرين`، `الطرفين`): accusative, so the object or addressee right after a verb,
    /// never its subject (that is `المرشحون`); not a name in ين (`البحرين`).
    mutating func isAccusativePlural(_ index: Int) -> Bool {
        guard doc.isWord(index) else { return false }
        let key = doc.keys[index]
        // ال (4 bytes), five Arabic letters (10 bytes) at least
        return key.hasPrefix("ال") && key.hasSuffix("ين") && key.utf8Count >= 14 && !lexicon.wordLists.contains(key, in: .namesInYn)
    }

    /// `ذكرت الصحيفة اسم المتهم`، `أسماء الضحايا`: a mention head with a definite word or a pronoun after it
    /// opens the object of a mention cue (not the name `الناشطة أسماء محفوظ` after أكد).
    mutating func startsMentionObject(at index: Int, of match: CueMatch) -> Bool {
        guard lexicon.wordLists.contains(doc.keys[index], in: .mentionHeads),
              doc.isWord(index + 1) && doc.keys[index + 1].hasPrefix("ال")
                || doc.readings(index).contains(where: { $0.hasEnclitic && $0.proclitics.isEmpty }) else { return false }
        return match.licenses(.mention)
    }

    mutating func isTitle(_ index: Int) -> Bool {
        let key = doc.keys[index]
        // ال is four UTF-8 bytes: the rest of the word is read from the key's bytes
        return key.hasPrefix("ال") && lexicon.constructs.contains(key.withUTF8 { Word(utf8: UnsafeBufferPointer(rebasing: $0[4...])) })
    }

    /// Whether token `index` is one of the `object-start` words (with or without و/ف).
    mutating func isObjectStartWord(_ index: Int) -> Bool {
        let objectStarts = lexicon.objectStarts   // a closure that read `lexicon` would copy the whole run
        // رؤساء بعض الأحزاب: بعض after an indefinite head is its genitive (ذكرت دار الإفتاء بعض الفتاوى: an object)
        if doc.keys[index] == "بعض", doc.isWord(index - 1), !doc.stemWithoutConjunction(index - 1).hasPrefix("ال") {
            return false
        }
        return objectStarts.contains(doc.keys[index]) || objectStarts.contains(doc.stemWithoutConjunction(index))
            // التزامها، دعمه: with an attached pronoun (the word is split only when a stem may be one)
            || mayReadWithPronoun(index, asOneOf: lexicon.objectStartFilter)
                && doc.readings(index).contains { $0.hasEnclitic && $0.proclitics.isEmpty && objectStarts.contains($0.stem) }
    }

    /// Whether word token `index` may read as one of the words of `filter` once an attached pronoun is
    /// split off (and no proclitic): some start of its key that ends before a letter, or that start with
    /// its final ت read as ه, has a hash in `filter`. Never false when such a reading's stem is in it
    /// (the stem is cut from the key); a word with a letter outside U+0621–U+0652, which may be
    /// normalized apart from the word (Farsi yeh, ligatures), is always let through to the readings.
    mutating func mayReadWithPronoun(_ index: Int, asOneOf filter: WordFilter) -> Bool {
        guard doc.isWord(index) else { return false }
        let token = doc.tokens[index]
        for offset in token.start..<token.end where !(0x0621...0x0652).contains(doc.scalars[offset].value) { return true }
        return doc.keys[index].withUTF8 { bytes in
            var letterStart = 0   // where the last letter before `position` starts
            for position in bytes.indices where position > 0 && bytes[position] & 0xC0 != 0x80 {
                if filter.mayContain(Word.hash(of: bytes[..<position])) { return true }
                // the final ت (D8 AA) of a stem is read as ه (D9 87) before a pronoun
                if bytes[position - 1] == 0xAA, position >= 2, bytes[position - 2] == 0xD8,
                   filter.mayContain(Word.hash(of: bytes[..<letterStart], followedBy: (0xD9, 0x87))) { return true }
                letterStart = position
            }
            return false
        }
    }

    /// Whether one of `phrases` starts at token `index` (its first word may carry و/ف).
    mutating func startsPhrase(_ phrases: PhraseIndex, at index: Int) -> Bool {
        phraseLength(phrases, at: index) != nil
    }

    /// How many tokens the longest of `phrases` starting at token `index` covers, if one does; the
    /// first word is tried as written and without a conjunction و/ف.
    @inline(__always)   // most words are ruled out by the first-word bits, before the index is passed on
    mutating func phraseLength(_ phrases: PhraseIndex, at index: Int) -> Int? {
        guard doc.isWord(index), phrases.mayStart(withHash: doc.keys[index].hash)
                || doc.hasConjunction(index) && phrases.mayStart(withHash: doc.stemHashWithoutConjunction(index)) else { return nil }
        return matchedPhraseLength(phrases, at: index)
    }

    /// `phraseLength(_:at:)` for a word that passed the first-word bits.
    private mutating func matchedPhraseLength(_ phrases: PhraseIndex, at index: Int) -> Int? {
        // each list is longest first: its first match is its longest, and the longer of the two wins
        let direct = longestMatch(of: phrases.phrases(startingWith: doc.keys[index]), at: index)
        guard doc.hasConjunction(index) else { return direct }
        let stripped = longestMatch(of: phrases.phrases(startingWith: doc.stemWithoutConjunction(index)), at: index)
        guard let stripped else { return direct }
        return max(direct ?? 0, stripped)
    }

    /// How many tokens the first of `candidates` whose words after the first follow token `index` covers.
    private mutating func longestMatch(of candidates: [[Word]], at index: Int) -> Int? {
        // most phrases are ruled out on their second word's hash, read in place (no phrase is copied)
        let nextHash = doc.isWord(index + 1) ? doc.keys[index + 1].hash : nil
        for position in candidates.indices {
            let count = candidates[position].count
            if count > 1, candidates[position][1].hash != nextHash { continue }
            var next = index + 1
            var matched = true
            for offset in 1..<max(1, count) {
                let word = candidates[position][offset]
                guard doc.isWord(next), doc.keys[next].hash == word.hash, doc.keys[next] == word else { matched = false; break }
                next += 1
            }
            if matched { return next - index }
        }
        return nil
    }

    /// Whether token `index` is a preposition; `علي` written with a dotted ya is the name Ali when
    /// its line writes على with alef maqsura elsewhere (normalization folds the two).
    mutating func isPreposition(_ index: Int) -> Bool {
        lexicon.prepositions.contains(doc.keys[index]) && !isNameAli(index) && !isNameImam(index)
    }

    /// `إمام` ("imam") written with إ: normalization folds it to `أمام` ("before", a preposition and
    /// a Source end), so the original first letter (after و/ف) tells the noun apart.
    mutating func isNameImam(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.stemWithoutConjunction(index) == Self.amam else { return false }
        return doc.surfaceHasPrefix(index, "إ") || doc.surfaceHasPrefix(index, "وإ") || doc.surfaceHasPrefix(index, "فإ")
    }

    /// أمام and إمام, normalized (the hamza folded).
    static let amam = Word("امام")

    /// `علي` as a name: written with ي in a text that writes its prepositions with ى (looked for
    /// around the word: a few thousand characters either side), or right before a colon, where no
    /// preposition stands without its object (`قال الإمام علي: …`، `الإمام علي: "…"`).
    mutating func isNameAli(_ index: Int) -> Bool {
        guard doc.isWord(index), doc.surfaceHasSuffix(index, "علي") else { return false }
        if index + 1 < doc.tokens.count, doc.isToken(index + 1, ":") { return true }
        let token = doc.tokens[index]
        let window = max(0, token.start - 3000)..<min(doc.scalars.count, token.end + 3000)
        return doc.scalars[window].contains("\u{0649}")
    }

    /// Whether a cue governs `word` before its object (`كشفت عن`، `شدد على`): a general `governed`
    /// word, or one listed for this cue's record.
    mutating func governs(_ match: CueMatch, _ word: Word) -> Bool {   // mutating: a call from mutating code would copy the run
        lexicon.governed.contains(word) || lexicon.governedByRuleIndex[match.entry.rule]?.contains(word) == true
    }

    /// Whether token `index` opens the object of a cue that governs بـ (`طالبت المعارضة بإجراء …`،
    /// `اتهمت الحكومة إسرائيل بقصف …`) or لـ (`دعت الوزارة وسائل الإعلام لاستقاء …`): a word read with that
    /// proclitic. `afterSource`: the cue's Source stands before it (`تقارير تشير لإخفاء …`), so a ل-word right
    /// after the cue is no Source.
    mutating func startsGovernedObject(at index: Int, of match: CueMatch, afterSource: Bool = false) -> Bool {
        // a word read with ب starts with ب: any other word is not split
        // (ل, for a cue that governs it, right after the cue only before the article: دعت للتهدئة, not دعت لجنة …)
        let proclitic: String
        if lexicon.governsBiByRuleIndex[match.entry.rule], doc.keys[index].firstScalar == "ب" {
            proclitic = "ب"
        } else if lexicon.governsLamByRuleIndex[match.entry.rule], doc.keys[index].firstScalar == "ل",
                  index > match.tokens.upperBound || doc.keys[index].hasPrefix("لل") || afterSource {
            // (not before a later إلى the cue governs: ودعا المرشحين للامتحانات إلى متابعة الدرس)
            let clause = doc.clause(of: index)
            if (index + 1..<clause.upperBound).contains(where: { doc.isWord($0) && doc.keys[$0] == ExtractionRun.ila && governs(match, ExtractionRun.ila) }) {
                return false
            }
            // review16: a noun whose ل is its own (المعارضة دعت لجنة الانتخابات لتأجيل الاقتراع: لجنة is no ل + جنة)
            if lexicon.wordLists.contains(doc.keys[index], in: .lamInitialNouns) { return false }
            // review16: ودعا لوقف الحرب لإنقاذ المدنيين: after a ل-word right after the cue (no object of its own there:
            // لجنة، ليلى may be names), a later ل-word is its purpose, no object, and the first is no Source
            let afterCue = match.tokens.upperBound
            if index > afterCue, afterCue < doc.tokens.count, doc.isWord(afterCue),
               !lexicon.wordLists.contains(doc.keys[afterCue], in: .lamInitialNouns), readsLamWord(afterCue) { return false }
            // review16: before a later ل-word, a ل-word after a name's adjective or head is the name's genitive
            // (دعا الأمين العام للأمم المتحدة الأطراف لضبط النفس، أشارت الهيئة العامة للإحصاء لارتفاع …)
            if index > match.tokens.upperBound, doc.isWord(index - 1), continuesNameWithLam(index),
               Self.window(from: index + 1, count: 4, before: clause.upperBound).contains(where: { doc.isWord($0) && readsLamWord($0) }) {
                return false
            }
            proclitic = "ل"
        } else {
            return false
        }
        let readings = doc.readings(index)
        // read in place: no reading, proclitic list or stem text is copied
        return readings.indices.contains { position in
            readings[position].proclitics.count == 1 && readings[position].proclitics[0] == proclitic
                && Self.letterCount(readings[position].stem) >= 3 && readings[position].stem != Self.ism   // المتحدث باسم
        }
    }

    /// Whether the definite word at `index`, after a definite word and right before the cue's governed
    /// preposition or ب-object, is whom the speaker addresses (`طالبت المنظمة الحكومة بفتح تحقيق`، `حثت
    /// المفوضية السلطات على …`): an audience or a body, not an adjective of the Source (`دعت الأمم المتحدة إلى …`).
    mutating func isAddresseeBeforeGoverned(_ index: Int, of match: CueMatch) -> Bool {
        // دعت الوزارة وسائل الإعلام لاستقاء …: an addressee in construct with the definite word after it
        // (round13: also after a name, دعا غوتيريش طرفي النزاع إلى …, but not right after the cue nor after a
        // construct head: دعت وسائل الإعلام إلى …، مدير وسائل الإعلام)
        if doc.isWord(index - 1), index - 1 >= match.tokens.upperBound,
           doc.keys[index - 1].hasPrefix("ال") || !lexicon.constructs.contains(doc.stemWithoutConjunction(index - 1))
            // review17: nor after an indefinite noun in ة or a plural in construct (ودعت لجنة أطراف الاتفاقية إلى …،
            // وطالب ممثلو أطراف النزاع بـ…): they head the construct, as a name does not
            && !endsWithTehMarbuta(index - 1) && !Self.isConstructPlural(doc.keys[index - 1]),
           lexicon.wordLists.contains(doc.keys[index], in: .addresseeHeads),
           doc.isWord(index + 1), doc.keys[index + 1].hasPrefix("ال"), doc.isWord(index + 2),
           governs(match, doc.keys[index + 2]) || startsGovernedObject(at: index + 2, of: match) {
            return true
        }
        guard doc.isWord(index - 1), doc.keys[index - 1].hasPrefix("ال"), doc.isWord(index + 1),
              governs(match, doc.keys[index + 1]) || startsGovernedObject(at: index + 1, of: match) else { return false }
        // (not after a body or an audience it qualifies: دعت الدول الأعضاء إلى …، الدول الأطراف)
        let previous = doc.keys[index - 1]
        if lexicon.wordLists.contains(previous, in: .addressedBodies) || lexicon.wordLists.contains(previous, in: .audiences)
            || lexicon.wordLists.contains(previous, in: .addressees) {
            return false
        }
        let key = doc.keys[index]
        return lexicon.wordLists.contains(key, in: .audiences) || lexicon.wordLists.contains(key, in: .addressees)
            || lexicon.wordLists.contains(key, in: .addressedBodies)
    }

    /// review17: whether `key` (indefinite) reads as a sound masculine plural in construct, its ن dropped
    /// (`ممثلو`، `مسؤولو`): four letters or more before the ending و.
    static func isConstructPlural(_ key: Word) -> Bool {
        !key.hasPrefix("ال") && key.hasSuffix("و") && letterCount(key) >= 5
    }

    /// round13: whether word `index` is كما، فيما or حيث before a cue (`…، فيما نفى الجيش هذه الاتهامات`): another
    /// attribution starts after the comma, and an object Content ends before it.
    mutating func startsCueAfterAdverb(_ index: Int) -> Bool {
        guard doc.isWord(index), lexicon.wordLists.contains(doc.keys[index], in: .impliedSpeakerWords)
                || lexicon.wordLists.contains(doc.stemWithoutConjunction(index), in: .impliedSpeakerWords),
              index + 1 < doc.tokens.count, doc.isWord(index + 1) else { return false }
        return matchCue(at: index + 1) != nil
    }

    /// Whether token `index` reads as a word with the proclitic ل on a stem of three letters or more (`لضبط`).
    mutating func readsLamWord(_ index: Int) -> Bool {
        guard doc.keys[index].firstScalar == "ل" else { return false }
        let readings = doc.readings(index)
        return readings.indices.contains { position in
            readings[position].proclitics.count == 1 && readings[position].proclitics[0] == "ل"
                && Self.letterCount(readings[position].stem) >= 3
        }
    }

    /// Whether the ل-word at `index` may be the genitive of a name ending at the word before: after an adjective
    /// of a name (`العام`، `السامية`) or a head noun (`المجلس`), a word with لل; after any definite word, a name's
    /// usual indefinite genitive (`لحقوق الإنسان`، `لشؤون اللاجئين`).
    mutating func continuesNameWithLam(_ index: Int) -> Bool {
        let stem = doc.stemWithoutConjunction(index - 1)
        guard stem.hasPrefix("ال") else { return false }
        if lexicon.wordLists.contains(doc.keys[index], in: .lamGenitiveWords) { return true }   // الشبكة السورية لحقوق الإنسان
        return doc.keys[index].hasPrefix("لل")
            && (lexicon.wordLists.contains(stem, in: .lamGenitiveAdjectives) || lexicon.wordLists.contains(stem, in: .lamGenitiveHeads))
    }

    /// اسم: after ب it names whom one speaks for (`المتحدث باسم`), no object.
    static let ism = Word("اسم")

    /// Whether the cue's first word carries an attached pronoun: without و/ف it has more letters than the
    /// form it matched (`اعتبرها` for `اعتبر`، `نشرته` for `نشرت`).
    mutating func cueCarriesPronoun(_ match: CueMatch) -> Bool {
        Self.letterCount(doc.stemWithoutConjunction(match.tokens.lowerBound)) > (match.entry.words.first.map { Self.letterCount($0) } ?? 0)
    }

    /// Whether the surface of word token `index` ends in the possessive pronoun ه، ها or هم (`حسابها`، `أعماله`).
    mutating func endsWithPossessive(_ index: Int) -> Bool {
        doc.surfaceHasSuffix(index, "ه") || doc.surfaceHasSuffix(index, "ها") || doc.surfaceHasSuffix(index, "هم")
    }

    /// The number of Unicode scalars of `word` (its UTF-8 bytes that start a scalar).
    static func letterCount(_ word: Word) -> Int {
        word.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }
    }

    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isComma(_ index: Int) -> Bool {
        index >= 0 && index < doc.tokens.count && !doc.isWord(index)
            && (doc.isToken(index, "،") || doc.isToken(index, ","))
    }

    @inline(__always)   // called from mutating code: a call would copy the whole struct
    func isQuoteMark(_ index: Int) -> Bool {
        guard index >= 0, index < doc.tokens.count else { return false }
        let kind = doc.tokens[index].kind
        return kind == .quote || kind != .word && lexicon.quoteMarks.contains(doc.surface(index))
    }
}
