import Testing
@testable import Standoff

/// Arabic with diacritics and an astral emoji (one scalar, two UTF-16 units).
let arabicText = "قالَ الوزيرُ: \"الاقتصادُ ينمو 📈 بسرعة\".\nوأضاف أن الوضع مستقر.\n"

let validArabicAnnotations = """
T1\tCue 0 4\tقالَ
T2\tSource 5 12\tالوزيرُ
T3\tContent 15 37\tالاقتصادُ ينمو 📈 بسرعة
E1\tCue:T1 Source:T2 Content:T3
A1\tStance E1 Assert
A2\tForm E1 Direct
#1\tAnnotatorNotes E1\trule: speech-verb-colon-quote
T4\tCue 41 45\tأضاف
T5\tContent 49 60\tالوضع مستقر
E2\tCue:T4 Content:T5
A3\tStance E2 Assert
A4\tForm E2 Indirect

"""

/// The diagnostics of `annotations` against `text` under the Isnad scheme, as printed.
func check(_ annotations: String, text: String = arabicText, configuration: BratConfiguration = .isnad) -> [String] {
    let (document, parseDiagnostics) = AnnotationDocument.parse(annotations, path: "d.ann")
    let validation = Validator(configuration: configuration).validate(document, text: Array(text.unicodeScalars), path: "d.ann")
    return (parseDiagnostics + validation).sorted().map(\.description)
}

