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

    /// Look-aheads that ran past their clause, found by fuzzing with cut-off documents: a cue, or a
    /// cue and a preposition, ending the text (`دعا في`); an according-to phrase ending its line with a
    /// comma, the governed clause on the next; a Content starting after the ب of the text's last word
    /// (`أفادتا بالتعادل`), whose next word was tested for a reaction noun.
    @Test(arguments: ["دعا في", "زعمت في", "وطالب الوزير في", "يطالبان بعدم", "نفى ل \n (@cnn)",
                      "وبحسب البيانات،\n فإن", "وبحسب البيانات، \nفإن", "وبحسب البيانات،\n\n فإن الأسعار ارتفعت.",
                      "؛فسرتتميل49أفادتا بالتعادل", "وأفادت الشرطة بالتعادل"])
    func lookAheadPastTheClause(_ text: String) throws {
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
