import Testing
import TestSupport
@testable import ArabicText

@Suite struct TokenizerTests {
    func kinds(_ text: String) -> [String] {
        Tokenizer().tokenize(text).map { "\($0.kind.rawValue):\($0.surface)" }
    }

    /// Every token's surface is its original range; tokens are ordered and do not overlap.
    static func checkInvariants(_ scalars: [Unicode.Scalar], _ tokens: [Token], _ label: String) {
        var previousEnd = 0
        for token in tokens {
            #expect(token.start >= previousEnd && token.start < token.end && token.end <= scalars.count, "\(label) \(token)")
            #expect(Support.slice(scalars, token.start..<min(token.end, scalars.count)) == token.surface, "\(label) \(token)")
            previousEnd = token.end
        }
    }

    @Test func everyCorpusTokenIsItsOriginalText() {
        for file in Support.corpus {
            let scalars = Array(file.text.unicodeScalars)
            let tokens = Tokenizer().tokenize(scalars)
            #expect(tokens.count > 50, "\(file.name)")
            TokenizerTests.checkInvariants(scalars, tokens, file.name)
            for token in tokens where token.kind == .word {
                #expect(!token.surface.unicodeScalars.allSatisfy { ArabicScalars.isTransparent($0.value) }, "\(file.name) \(token)")
            }
        }
    }

    @Test func mixedArabicAndLatin() {
        #expect(kinds("(@CNN)") == ["punctuation:(", "mention:@CNN", "punctuation:)"])
        #expect(kinds("لـ\"كومسومولسكايا") == ["word:لـ", "quote:\"", "word:كومسومولسكايا"])
        #expect(kinds("عام 2024، وقال") == ["word:عام", "number:2024", "punctuation:،", "word:وقال"])
        #expect(kinds("''فارس''") == ["quote:''", "word:فارس", "quote:''"])
        #expect(kinds("«نعم» “yes” „ja“") == ["quote:«", "word:نعم", "quote:»", "quote:“", "word:yes", "quote:”",
                                              "quote:„", "word:ja", "quote:“"])
        #expect(kinds("pic.twitter.com/abc123 https://t.co/xYz… www.rt.com.") ==
                ["url:pic.twitter.com/abc123", "url:https://t.co/xYz", "punctuation:…", "url:www.rt.com", "punctuation:."])
        #expect(kinds("(see https://example.org/a_(b))") ==
                ["punctuation:(", "word:see", "url:https://example.org/a_(b)", "punctuation:)"])
        #expect(kinds("mail news@rt.com. #سوريا #Syria_2") ==
                ["word:mail", "email:news@rt.com", "punctuation:.", "hashtag:#سوريا", "hashtag:#Syria_2"])
        #expect(kinds("U.S. Putin's don't") == ["word:U", "punctuation:.", "word:S", "punctuation:.", "word:Putin's", "word:don't"])
        #expect(kinds("— CNN (@CNN) June 30, 2019") ==
                ["punctuation:—", "word:CNN", "punctuation:(", "mention:@CNN", "punctuation:)", "word:June", "number:30",
                 "punctuation:,", "number:2019"])
    }

    @Test func numbersKeepDecimalsAndSeparators() {
        #expect(kinds("3.5 ٣٫٥ 1,000 ١٬٠٠٠ 29 و30. 2019.") ==
                ["number:3.5", "number:٣٫٥", "number:1,000", "number:١٬٠٠٠", "number:29", "word:و", "number:30",
                 "punctuation:.", "number:2019", "punctuation:."])
        let tokens = Tokenizer().tokenize("٣٫٥٪")
        #expect(tokens.map(\.normalized) == ["3.5", "%"])
    }

    @Test func marksStayInTheirWord() {
        let tokens = Tokenizer().tokenize("قَالَ الرَّئِيسُ جمـــيل ً café Ångström")
        #expect(tokens.map(\.surface) == ["قَالَ", "الرَّئِيسُ", "جمـــيل", "café", "Ångström"])
        #expect(tokens.map(\.normalized) == ["قال", "الرييس", "جميل", "café", "Ångström"])
        #expect(Tokenizer().tokenize("،ً").map(\.surface) == ["،ً"])
        #expect(Tokenizer().tokenize("\u{064E}قال").map(\.surface) == ["\u{064E}قال"])
    }

    @Test func hardCases() {
        let text = "\u{FEFF}قال\r\nهذا 👍🏽 👨‍👩‍👧 🇸🇾 ❤️ \u{200F}نعم\u{200F}"
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer().tokenize(scalars)
        TokenizerTests.checkInvariants(scalars, tokens, "hard")
        #expect(tokens.map { "\($0.kind.rawValue):\($0.surface)" } ==
                ["word:قال", "word:هذا", "emoji:👍🏽", "emoji:👨‍👩‍👧", "emoji:🇸🇾", "emoji:❤️", "word:نعم"])
        #expect(tokens[0].start == 1)
        #expect(tokens[1].start == 6)
        #expect(Tokenizer().tokenize("").isEmpty)
        #expect(Tokenizer().tokenize(" \n\t\u{200B}").isEmpty)
    }

    @Test func garbageNeverBreaksTheInvariants() {
        var generator = SeededGenerator(seed: 7)
        var scalars: [Unicode.Scalar] = []
        while scalars.count < 20_000 {
            let v = UInt32.random(in: 0...0x10FFFF, using: &generator)
            if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
        }
        TokenizerTests.checkInvariants(scalars, Tokenizer().tokenize(scalars), "garbage")
    }

    @Test func tenMegabyteSingleLine() {
        // Mostly ideographic spaces (three bytes each) between the tokens, so it stays fast in a debug build.
        let unit = "قال الرئيسُ: «نعم» 3.5، https://t.co/x 😀" + String(repeating: "\u{3000}", count: 400)
        let repeats = 10_000_000 / unit.utf8.count + 1
        let text = String(repeating: unit, count: repeats)
        #expect(text.utf8.count >= 10_000_000 && !text.utf8.contains(0x0A))
        let scalars = Tokenizer.scalars(of: text)
        let tokens = Tokenizer().tokenize(scalars)
        #expect(tokens.count == repeats * 10)
        #expect(tokens.last?.end == scalars.count - 400)
        #expect(tokens.last?.surface == "😀")
        let sentences = SentenceSplitter().sentences(in: scalars, tokens: tokens)
        #expect(sentences.count == 1 && sentences[0].paragraph == 0)
    }
}
