import Testing
import Attribution

/// Inputs that trapped the extractor (found by QA fuzzing `isnad annotate`; a trap ended the whole
/// corpus run): each must annotate without a crash, every span inside the text.
@Suite struct ExtractorCrashReproTests {
    /// A cue inside quotation marks followed by a complementizer after the closing mark.
    @Test(arguments: ["الرئيس «قال» إن الوضع مستقر.", "\"قال\" إن الأمر صحيح.", "\"نفى \"إن ب", "“تشير”إن د"])
    func cueInQuotesBeforeComplementizer(_ text: String) throws {
        try expectSpansInside(text)
    }

    /// An English cue at a line's end and an Arabic complementizer starting the next line.
    @Test(arguments: ["He said\nأن الوضع مستقر", "Trump says\nإن", "say\nأن"])
    func englishCueAtLineEndBeforeArabicComplementizer(_ text: String) throws {
        try expectSpansInside(text)
    }

    /// A Source that runs to its line's end, the next line starting with في (a headline's speaker).
    @Test(arguments: ["أعلن الوزير\nفي بيروت، أن الاتفاق قريب.", "قال المتحدث\nفي"])
    func sourceAtLineEndBeforeFi(_ text: String) throws {
        try expectSpansInside(text)
    }

    /// Annotates `text` and expects every fragment non-empty and inside the text.
    func expectSpansInside(_ text: String) throws {
        let count = text.unicodeScalars.count
        let document = Extractor(rules: try RuleSet.defaults()).annotate(text)
        for span in document.textBounds {
            #expect(span.fragments.allSatisfy { !$0.isEmpty && $0.lowerBound >= 0 && $0.upperBound <= count }, "\(span)")
        }
    }
}
