import Foundation
import Testing
@testable import Attribution

/// The extractor's table look-ups and entry points give what the slow paths give.
@Suite("Extractor fast paths")
struct ExtractorFastPathTests {
    @Test func scalarClassAgreesWithUnicodePropertiesOnEveryBMPScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if ScalarClass.isAlphabetic(scalar) != properties.isAlphabetic
                || ScalarClass.isWhitespace(scalar) != properties.isWhitespace
                || ScalarClass.isLetterOrDigit(scalar) != (properties.isAlphabetic || properties.numericType != nil) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func annotatingScalarsEqualsAnnotatingTheText() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Corpora/dev/article.txt"), encoding: .utf8)
        let extractor = Extractor(rules: try RuleSet.defaults())
        let fromScalars = extractor.annotate(scalars: Array(text.unicodeScalars)).serialized()
        #expect(fromScalars == extractor.annotate(text).serialized())
        #expect(fromScalars.contains("\tDisclaimer "))
    }

    /// The `.ann` bytes written straight from an extraction are those of the built document, also
    /// when a span is shared (a quotation that is the Content of two cues) or a Content has fragments.
    @Test func annotationBytesEqualTheSerializedDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var texts = try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        texts += ["", "قال الوزير: \"الوضع مستقر.\nوالحدود آمنة\"، وأضاف أن ٣٫٥ مليون 👍🏽 عادوا.",
                  "The talks will resume.\n— CNN (@CNN) June 30, 2019\n",
                  "\u{FEFF}بوتين: الغرب يريد الحرب\r\nالمقالة تعبر فقط عن رأي الصحيفة أو الكاتب."]
        let extractor = Extractor(rules: try RuleSet.defaults())
        var events = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let document = extractor.annotate(scalars: scalars)
            let written = extractor.annotationBytes(scalars: scalars)
            #expect(written.bytes == document.serializedUTF8())
            #expect(written.spans == document.textBounds.count)
            #expect(written.attributions == document.events.count)
            events += written.attributions
        }
        #expect(names.count >= 10)
        #expect(events > 50)
    }

    @Test(arguments: [("وأنه", true), ("بأنها", true), ("أنهم", true), ("فإن", true), ("لأن", false), ("كأنه", false)])
    func complementizerReadsThroughCliticsAndPronouns(word: String, reads: Bool) throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let analysis = DocumentAnalysis(scalars: Array(word.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        #expect(analysis.reads(0, asOneOf: extractor.lexicon.complementizers, proclitics: ["و", "ف", "ب"], enclitic: true) == reads)
    }

    @Test func complementizerPrefilterNeverRulesOutAComplementizerOfTheCorpus() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Corpora/dev/article.txt"), encoding: .utf8)
            + " وأنه بأنها فإن وبأن أنهم that كان الانتخابات لأن"
        let extractor = Extractor(rules: try RuleSet.defaults())
        let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        var passed = 0, complementizers = 0
        for index in analysis.tokens.indices where analysis.isWord(index) {
            let reads = analysis.reads(index, asOneOf: extractor.lexicon.complementizers, proclitics: ["و", "ف", "ب"], enclitic: true)
            let mayBe = extractor.lexicon.mayBeComplementizer(analysis.keys[index])
            #expect(mayBe || !reads, "\(analysis.keys[index]) reads as a complementizer but was ruled out")
            passed += mayBe ? 1 : 0
            complementizers += reads ? 1 : 0
        }
        #expect(complementizers >= 20)
        // the prefilter passes few words besides the complementizers themselves
        #expect(passed < complementizers * 2)
        let ruledOut = ["كان", "الانتخابات", "إنسان"].map { Lexicon.key($0) }
        #expect(ruledOut.allSatisfy { !extractor.lexicon.mayBeComplementizer($0) })
    }
}

