import Testing
import TestSupport
@testable import ArabicText

/// Invariants over thousands of seeded random strings mixing every kind of scalar the text layer treats.
@Suite struct PropertyTests {
    static let pools: [[String]] = [
        ["ا", "أ", "إ", "آ", "ٱ", "ب", "ت", "ة", "ى", "ي", "ئ", "ؤ", "ء", "ل", "ه", "و", "ف", "ك", "س", "م", "ن", "ق"],
        ["ی", "ک", "ے", "ە", "ۀ", "ھ", "ﻻ", "ﻷ", "ﺍ", "ﻟ", "ﯾ", "ﯽ", "ﷲ", "ﷺ", "ﹰ", "ﹱ"],
        ["\u{064E}", "\u{064B}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{06D6}", "\u{0610}", "ـ", "\u{0301}", "\u{0308}"],
        ["a", "b", "Z", "é", "ß", "x", "H", "t", ".", "/", ":", "@", "#", "_", "-", "'"],
        ["0", "5", "٣", "٫", "٬", "۴", "،", "؛", "؟", "٪", "۔", ",", "!", "?", "…", "(", ")"],
        ["\"", "''", "«", "»", "“", "”", "„", "‘", "’"],
        [" ", "  ", "\t", "\u{00A0}", "\u{2003}", "\u{3000}", "\n", "\r\n", "\r", "\u{2029}"],
        ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202B}", "\u{202C}", "\u{2067}", "\u{2069}",
         "\u{061C}", "\u{FEFF}", "\u{0000}", "\u{007F}"],
        ["😀", "👍🏽", "👨‍👩‍👧", "🇸🇾", "❤️", "\u{1F3FB}", "\u{FE0F}", "1\u{FE0F}\u{20E3}", "𝔸", "\u{10FFFF}", "\u{E000}"],
        ["https://t.co/", "pic.twitter.com/", "www.", ".com", "a@b.co", "@CNN", "#وسم", "د.", "U.S."],
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...40, using: &generator)
        var text = ""
        for _ in 0..<length {
            let pool = pools[Int.random(in: 0..<pools.count, using: &generator)]
            text += pool[Int.random(in: 0..<pool.count, using: &generator)]
        }
        return text
    }

    static let profiles: [NormalizationProfile] = NormalizationProfile.named + [
        NormalizationProfile.none.folding(.persian),
        NormalizationProfile.none.folding(.persian).folding(.alefMaksura).folding(.spaces),
        NormalizationProfile.search.folding(.daggerAlef).keeping(.controls),
        NormalizationProfile.none.folding(.presentationForms).folding(.spaces),
    ]

    @Test func tokensMatchTheirOffsetsInOrder() {
        var generator = SeededGenerator(seed: 2024)
        for _ in 0..<3000 {
            let scalars = Array(PropertyTests.randomText(&generator).unicodeScalars)
            let tokens = Tokenizer().tokenize(scalars)
            TokenizerTests.checkInvariants(scalars, tokens, String(String.UnicodeScalarView(scalars)).debugDescription)
            let sentences = SentenceSplitter().sentences(in: scalars, tokens: tokens)
            #expect(sentences.map(\.tokens.count).reduce(0, +) == tokens.count)
            for token in tokens where token.kind == .word {
                for split in Clitics.candidates(for: token) {
                    #expect(split.stem.start >= token.start && split.stem.end <= token.end && split.stem.start < split.stem.end)
                }
            }
        }
    }

    @Test func normalizingTwiceEqualsOnceAndAlignmentIsMonotone() {
        var generator = SeededGenerator(seed: 99)
        let normalizers = PropertyTests.profiles.map { Normalizer(profile: $0) }
        for _ in 0..<3000 {
            let text = PropertyTests.randomText(&generator)
            let count = text.unicodeScalars.count
            for normalizer in normalizers {
                let once = normalizer.normalize(text)
                #expect(normalizer.normalize(once.text).text == once.text, "\(normalizer.profile.name) \(text.debugDescription)")
                var previous = 0..<0
                for index in 0..<once.count {
                    let range = once.originalRange(ofScalarAt: index)
                    #expect(range.lowerBound >= previous.lowerBound && range.upperBound >= previous.upperBound)
                    #expect(range.lowerBound < range.upperBound && range.upperBound <= count)
                    previous = range
                }
                var forward = 0
                for original in 0...count {
                    let next = once.normalizedOffset(ofOriginal: original)
                    #expect(next >= forward && next <= once.count)
                    forward = next
                }
            }
        }
    }

    @Test func streamingAgreesWithWholeText() throws {
        var generator = SeededGenerator(seed: 5)
        let normalizers = PropertyTests.profiles.map { Normalizer(profile: $0) }
        for _ in 0..<1000 {
            let text = PropertyTests.randomText(&generator) + PropertyTests.randomText(&generator)
            let normalizer = normalizers[Int.random(in: 0..<normalizers.count, using: &generator)]
            let bytes = Array(text.utf8)
            let size = Int.random(in: 1...9, using: &generator)
            var streaming = StreamingNormalizer(normalizer: normalizer)
            var output: [UInt8] = []
            for start in stride(from: 0, to: bytes.count, by: size) {
                output += try streaming.feed(Array(bytes[start..<min(bytes.count, start + size)]))
            }
            output += try streaming.finish()
            #expect(String(decoding: output, as: UTF8.self) == normalizer.normalize(text).text)
        }
    }
}