@Suite struct ValidatorTests {
    @Test func validArabicWithDiacriticsAndEmojiHasNoProblem() {
        #expect(check(validArabicAnnotations) == [])
        // The emoji counts as one scalar: with UTF-16 offsets (15 38) the span would take the quote.
        #expect(check("T1\tContent 15 38\tالاقتصادُ ينمو 📈 بسرعة\n") == [
            "d.ann:1:18: error: covered text differs from the .txt at 15 38: expected \"الاقتصادُ ينمو 📈 بسرعة\"\", found \"الاقتصادُ ينمو 📈 بسرعة\"",
        ])
    }

    @Test func offsetPastTheEndNamesTheUnit() {
        #expect(check("T1\tDisclaimer 50 70\tx\n") == [
            "d.ann:1:18: error: offset 70 is past the end of the text, which has 62 Unicode scalars",
        ])
    }

    @Test func malformedLinesSayWhatWasExpected() {
        let found = check("T1\tSource 5\tالوزيرُ\nT2 Source 5 12 x\nT3\tSource 5 12 الوزيرُ\nE1\tCue T1\nA1\tStance\nX1\tfoo\n\nT4\tSource 12 5\tx\n")
        #expect(found == [
            "d.ann:1:12: error: expected START END (two offsets separated by a space), found '5'",
            "d.ann:2:17: error: expected a TAB after the identifier (ID<TAB>…)",
            "d.ann:3:13: error: expected an end offset (a number of 0 or more), found '12 الوزيرُ' (a space instead of a TAB before the text?)",
            "d.ann:4:4: error: expected TYPE:TRIGGER, found 'Cue'",
            "d.ann:5:10: error: expected NAME TARGET [VALUE] (A1<TAB>NAME TARGET VALUE)",
            "d.ann:6:1: error: unknown kind of line 'X1': an identifier starts with T, E, R, A, M, N, # or is *",
            "d.ann:7:1: error: empty line: expected an annotation such as ID<TAB>…",
            "d.ann:8:11: error: start offset 12 is after end offset 5",
        ])
    }

    @Test func duplicateAndMissingIdentifiers() {
        let found = check("T1\tSource 5 12\tالوزيرُ\nT1\tCue 0 4\tقالَ\nE1\tCue:T9 Source:T1\nA1\tStance E7 Assert\n")
        #expect(found.contains("d.ann:2:1: error: duplicate identifier T1, first used on line 1"))
        #expect(found.contains("d.ann:3:8: error: trigger T9 of E1 is not defined in this file"))
        #expect(found.contains("d.ann:4:11: error: target E7 of A1 is not defined in this file"))
    }

    @Test func fragmentsThatOverlapOrRunBackwards() {
        #expect(check("T1\tContent 15 30;25 37\tالاقتصادُ ينمو 📈 x\n").contains(
            "d.ann:1:18: error: fragment 25 37 overlaps fragment 15 30 of T1 (brat refuses overlapping fragments)"))
        let backwards = check("T1\tContent 32 37;15 29\tبسرعة الاقتصادُ ينمو\n")
        #expect(backwards == ["d.ann:1:18: warning: fragment 15 29 comes before fragment 32 37 in the text; write fragments in text order"])
    }

    @Test func anEmptySpanIsAWarningNotAnError() {
        // brat accepts empty spans (drawn as a point); an Isnad label is meant to cover words.
        #expect(check("T1\tSource 5 5\t\n") == [
            "d.ann:1:11: warning: T1 covers no text (an empty span at offset 5); brat draws it as a point, but a Source is meant to cover the words it labels: give it an end past its start",
        ])
        // one empty fragment beside a real one is not an empty span
        #expect(check("T1\tSource 5 12;13 13\tالوزيرُ \n") == [])
    }

    @Test func coveredTextDifferencePrintsBoth() {
        #expect(check("T1\tSource 5 12\tالوزير\n") == [
            "d.ann:1:16: error: covered text differs from the .txt at 5 12: expected \"الوزيرُ\", found \"الوزير\"",
        ])
    }

    @Test func spansCrossingLineBreaksOrSeparators() {
        #expect(check("T1\tContent 32 45\tx\n").first == "d.ann:1:12: error: fragment 32 45 of T1 contains a line feed (LF) at offset 39; brat spans never cross a line break: use one fragment per line (32 39;40 45)")
        let separated = "أ\u{2028}ب\u{85}ج"
        let found = check("T1\tContent 0 3\tأ\u{2028}ب\n", text: separated)
        #expect(found.first == "d.ann:1:12: error: fragment 0 3 of T1 contains the line separator U+2028 at offset 1; brat spans never cross a line break: use one fragment per line (0 1;2 3)")
        #expect(check("T1\tContent 2 5\tب\u{85}ج\n", text: separated).first?.contains("U+0085 at offset 3") == true)
    }

    @Test func eventTypeMustBeItsTriggersLabel() {
        let found = check(validArabicAnnotations.replacingOccurrences(of: "T1\tCue 0 4", with: "T1\tSource 0 4"))
        #expect(found.contains("d.ann:4:4: error: event type 'Cue' differs from the label 'Source' of its trigger T1 (brat requires them equal)"))
    }

    @Test func attributesAndNotesOnATriggerAreRefused() {
        let annotations = validArabicAnnotations.replacingOccurrences(of: "A1\tStance E1 Assert", with: "A1\tStance T1 Assert")
            .replacingOccurrences(of: "#1\tAnnotatorNotes E1", with: "#1\tAnnotatorNotes T1")
        let found = check(annotations)
        #expect(found.contains("d.ann:5:11: error: attribute A1 is aimed at T1, the trigger of E1; brat refuses that: aim it at the event E1"))
        #expect(found.contains("d.ann:7:19: error: note #1 is aimed at T1, the trigger of E1; brat refuses that: aim it at the event E1"))
        #expect(found.contains("d.ann:4:1: error: attribution E1 has 0 Stance attributes; every attribution has exactly one (the Isnad scheme)"))
    }

    @Test func aLineReferenceWithoutAUsableNumberIsNotCalledResolvable() {
        let found = check(validArabicAnnotations + "E3\tCue:T4 Content:@L99999999999999999999 Content2:@L5\n")
        #expect(found.contains("d.ann:13:19: error: Content argument @L99999999999999999999 of E3 is neither an identifier nor a line reference: write @L and the number of a line of this file, such as @L12"), "\(found)")
        #expect(found.contains("d.ann:13:51: error: Content2 argument @L5 is a reference by line number, which 'isnad check --fix' resolves to the identifier given on that line"), "\(found)")
    }

    /// A member named twice is said once, at the repeat; an undefined member named twice is one
    /// error, at its first place, not two errors at the same column.
    @Test func aRepeatedEquivalenceMemberIsReportedWhereItIsRepeated() {
        let found = check(validArabicAnnotations + "*\tEquiv T2 T5 T2 T9 T9 T2\n")
        #expect(found.filter { $0.hasPrefix("d.ann:13:") } == [
            "d.ann:13:3: error: Equiv equivalence joins annotations of different types (Content, Source) (the Isnad scheme)",
            "d.ann:13:15: warning: T2 is named twice in this Equiv equivalence; once is enough",
            "d.ann:13:18: error: member T9 of the Equiv equivalence is not defined in this file",
            "d.ann:13:21: warning: T9 is named twice in this Equiv equivalence; once is enough",
            "d.ann:13:24: warning: T2 is named again in this Equiv equivalence; once is enough",
        ], "\(found)")
    }

    @Test func argumentsAndTargetsMustBeSpansOrEventsAsBratDrawsThem() {
        // brat's display links arguments, attributes and normalizations only to entities and events
        // ("… does not exist" / "not found" otherwise), shows no note and skips equivalence members elsewhere.
        let annotations = validArabicAnnotations + """
        E3\tCue:T4 Source:A1 Content:T1
        A5\tStance A2 Assert
        N1\tWikipedia A3 Wikipedia:123\tx
        #2\tAnnotatorNotes A4\tnote
        *\tAlias T2 A1
        E4\tCue:E1 Content:T5

        """
        let found = check(annotations)
        #expect(found.contains("d.ann:13:18: error: Source argument A1 of E3 is an attribute: an argument is a span (T) or an event (E); brat reports it as not found"))
        #expect(found.contains("d.ann:13:29: error: Content argument T1 of E3 is the trigger of E1; brat reports it as not found: use the event E1"))
        #expect(found.contains("d.ann:14:11: error: attribute A5 is aimed at A2, an attribute; brat reports it as not found: aim it at a span (T) or an event (E)"))
        #expect(found.contains("d.ann:15:14: error: normalization N1 is aimed at A3, an attribute; brat reports it as not found: aim it at a span (T) or an event (E)"))
        #expect(found.contains("d.ann:16:19: warning: note #2 is aimed at A4, an attribute; brat shows notes only on spans, events and relations, so it shows nothing for this one"))
        #expect(found.contains("d.ann:17:12: warning: equivalence member A1 is an attribute; brat leaves it out of the Alias equivalence (only spans and events take part)"))
        // An event given as a trigger is an error of that line only: E1 stays a valid target for A1, A2 and #1.
        #expect(found.contains("d.ann:18:8: error: trigger E1 of E4 is not a text-bound (T) annotation"))
        #expect(!found.contains { $0.contains("the trigger of E4") }, "\(found)")
        // An event as an argument is something brat draws: only the Isnad scheme's argument types refuse it.
        #expect(check(validArabicAnnotations + "E3\tCue:T4 Content:E1\nA5\tStance E3 Assert\nA6\tForm E3 Indirect\n") == [
            "d.ann:13:19: error: Cue argument Content cannot be a Cue (E1): expected Content (the Isnad scheme)",
        ])
    }

    @Test func labelsRolesAndValuesOutsideTheScheme() {
        let annotations = validArabicAnnotations
            .replacingOccurrences(of: "T2\tSource", with: "T2\tSpeaker")
            .replacingOccurrences(of: "Content:T5", with: "Topic:T5")
            .replacingOccurrences(of: "Stance E1 Assert", with: "Stance E1 Maybe")
            .replacingOccurrences(of: "Form E2 Indirect", with: "Mood E2 Indirect")
        let found = check(annotations)
        #expect(found.contains("d.ann:2:4: error: label 'Speaker' is not in the scheme: expected one of Source, Content, Disclaimer, Cue (the Isnad scheme)"))
        #expect(found.contains("d.ann:4:18: error: Cue argument Source cannot be a Speaker (T2): expected Source (the Isnad scheme)"))
        #expect(found.contains("d.ann:10:11: error: Cue cannot take a Topic argument: its roles are Source, Content (the Isnad scheme)"))
        #expect(found.contains("d.ann:5:14: error: value 'Maybe' is not allowed for Stance: expected one of Assert, Believe, Hedge, Allege, Deny (the Isnad scheme)"))
        #expect(found.contains("d.ann:12:4: error: attribute 'Mood' is not in the scheme: expected one of Stance, Form (the Isnad scheme)"))
        #expect(found.contains("d.ann:10:1: warning: E2 is incomplete: Cue needs a Content argument, found 0"))
    }

    @Test func textWithByteOrderMarkOrCRLFIsAWarning() {
        let text = Array("\u{FEFF}سطر\r\nسطر\r\n".unicodeScalars)
        #expect(Validator.checkText(text, path: "d.txt").map(\.description) == [
            "d.txt:1:1: warning: the text begins with a byte order mark (U+FEFF), which counts as offset 0; remove it with 'isnad check --fix --eol'",
            "d.txt:1: warning: the text has 2 CRLF line ends (first here, CRLF); brat reads them as LF, so its offsets differ from the file's: convert with 'isnad check --fix --eol'",
        ])
        #expect(Validator.checkText(Array("سطر\nسطر\n".unicodeScalars), path: "d.txt").isEmpty)
    }

    @Test func foreignSchemesAreWarningsUnlessValidated() {
        let (configuration, problems) = BratConfiguration.parse("[entities]\nPerson\n[relations]\n[events]\n[attributes]\n", path: "annotation.conf")
        #expect(problems.isEmpty)
        let (document, _) = AnnotationDocument.parse("T1\tPlace 0 4\tقالَ\n", path: "d.ann")
        let lenient = Validator(configuration: configuration).validate(document, text: Array(arabicText.unicodeScalars), path: "d.ann")
        #expect(lenient.map(\.severity) == [.warning])
        let strict = Validator(configuration: configuration, enforcesScheme: true).validate(document, text: Array(arabicText.unicodeScalars), path: "d.ann")
        #expect(strict.map(\.description) == ["d.ann:1:4: error: label 'Place' is not in the scheme: expected one of Person (annotation.conf)"])
    }
}