/// The lexicon's cue prefilter lets through every cue form written with clitics.
@Suite("Cue prefilter")
struct CuePrefilterTests {
    @Test(arguments: ["وبحسب", "فأكدت", "وأضاف", "وقالت", "فقال", "ونشرته", "وفقا", "ووصفها", "بحسب"])
    func cueWithCliticsPassesThePrefilter(word: String) throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let analysis = DocumentAnalysis(scalars: Array(word.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        #expect(extractor.lexicon.mayStartCue(analysis.keys[0]))
    }

    @Test func firstWordOfMultiwordFormsNeedsOneOfTheirSecondWords() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let analysis = DocumentAnalysis(scalars: Array("في تصريح للوكالة، في البيت على حد قوله على الطاولة".unicodeScalars),
                                        tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        let keys = analysis.keys
        func passes(_ index: Int) -> Bool {
            extractor.lexicon.mayStartCue(keys[index], nextWordHash: analysis.isWord(index + 1) ? keys[index + 1].hash : nil)
        }
        // في تصريح لـ and على حد قول are forms; في البيت and على الطاولة start none
        #expect(passes(0) && passes(6))
        #expect(!passes(4) && !passes(9))
        // the looser prefilter lets them all through
        #expect([0, 4, 6, 9].allSatisfy { extractor.lexicon.mayStartCue(keys[$0]) })
        // the extraction still finds the multiword cues, whole, with their Sources
        let annotation = extractor.annotate("الاتفاق قريب، على حد قول الوزير.\nوأضاف أن الحرب انتهت، وفقا لمصادر مطلعة.\n").serialized()
        #expect(annotation.contains("\tCue 14 24\tعلى حد قول\n") && annotation.contains("\tSource 25 31\tالوزير\n"))
        #expect(annotation.contains("\tCue 55 61\tوفقا ل\n") && annotation.contains("\tSource 61 72\tمصادر مطلعة\n"))
    }

    /// The prefilter rules out a clitic reading of a word when no second word of a multiword form
    /// follows and the reading is no one-word form's first word: that must never rule out a reading
    /// whose stem is one (the filter hashes the pieces of the word, the readings are the clitic analysis).
    @Test func oneWordFilterLetsThroughEveryCliticReadingOfAOneWordForm() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let extractor = Extractor(rules: try RuleSet.defaults())
        let lexicon = extractor.lexicon
        var checked = 0
        var files: [URL] = []
        for folder in [root.appendingPathComponent("Corpora/dev")] {
            files += try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.map { folder.appendingPathComponent($0) }
        }
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            var analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            for index in analysis.tokens.indices where analysis.isWord(index) {
                let key = analysis.keys[index]
                // the readings a cue match may start from: its proclitics one letter each (not ال)
                let oneWordReadings = analysis.readings(index).dropFirst().filter { reading in
                    reading.proclitics.allSatisfy { ["و", "ف", "س", "ب", "ل"].contains($0) }
                        && lexicon.cues[reading.stem]?.contains { $0.words.count == 1 } == true
                }
                guard !oneWordReadings.isEmpty else { continue }
                checked += 1
                #expect(lexicon.mayStartCueWithClitics(key, oneWordFormsOnly: true), "\(key) was ruled out")
            }
        }
        #expect(checked >= 30)
    }

    @Test func ordinaryWordsAreRuledOut() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let analysis = DocumentAnalysis(scalars: Array("الطاولة خشبية".unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        #expect(analysis.keys.allSatisfy { !extractor.lexicon.mayStartCue($0) })
    }
}

/// Token facts are remembered per token and per fact, each on its own.
@Suite("Token facts")
struct TokenFactsTests {
    @Test func factsAreRememberedSeparately() {
        var facts = TokenFacts(tokenCount: 3)
        #expect(facts.value(.complementizer, of: 1) == nil)
        facts.remember(true, as: .complementizer, of: 1)
        facts.remember(false, as: .relative, of: 1)
        facts.remember(true, as: .boundary, of: 2)
        #expect(facts.value(.complementizer, of: 1) == true)
        #expect(facts.value(.relative, of: 1) == false)
        #expect(facts.value(.boundary, of: 1) == nil && facts.value(.complementizerAfterConjunction, of: 1) == nil)
        #expect(facts.value(.boundary, of: 2) == true && facts.value(.complementizer, of: 2) == nil)
        #expect(facts.value(.complementizer, of: 0) == nil)
        // out of range: nothing remembered, nothing known
        facts.remember(true, as: .relative, of: 3)
        #expect(facts.value(.relative, of: 3) == nil && facts.value(.relative, of: -1) == nil)
    }
}

