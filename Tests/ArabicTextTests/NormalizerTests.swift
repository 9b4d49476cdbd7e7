import Testing
@testable import ArabicText

@Suite struct NormalizerTests {
    /// One operation alone, on top of nothing.
    func only(_ operation: NormalizationOperation, _ text: String) -> String {
        Support.normalize(text, NormalizationProfile.none.folding(operation))
    }

    @Test func diacriticsAreRemovedWithTheirWholeRange() {
        #expect(only(.diacritics, "قَالَ الرَّئِيسُ كِتَابٌ") == "قال الرئيس كتاب")
        #expect(only(.diacritics, "السمٰوات") == "السموات")
        #expect(only(.diacritics, "صلى الله عليه وسلم ۖ ۗ ؐ") == "صلى الله عليه وسلم   ")
        #expect(only(.diacritics, "ـ") == "ـ")
        #expect(only(.diacritics, "Café") == "Café")
    }

    @Test func tatweelAndDaggerAlef() {
        #expect(only(.tatweel, "لـ\"كومسومولسكايا جمـــيل") == "ل\"كومسومولسكايا جميل")
        #expect(only(.daggerAlef, "السمٰوات") == "السماوات")
        let both = NormalizationProfile.none.folding(.diacritics).folding(.daggerAlef)
        #expect(Support.normalize("هٰذَا", both) == "هاذا")
        #expect(Support.normalize("هٰذَا", .search) == "هذا")
    }

    @Test func alefHamzaMaksuraTehMarbuta() {
        #expect(only(.alef, "أحمد إلى آمن ٱلله ٲ ٳ ٵ") == "احمد الى امن الله ا ا ا")
        #expect(only(.alef, "مؤتمر رئيس") == "مؤتمر رئيس")
        #expect(only(.hamza, "مؤتمر رئيس") == "موتمر رييس")
        #expect(only(.alefMaksura, "على مستشفى") == "علي مستشفي")
        #expect(only(.tehMarbuta, "مدرسة الجمهورية") == "مدرسه الجمهوريه")
    }

    @Test func persianLettersFollowPosition() {
        #expect(only(.persian, "کتاب ڪ") == "كتاب ك")
        #expect(only(.persian, "یوم فی") == "يوم فى")
        #expect(only(.persian, "علیٌّ") == "علىٌّ")
        #expect(only(.persian, "بیَن") == "بيَن")
        #expect(only(.persian, "ھذہ ۀ ە ے ۃ") == "هذه ه ه ي ة")
        #expect(Support.normalize("فی", .search) == "في")
        #expect(Support.normalize("رسالۃ", .search) == "رساله")
    }

    @Test func presentationFormsBecomeBaseLetters() {
        #expect(only(.presentationForms, "ﻻ ﻷ ﻹ ﻵ") == "لا لأ لإ لآ")
        #expect(only(.presentationForms, "ﺍﻟﺴﻼﻡ") == "السلام")
        #expect(only(.presentationForms, "ﷲ") == "الله")
        #expect(only(.presentationForms, "ﯾ") == "ی")
        #expect(Support.normalize("ﻷﻥ ﯾﻮﻡ ﻓﯽ", .search) == "لان يوم في")
        #expect(Support.normalize("ﷺ", .search) == "صلي الله عليه وسلم")
    }

    @Test func digitsSeparatorsPunctuation() {
        #expect(only(.digits, "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789")
        #expect(only(.separators, "٣٫٥ ١٬٠٠٠") == "٣.٥ ١,٠٠٠")
        #expect(only(.punctuation, "نعم، لا؛ لماذا؟ ٥٠٪ ۔") == "نعم, لا; لماذا? ٥٠% .")
        #expect(Support.normalize("٣٫٥٪", .search) == "3.5%")
    }

    @Test func controlsAndSpaces() {
        #expect(only(.controls, "\u{FEFF}a\u{200F}b\u{202B}c\u{202C}\u{2067}d\u{2069}\u{061C}e\u{200B}") == "abcde")
        #expect(only(.spaces, "a\u{00A0}b\tc\u{2003}\u{2009}d  e\u{3000}f\ng") == "a b c d e f\ng")
        #expect(Support.normalize("a \u{200B} b", .light) == "a b")
        #expect(Support.normalize("a \u{0640} b", .light) == "a b")
        #expect(only(.spaces, "a\n \n b") == "a\n \n b")
    }

    @Test func lightKeepsLettersAsWritten() {
        let text = "قَالَ أحمد: «إلى مدرسةٍ ٣٫٥٪»، ﻻ"
        #expect(Support.normalize(text, .light) == text)
        #expect(Support.normalize("\u{FEFF}قـال\u{200F}  هنا", .light) == "قال هنا")
    }

    @Test func profilesAndSwitches() {
        #expect(NormalizationProfile.named("search") == .search)
        #expect(NormalizationProfile.named("nope") == nil)
        let keepAlef = NormalizationProfile.search.keeping(.alef)
        #expect(Support.normalize("أحمد", keepAlef) == "أحمد")
        #expect(Support.normalize("أحمد", .search) == "احمد")
        #expect(!NormalizationProfile.search.contains(.daggerAlef))
        #expect(NormalizationOperation(rawValue: "teh-marbuta") == .tehMarbuta)
    }

    @Test func normalizingTwiceEqualsOnceOnTheCorpus() {
        for profile in NormalizationProfile.named + [NormalizationProfile.none.folding(.persian).folding(.spaces)] {
            for file in Support.corpus {
                let once = Support.normalize(file.text, profile)
                #expect(Support.normalize(once, profile) == once, "\(profile.name) \(file.name)")
            }
        }
    }

    @Test func streamingEqualsWholeTextForEveryChunkSize() throws {
        let text = Support.corpus.map(\.text).joined(separator: "\n") + "فی  ی\u{064E}" + "😀 ﻻ ﷺ"
        let bytes = Array(text.utf8)
        for profile in PropertyTests.profiles {
            let whole = Support.normalize(text, profile)
            for size in [1, 2, 3, 5, 7, 64, 4093] {
                var streaming = StreamingNormalizer(profile: profile)
                var output: [UInt8] = []
                var offset = 0
                while offset < bytes.count {
                    let end = min(bytes.count, offset + size)
                    output += try streaming.feed(Array(bytes[offset..<end]))
                    offset = end
                }
                output += try streaming.finish()
                #expect(String(decoding: output, as: UTF8.self) == whole, "\(profile.name) chunk \(size)")
            }
        }
    }

    @Test func streamingReportsTheByteOfInvalidUTF8AcrossChunks() {
        var streaming = StreamingNormalizer(profile: .search)
        #expect(throws: StreamingNormalizer.InvalidUTF8(byte: 5)) {
            _ = try streaming.feed(Array("abc".utf8) + [0xD9])
            _ = try streaming.feed([0x84, 0xFF])
        }
        var truncated = StreamingNormalizer(profile: .search)
        #expect(throws: StreamingNormalizer.InvalidUTF8(byte: 2)) {
            _ = try truncated.feed([0x61, 0x62, 0xD9])
            _ = try truncated.finish()
        }
    }
}