@Suite struct HandBrokenFileTests {
    @Test func truncatedAndDamagedLinesAreKeptAndReported() {
        let broken = "T1\tSource \tx\nT2\tSource 5 12;\tالوزيرُ\nE1\tCue:\nR1\tAlias Arg1:T1\n*\tEquiv\nN1\tReference T1 Wikipedia\nM1\tNegation\n"
        let (document, diagnostics) = AnnotationDocument.parse(broken, path: "b.ann")
        #expect(document.serialized() == broken)
        #expect(document.unparsedLines.count == 7)
        #expect(diagnostics.map(\.line) == [1, 2, 3, 4, 5, 6, 7])
        #expect(diagnostics.first?.message == "expected START END (two offsets separated by a space), found ''")
        #expect(diagnostics[3].message == "a relation has exactly two arguments, found 1")
    }
}

@Suite struct BratSchemeTests {
    let text = "John Smith married Mary in Paris for IBM money."

    @Test func relationsEquivalencesAbstractTypesAndAttributeKindsFollowTheConfiguration() throws {
        let (news, _) = try BratConfiguration.load(contentsOf: Fixtures.bratExamples + "/tutorials/news/annotation.conf")
        let annotations = """
        T1\tPerson 0 10\tJohn Smith
        T2\tPerson 19 23\tMary
        T3\tGPE 27 32\tParis
        T4\tMarry 11 18\tmarried
        T5\tOrganization 37 40\tIBM
        T6\tLife 41 46\tmoney
        E1\tMarry:T4 Person-Arg:T1 Person-Arg2:T2 Person-Arg3:T5 Place-Arg:T3
        R1\tLocated Arg1:T3 Arg2:T1
        *\tAlias T1 T3
        A1\tNegation E1 Yes
        A2\tConfidence E1
        A3\tMention E1 Name

        """
        let (document, parsed) = AnnotationDocument.parse(annotations, path: "n.ann")
        #expect(parsed.isEmpty)
        let found = Validator(configuration: news, enforcesScheme: true).validate(document, text: Array(text.unicodeScalars), path: "n.ann")
            .map { $0.description.replacingOccurrences(of: " (\(news.path))", with: "") }
        #expect(found == [
            "n.ann:6:4: error: label 'Life' is abstract (marked ! in annotation.conf) and cannot be used",
            "n.ann:7:13: error: Marry takes at most 2 Person-Arg arguments, found 3",
            "n.ann:7:54: error: Marry argument Person-Arg cannot be a Organization (T5): expected Person",
            "n.ann:8:4: error: Located relation not allowed between GPE and Person",
            "n.ann:9:3: error: Alias equivalence joins annotations of different types (GPE, Person)",
            "n.ann:10:16: error: attribute Negation is binary (no value), found value 'Yes'",
            "n.ann:11:15: error: attribute Confidence needs a value: one of High, Neutral, Low",
            "n.ann:12:12: error: attribute Mention cannot be put on a Marry (E1): expected <ENTITY>",
        ])
        let (nested, _) = AnnotationDocument.parse(annotations + "E2\tMarry:E1\n", path: "n.ann")
        let lenient = Validator(configuration: news).validate(nested, text: Array(text.unicodeScalars), path: "n.ann")
        #expect(lenient.contains { $0.description == "n.ann:13:10: error: trigger E1 of E2 is not a text-bound (T) annotation" })
        #expect(lenient.contains { $0.description.hasPrefix("n.ann:13:1: warning: E2 is incomplete: Marry needs at least 2 Person-Arg arguments, found 0") })
        #expect(lenient.filter { $0.line == 8 }.map(\.severity) == [.warning])
    }
}