/// The span index finds a span made twice and keeps spans apart that differ in label or fragments.
@Suite("Span index")
struct SpanIndexTests {
    @Test func aSpanMadeTwiceIsOneTextBoundAcrossGrowth() {
        var output = ExtractionOutput(spans: 1, events: 0)
        func number(_ label: ExtractionOutput.Label, _ fragments: [Range<Int>]) -> Int {
            let first = output.fragmentStore.count
            output.fragmentStore += fragments
            return output.textBound(label, fragments: first..<output.fragmentStore.count)
        }
        // more spans than the first table holds: it grows and still finds every one
        for start in 0..<100 { #expect(number(.cue, [start..<(start + 3)]) == start) }
        for start in 0..<100 { #expect(number(.cue, [start..<(start + 3)]) == start) }
        #expect(number(.content, [5..<8]) == 100)
        #expect(number(.content, [5..<8, 10..<12]) == 101)
        #expect(number(.content, [5..<8, 10..<12]) == 101)
        #expect(number(.cue, [5..<8]) == 5)
        #expect(output.textBound(.cue, 5..<8) == 5)
        #expect(output.spans.count == 102)
        // each span keeps its own fragments, its place the smallest start and the largest end
        #expect(Array(output.fragments(of: output.spans[101])) == [5..<8, 10..<12])
        #expect((output.spans[101].start, output.spans[101].end) == (5, 12))
        #expect(output.spans[100].label == .content && output.spans[5].label == .cue)
    }
}

/// Quotation marks are found whatever block their scalars are in.
@Suite("Quotation finder marks")
struct QuotationFinderMarkTests {
    @Test func aMarkInTheArabicBlockIsFoundToo() throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let text = "قال الوزير ـالوضع مستقر تماماـ اليوم، و\"هذا\" آخر"
        let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
        let tatweel = QuotationFinder(pairs: [(open: ["ـ"], close: ["ـ"])])
        let quotations = tatweel.quotations(in: analysis, passageEnds: LineSet(lineCount: analysis.lineCount))
        #expect(quotations.map { String(String.UnicodeScalarView(analysis.scalars[$0.inner])) } == ["الوضع مستقر تماما"])
        let standard = QuotationFinder(pairs: extractor.lexicon.quotePairs)
        let marked = standard.quotations(in: analysis, passageEnds: LineSet(lineCount: analysis.lineCount))
        #expect(marked.map { String(String.UnicodeScalarView(analysis.scalars[$0.inner])) } == ["هذا"])
    }

    /// The scan passes eight scalars at a time: a mark is found at every position within such a
    /// block, after spaces, Arabic letters, digits or Latin letters, and at a line's last scalar.
    @Test(arguments: 0..<17)
    func aMarkIsFoundWhereverItStands(shift: Int) throws {
        let extractor = Extractor(rules: try RuleSet.defaults())
        let finder = QuotationFinder(pairs: extractor.lexicon.quotePairs)
        for filler in ["ب", " ", "7", "x", "ب 7"] {
            let lead = String(repeating: filler, count: shift)
            let text = lead + "\"نص قصير\" 12 «كلام آخر هنا» abc ''ثالث'' و“رابع”\n" + lead + "«"
            let analysis = DocumentAnalysis(scalars: Array(text.unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter)
            let quotations = finder.quotations(in: analysis, passageEnds: LineSet(lineCount: analysis.lineCount))
            #expect(quotations.map { String(String.UnicodeScalarView(analysis.scalars[$0.inner])) }
                    == ["نص قصير", "كلام آخر هنا", "ثالث", "رابع", ""], "\(shift) \(filler)")
        }
    }
}

/// A rule's construction mask answers as its construction set does.
@Suite("Construction mask")
struct ConstructionMaskTests {
    @Test func everyDefaultRuleLicensesExactlyItsConstructions() throws {
        let rules = try RuleSet.defaults().cues
        #expect(rules.count > 50)
        for rule in rules {
            let reference = CueRuleReference(rule)
            for construction in Construction.allCases {
                #expect(reference.licenses(construction) == rule.constructions.contains(construction), "\(rule.name) \(construction)")
            }
        }
        #expect(Set(Construction.allCases.map(\.position)) == Set(0..<Construction.allCases.count))
    }

    @Test func trailingPunctuationIsTheListedMarks() {
        let marks: Set<Unicode.Scalar> = [".", "،", ",", "؛", ";", ":", "!", "?", "؟", "…", "-", "–", "—"]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ExtractionRun.isTrailingPunctuation(scalar) == marks.contains(scalar))
        }
    }
}

/// The lookup key of an ASCII token is lower-cased exactly as `lowercased()` does it.
@Suite("Lexicon keys")
struct LexiconKeyTests {
    @Test(arguments: ["Trump", "CNN", "said", "2019", ".", "@CNN", "—", "قال", "(@MarioNawfal)"])
    func keyOfBytesEqualsKeyOfText(text: String) {
        var text = text
        let fromBytes = text.withUTF8 { Lexicon.key(utf8: $0) }
        #expect(fromBytes == Lexicon.key(text))
        #expect(fromBytes.text == (text.utf8.first.map { $0 < 0x80 } == true ? text.lowercased() : text))
    }
}
