import Testing
@testable import Standoff

@Suite struct RepairTests {
    let text = "قال الوزير إن الوزير سيحضر.\nوقال الوزير: \"لن\nنتراجع\".\n"

    func repair(_ annotations: String) -> RepairResult {
        let (document, _) = AnnotationDocument.parse(annotations, path: "r.ann")
        return Repairer().repair(document, text: Array(text.unicodeScalars), path: "r.ann")
    }

    @Test func spansGivenByTheirTextGetOffsetsAndFreshIdentifiers() {
        let result = repair("""
        T4\tCue 0 3\tقال
        T?\tSource\tسيحضر
        T?\tSource @3\tالوزير
        T?\tContent\tلن نتراجع
        E?\tCue:@L7 Source:@L3 Content:@L4
        A?\tStance @L5 Assert
        T?\tCue\tوقال

        """)
        #expect(result.problems == [])
        #expect(result.document.serialized() == """
        T4\tCue 0 3\tقال
        T5\tSource 21 26\tسيحضر
        T8\tCue 28 32\tوقال
        T6\tSource 33 39\tالوزير
        T7\tContent 42 44;45 51\tلن نتراجع
        E1\tCue:T8 Source:T6 Content:T7
        A1\tStance E1 Assert

        """)
    }

    @Test func spacesAroundTheTextOfASpanAreNotPartOfIt() {
        // "سيحضر" is followed by "." and "الوزير" @3 by ":": with the spaces kept, neither would be found,
        // and "قال " @1 would take the space after it.
        let result = repair("T?\tSource\t سيحضر \nT?\tSource @3\tالوزير\t\nT?\tCue @1\tقال \nT?\tCue\t  \n")
        #expect(result.problems.map(\.description) == ["r.ann:4:8: error: the text is only spaces: write the words the span covers"])
        #expect(result.document.textBounds.map(\.offsetsField) == ["0 3", "21 26", "33 39"])
        #expect(result.document.textBounds.map(\.text) == ["قال", "سيحضر", "الوزير"])
    }

    @Test func ambiguousOrMissingTextStaysAnErrorWithCandidates() {
        let result = repair("T?\tSource\tالوزير\nT?\tSource @4\tالوزير\nT?\tSource\tالرئيس\nE?\tCue:@L9\n")
        #expect(result.problems.map(\.description) == [
            "r.ann:1:11: error: \"الوزير\" occurs 3 times in the text; write 'Source @N' for the N-th: @1 at 4 10, @2 at 14 20, @3 at 33 39",
            "r.ann:2:14: error: \"الوزير\" occurs 3 times in the text, so there is no occurrence @4: @1 at 4 10, @2 at 14 20, @3 at 33 39",
            "r.ann:3:11: error: \"الرئيس\" does not occur in the text",
            "r.ann:4:8: error: @L9 refers to line 9, which defines no annotation",
        ])
        #expect(result.document.unparsedLines.count == 3)
    }

    @Test func unresolvedLineReferencesFollowTheirLineWhenTheFileIsReordered() {
        let first = repair("T?\tCue\tقال\nT?\tSource\tسيحضر\nE?\tCue:@L1 Source:@L2\n")
        #expect(first.problems.map(\.message).contains("@L3 refers to line 3, whose annotation could not be placed yet (see the error on that line); it is resolved once that line is fixed"))
        let written = first.document.serialized()
        #expect(written == "T1\tSource 21 26\tسيحضر\nE1\tCue:@L3 Source:T1\nT?\tCue\tقال\n")
        let second = repair(written.replacingOccurrences(of: "T?\tCue\tقال", with: "T?\tCue @2\tقال"))
        #expect(second.problems == [])
        #expect(second.document.serialized() == "T1\tSource 21 26\tسيحضر\nT2\tCue 29 32\tقال\nE1\tCue:T2 Source:T1\n")
    }

    @Test func staleOffsetsAreReanchoredToTheNearestOccurrence() {
        // The .txt gained a scalar before the span: the old offsets 13 19 now cover " الوزي".
        let result = repair("T1\tSource 13 19\tالوزير\nT2\tCue 0 3\tقال\nT3\tSource 0 9\tالوزير الو\n")
        #expect(result.repairs.contains("line 1: T1 re-anchored from 13 19 to 14 20"))
        #expect(result.document.textBound(id: "T1")?.fragments == [14..<20])
        #expect(result.problems.map(\.description) == ["r.ann:3:15: error: cannot re-anchor T3: \"الوزير الو\" does not occur in the text"])
        let tie = repair("T1\tSource 11 13\tالوزير\n")
        #expect(tie.problems.first?.message == "cannot re-anchor T1: \"الوزير\" occurs 3 times and 2 are about equally near 11 13: @1 at 4 10, @2 at 14 20")
    }

    // The text of issue 4's QA report: a sentence said twice, then 13 scalars inserted before it.
    static let repeated = "قال الوزير إن الأمر مهم. قال الوزير إن الأمر مهم.\n"
    static let inserted = "مقدمة طويلة. " + repeated

    func repair(_ annotations: String, in text: String, kept: [String] = []) -> RepairResult {
        let (document, _) = AnnotationDocument.parse(annotations, path: "r.ann")
        return Repairer().repair(document, text: Array(text.unicodeScalars), path: "r.ann",
                                 keptTexts: kept.map { Array($0.unicodeScalars) })
    }

    @Test func reanchoringFollowsTheShiftOfTheNeighbours() {
        // T1 (قال) is clearly nearest 13 16; its shift +13 then places T2 on the SECOND الوزير,
        // although the first one is one scalar nearer the old offsets 29 35.
        let result = repair("T1\tCue 0 3\tقال\nT2\tSource 29 35\tالوزير\n", in: Self.inserted)
        #expect(result.problems == [])
        #expect(result.repairs == ["line 1: T1 re-anchored from 0 3 to 13 16", "line 2: T2 re-anchored from 29 35 to 42 48"])
        // A span still in place is an anchor of shift 0: the text after it did not move.
        let kept = repair("T1\tCue 0 3\tقال\nT2\tSource 30 36\tالوزير\n", in: "قال الوزير إن الأمر مهم. ثم قال الوزير إن الأمر مهم.\n")
        #expect(kept.repairs == ["line 2: T2 re-anchored from 30 36 to 32 38"])
    }

    @Test func aNearTieStaysAnErrorListingTheCandidates() {
        // Alone, the second الوزير (old 29 35) is 12 scalars from the first occurrence and 13
        // from the second: nothing tells them apart, so nothing is guessed.
        let result = repair("T2\tSource 29 35\tالوزير\n", in: Self.inserted)
        #expect(!result.changed)
        #expect(result.problems.map(\.description) == [
            "r.ann:1:17: error: cannot re-anchor T2: \"الوزير\" occurs 2 times and 2 are about equally near 29 35: @1 at 17 23, @2 at 42 48",
        ])
    }

    @Test func theContextInAKeptOldTextChoosesTheOccurrence() {
        let result = repair("T2\tSource 29 35\tالوزير\n", in: Self.inserted, kept: [Self.repeated])
        #expect(result.problems == [])
        #expect(result.repairs == ["line 1: T2 re-anchored from 29 35 to 42 48"])
        // The context decides even against the position: 24 scalars inserted put the FIRST
        // الوزير one scalar from the old offsets of the second (29 35), whose context still matches.
        let shifted = repair("T2\tSource 29 35\tالوزير\n", in: "مقدمة طويلة. مقدمة أطو. " + Self.repeated)
        #expect(shifted.repairs == ["line 1: T2 re-anchored from 29 35 to 28 34"])
        let withContext = repair("T2\tSource 29 35\tالوزير\n", in: "مقدمة طويلة. مقدمة أطو. " + Self.repeated, kept: [Self.repeated])
        #expect(withContext.repairs == ["line 1: T2 re-anchored from 29 35 to 53 59"])
        // A kept text that does not have the span's text at its old offsets is not used.
        let unrelated = repair("T2\tSource 29 35\tالوزير\n", in: Self.inserted, kept: ["another text"])
        #expect(unrelated.problems.count == 1)
    }

    @Test func untouchedLinesKeepTheirBytesAndNothingIsDropped() {
        let original = "T1\tCue 0 3\tقال  (reviewed)\r\nbroken line\nT?\tSource\tسيحضر\n#1\tAnnotatorNotes T1\tok\n"
        let result = repair(original)
        #expect(result.document.serialized() == "T1\tCue 0 3\tقال  (reviewed)\nT2\tSource 21 26\tسيحضر\n#1\tAnnotatorNotes T1\tok\nbroken line\n")
        let nothing = repair("T1\tCue 0 3\tقال\n")
        #expect(!nothing.changed)
    }

    @Test func textsBratAcceptsAreLeftAloneOrModernized() {
        let result = repair("T1\tCue 0 3\tقال (checked)\nT2\tSource 4 6;6 10\tالوزير\n")
        #expect(result.repairs == ["line 2: T2 text joined with spaces (brat 1.3)"])
        #expect(result.document.serialized() == "T1\tCue 0 3\tقال (checked)\nT2\tSource 4 6;6 10\tال وزير\n")
    }

    @Test func endOfLineConversionShiftsOffsets() {
        let crlf = Array("\u{FEFF}قال:\r\n\"نعم\"\r\nانتهى\r".unicodeScalars)
        let conversion = EndOfLineConversion(crlf)
        #expect(String(String.UnicodeScalarView(conversion.scalars)) == "قال:\n\"نعم\"\nانتهى\n")
        let (document, _) = AnnotationDocument.parse("T1\tCue 1 4\tقال\nT2\tContent 8 11\tنعم\nT3\tDisclaimer 14 19\tانتهى\n", path: "e.ann")
        let shifted = conversion.shift(document)
        #expect(shifted.textBounds.map(\.fragments) == [[0..<3], [6..<9], [11..<16]])
        #expect(Validator().validate(shifted, text: conversion.scalars, path: "e.ann").filter { $0.message.contains("differs") }.isEmpty)
        #expect(!EndOfLineConversion(Array("a\nb".unicodeScalars)).changesText)
        #expect(conversion.summary == "byte order mark removed, 2 CRLF and 1 lone CR line ends converted to LF")
        #expect(EndOfLineConversion(Array("\u{FEFF}قال\n".unicodeScalars)).summary == "byte order mark removed")
        #expect(EndOfLineConversion(Array("قال\r\n".unicodeScalars)).summary == "1 CRLF line end converted to LF")
    }
}
