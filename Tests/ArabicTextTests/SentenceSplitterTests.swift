import Testing
@testable import ArabicText

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [(String, Int)] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        return SentenceSplitter().sentences(in: scalars, tokens: tokens).map { (Support.slice(scalars, $0.start..<$0.end), $0.paragraph) }
    }

    func texts(_ text: String) -> [String] { split(text).map(\.0) }

    @Test func terminatorsAndParagraphs() {
        #expect(texts("قال الرئيس. ثم غادر! هل عاد؟ لا… نعم") == ["قال الرئيس.", "ثم غادر!", "هل عاد؟", "لا…", "نعم"])
        let lines = split("العنوان الأول\r\nالفقرة الأولى. والثانية\n\nالأخيرة")
        #expect(lines.map(\.0) == ["العنوان الأول", "الفقرة الأولى.", "والثانية", "الأخيرة"])
        #expect(lines.map(\.1) == [0, 1, 1, 2])
    }

    @Test func noSplitAtCommasDecimalsUrlsAbbreviations() {
        #expect(texts("قال، ثم أضاف, نعم") == ["قال، ثم أضاف, نعم"])
        #expect(texts("بلغ 3.5 و٣٫٥ بالمئة. انتهى") == ["بلغ 3.5 و٣٫٥ بالمئة.", "انتهى"])
        #expect(texts("انظر pic.twitter.com/abc.def وهنا") == ["انظر pic.twitter.com/abc.def وهنا"])
        #expect(texts("قال د. محمد وأ.د. علي وم. أحمد وج. سامي. انتهى") == ["قال د. محمد وأ.د. علي وم. أحمد وج. سامي.", "انتهى"])
        #expect(texts("Mr. Smith went to the U.S. Army. Then left.") == ["Mr. Smith went to the U.S. Army.", "Then left."])
    }

    /// A space between a one-letter abbreviation and its dot (`م .` for مساءً or مهندس, spaced initials)
    /// does not end the sentence; a dot after a longer word still does.
    @Test func spacedOneLetterAbbreviationsDoNotSplit() {
        #expect(texts("بدأت الأمطار عند التاسعة م . واستمرت حتى الفجر. ثم توقفت") == ["بدأت الأمطار عند التاسعة م . واستمرت حتى الفجر.", "ثم توقفت"])
        #expect(texts("وقال م . سامي الحربي إن المشروع جاهز") == ["وقال م . سامي الحربي إن المشروع جاهز"])
        #expect(texts("صدرت رواية ج . ر . ر. مارتن الجديدة") == ["صدرت رواية ج . ر . ر. مارتن الجديدة"])
        #expect(texts("انتهى الاجتماع . وغادر الوفد") == ["انتهى الاجتماع .", "وغادر الوفد"])
    }

    @Test func onlyLatinAbbreviationsAndSingleLettersKeepTheSentence() {
        // a single letter (here the Kelvin sign) is an initial; a known Latin abbreviation keeps the
        // sentence; an accented or Arabic word before the dot ends it
        #expect(texts("See \u{212A}. The end.") == ["See \u{212A}. The end."])
        #expect(texts("انتهى الأمر. Dr. Ahmed. Café. done") == ["انتهى الأمر.", "Dr. Ahmed.", "Café.", "done"])
    }

    @Test func tokensOutsideTheScalarsAreReadFromTheirSurface() {
        // the tokens of one text given with the scalars of a shorter one: no crash, the surfaces decide
        let text = "قال الرئيس. ثم غادر."
        let tokens = Tokenizer().tokenize(text)
        let sentences = SentenceSplitter().sentences(in: Array("قال".unicodeScalars), tokens: tokens)
        #expect(sentences.map(\.tokens) == [0..<3, 3..<6])
    }

    @Test func quotationsStayWhole() {
        #expect(texts("قال: \"هذا جيد. وذاك أيضا.\" ثم غادر.") == ["قال: \"هذا جيد. وذاك أيضا.\"", "ثم غادر."])
        #expect(texts("وقال «لن نقبل. أبدا». وغادر") == ["وقال «لن نقبل. أبدا».", "وغادر"])
        #expect(texts("وأضاف ''على'': نعم. لا") == ["وأضاف ''على'': نعم.", "لا"])
        #expect(texts("Er sagte „Nein. Nie.“ Dann ging er.") == ["Er sagte „Nein. Nie.“", "Dann ging er."])
        #expect(texts("He said “no. never.” Then left.") == ["He said “no. never.”", "Then left."])
        // reversed and doubled curly marks still pair up
        #expect(texts("وقال ”لن نقبل. أبدا“. وغادر") == ["وقال ”لن نقبل. أبدا“.", "وغادر"])
        #expect(texts("وقال “لن نقبل. أبدا“. وغادر") == ["وقال “لن نقبل. أبدا“.", "وغادر"])
        #expect(texts("وقال ”لن نقبل. أبدا”. وغادر") == ["وقال ”لن نقبل. أبدا”.", "وغادر"])
        #expect(texts("قال \"لم ينته. بعد\nسطر جديد. هنا") == ["قال \"لم ينته. بعد", "سطر جديد.", "هنا"])
    }

    @Test func corpusSentencesCoverEveryTokenOnce() {
        for file in Support.corpus {
            let scalars = Array(file.text.unicodeScalars)
            let tokens = Tokenizer().tokenize(scalars)
            let sentences = SentenceSplitter().sentences(in: scalars, tokens: tokens)
            #expect(sentences.first?.tokens.lowerBound == 0)
            #expect(sentences.last?.tokens.upperBound == tokens.count)
            for (a, b) in zip(sentences, sentences.dropFirst()) {
                #expect(a.tokens.upperBound == b.tokens.lowerBound)
                #expect(b.paragraph == a.paragraph || b.paragraph == a.paragraph + 1)
            }
            let lines = file.text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            #expect(sentences.count >= lines.count, "\(file.name)")
            #expect(file.name != "Corpora/dev/article.txt" || sentences.count > lines.count + 20)
        }
    }
}
