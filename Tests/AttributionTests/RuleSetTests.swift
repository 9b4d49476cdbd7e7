import Foundation
import Testing
@testable import Attribution

@Suite("Rule files")
struct RuleSetTests {
    @Test func defaultFilesParseAndCoverEveryFamily() throws {
        let rules = try RuleSet.defaults()
        #expect(RuleSet.defaultFiles.map(\.name) == ["cues.rules", "words.rules", "disclaimers.rules", "english.rules"])
        let classes = Set(rules.cues.map(\.cueClass))
        #expect(classes == Set(CueClass.allCases))
        #expect(rules.phrases(.negator).contains("لم"))
        #expect(rules.phrases(.complementizer).contains("أن"))
        #expect(rules.phrases(.notClaim).contains("كلمات دلالية"))
        #expect(rules.phrases(.disclaimer).contains("تعبر فقط عن رأي"))
        #expect(rules.quotePairs.contains { $0.open == "«" && $0.close == "»" })
        #expect(rules.value(of: .maxHeadlineSourceWords) == 6)
        let qala = try #require(rules.cues.first { $0.name == "speech-qala" })
        #expect(qala.stance == .assert && qala.forms.contains("قائلا"))
        #expect(qala.constructions.contains(.verbSubject) && qala.constructions.contains(.colon))
    }

    @Test func multiwordFormsAndBothCommas() throws {
        let rules = try RuleSet().adding(text: "cue x | hedge | Hedge | verb-subject | لم يستبعد،  لا  يستبعد, رجح\n", path: "x.rules")
        #expect(rules.cues.first?.forms == ["لم يستبعد", "لا يستبعد", "رجح"])
    }

    @Test func userFileOverridesAddsAndDrops() throws {
        let user = """
        # mine
        cue speech-qala | speech | Hedge | verb-subject | قال   # now hedged
        cue speech-bashshara | speech | Assert | verb-subject subject-verb | بشر، بشرت
        drop cue denial-kadhdhaba
        setting max-source-words | 12
        """
        let path = NSTemporaryDirectory() + "isnad-user-\(UUID().uuidString).rules"
        try user.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let defaults = try RuleSet.defaults()
        let rules = try defaults.adding(contentsOf: path)
        #expect(rules.cues.first { $0.name == "speech-qala" }?.stance == .hedge)
        #expect(rules.cues.first { $0.name == "speech-qala" }?.location == RuleLocation(path: path, line: 2, column: 5))
        #expect(rules.cues.contains { $0.name == "speech-bashshara" })
        #expect(!rules.cues.contains { $0.name == "denial-kadhdhaba" })
        #expect(rules.cues.count == defaults.cues.count)
        #expect(rules.value(of: .maxSourceWords) == 12)
        // the overridden cue keeps its place in the order
        #expect(rules.cues.firstIndex { $0.name == "speech-qala" } == defaults.cues.firstIndex { $0.name == "speech-qala" })
    }

    /// A rule file saved on Windows (CRLF) or old Mac (CR) reads line by line like one with LF: its
    /// records count and its errors name the right line.
    @Test(arguments: ["\r\n", "\r"])
    func lineEndsOtherThanLineFeed(_ end: String) throws {
        let lines = ["# mine", "cue speech-bashshara | speech | Assert | verb-subject subject-verb | بشر، بشرت", "negator mine | ما عاد"]
        let rules = try RuleSet().adding(text: lines.joined(separator: end) + end, path: "w.rules")
        let cue = try #require(rules.cues.first { $0.name == "speech-bashshara" })
        #expect(cue.forms == ["بشر", "بشرت"])
        #expect(cue.location == RuleLocation(path: "w.rules", line: 2, column: 5))
        #expect(rules.phrases(.negator).contains("ما عاد"))
        let broken = ["# mine", "", "cue x | speech | Assert | verb-subject"].joined(separator: end)
        #expect(throws: RuleFileError.self) { try RuleSet().adding(text: broken, path: "w.rules") }
        do {
            _ = try RuleSet().adding(text: broken, path: "w.rules")
        } catch {
            #expect("\(error)".hasPrefix("w.rules:3:39: "))
        }
    }

    @Test func whiteSpaceOfAnyKindSeparatesAndMixedLineEndsCount() throws {
        // no-break spaces and tabs around and inside phrases; LF, CR and CRLF in one file
        let text = "negator mine |\u{00A0}ما\u{00A0}\t عاد ،، لن\t\r\n# note\rcue speech-bashshara\t| speech | Assert | colon,quote  verb-subject | بشر\n"
        let records = try RuleFileParser().parse(text, path: "w.rules")
        #expect(records.count == 2)
        guard case .phrases(let list) = records.first else { Issue.record("not a phrase list"); return }
        #expect(list.phrases == ["ما عاد", "لن"])
        guard case .cue(let cue) = records.last else { Issue.record("not a cue"); return }
        #expect(cue.constructions == [.colon, .quote, .verbSubject])
        #expect(cue.location == RuleLocation(path: "w.rules", line: 3, column: 5))
    }

    @Test(arguments: [
        // fields missing: the line's end; fields too many: the `|` that opens the first extra one
        ("cue x | speech | Assert | verb-subject\n", "f.rules:1:39: 'cue' takes 4 fields after its name, separated by '|', found 3"),
        ("negator a | لم | لا\n", "f.rules:1:16: 'negator' takes 1 field after its name, separated by '|', found 2"),
        ("\n# c\nverb x | a\n", "f.rules:3:1: unknown record kind 'verb' (expected one of: cue, negator, complementizer, source-end, adverbial, preposition, boundary, relative, anaphor, relay, denial-content, governed, clause-break, disclaimer, not-claim, signature, impersonal, object-start, construct, claim-object, not-speaker, topic, evidence, quote, setting, words, drop)"),
        ("cue | speech | Assert | verb-subject | قال\n", "f.rules:1:5: 'cue' needs a name without spaces: cue NAME | …"),
        ("cue my cue | speech | Assert | verb-subject | قال\n", "f.rules:1:5: 'cue' needs a name without spaces: cue NAME | …"),
        ("cue x | talk | Assert | verb-subject | قال\n", "f.rules:1:9: class 'talk' is not one of: speech, writing, publication, cognition, according-to, denial, allegation, hedge"),
        ("cue x | speech | assert | verb-subject | قال\n", "f.rules:1:18: stance 'assert' is not one of: Assert, Believe, Hedge, Allege, Deny"),
        // every construction, restrictions too, in the list
        ("cue x | speech | Assert | verb-subject verb-object | قال\n", "f.rules:1:40: construction 'verb-object' is not one of: verb-subject, subject-verb, participle, colon, quote, according, parenthetical, object, object-after-source, clause-initial, object-implied, mention, no-addressee, comma-object, provided-that"),
        ("cue x | speech | Assert | verb-subject | ، ,\n", "f.rules:1:42: empty forms"),
        ("cue x | speech | Assert |  | قال\n", "f.rules:1:26: empty constructions"),
        ("negator a | لم\nnegator a | لا\n", "f.rules:2:9: 'negator a' is defined twice (first on line 1)"),
        ("setting max-cue-gap | many\n", "f.rules:1:23: setting 'max-cue-gap' needs a whole number above 0, found 'many'"),
        ("setting max-cue-gap | -5\n", "f.rules:1:23: setting 'max-cue-gap' needs a whole number above 0, found '-5'"),
        ("setting longest | 3\n", "f.rules:1:9: setting 'longest' is not one of: max-source-words, max-headline-source-words, max-cue-gap"),
        ("quote q | « | \n", "f.rules:1:14: empty closing mark"),
        ("drop cue no-such-cue\n", "f.rules:1:10: cannot drop 'cue no-such-cue': no such record"),
        ("drop cue\n", "f.rules:1:9: 'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"),
        ("drop frob x\n", "f.rules:1:6: 'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"),
        ("drop cue x y\n", "f.rules:1:12: 'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"),
        ("drop\n", "f.rules:1:5: 'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"),
        ("drop drop x\n", "f.rules:1:6: 'drop' takes a record kind and a name: drop KIND NAME (e.g. drop cue speech-qala)"),
        ("drop cue speech-qala\u{200B}\n", "f.rules:1:10: cannot drop 'cue speech-qala<U+200B>': no such record"),
        ("cue x | speech | Assert | verb-subject | قال، ـ\n", "f.rules:1:47: cue form 'ـ' has no letter"),
        ("cue x | speech | Assert | verb-subject | \"\n", "f.rules:1:42: cue form '\"' has no letter"),
        ("disclaimer x | تعبر عن رأي، …\n", "f.rules:1:29: disclaimer phrase '…' has no letter"),
        ("claim-object nosuch | التقارير\n", "f.rules:1:14: 'claim-object nosuch' names no cue record (a claim-object list is named after the cue it belongs to)"),
        // a restriction without a construction it acts on
        ("cue x | hedge | Hedge | verb-subject comma-object | متوقعا\n", "f.rules:1:38: restriction 'comma-object' needs one of the constructions it acts on: object, object-after-source, object-implied"),
        ("cue x | speech | Assert | colon mention | ذكر\n", "f.rules:1:33: restriction 'mention' needs one of the constructions it acts on: object, object-after-source, object-implied"),
        ("cue x | speech | Assert | colon quote provided-that | أنهى\n", "f.rules:1:39: restriction 'provided-that' needs one of the constructions it acts on: verb-subject, subject-verb"),
        ("cue x | speech | Assert | clause-initial | بين\n", "f.rules:1:27: restriction 'clause-initial' needs one of the constructions it acts on: verb-subject, subject-verb, participle, colon, quote, according, parenthetical, object, object-after-source, object-implied"),
        ("cue x | speech | Assert | no-addressee | أقر\n", "f.rules:1:27: restriction 'no-addressee' needs one of the constructions it acts on: verb-subject, subject-verb, participle, colon, quote, according, parenthetical, object, object-after-source, object-implied"),
        // columns count Unicode scalars: a tab is one, a byte-order mark at the file's start none
        ("\tcue x | talk | Assert | verb-subject | قال\n", "f.rules:1:10: class 'talk' is not one of: speech, writing, publication, cognition, according-to, denial, allegation, hedge"),
        ("\u{FEFF}cue x | talk | Assert | verb-subject | قال\n", "f.rules:1:9: class 'talk' is not one of: speech, writing, publication, cognition, according-to, denial, allegation, hedge"),
        ("negator a | لم\ncue ذكر | speech | Assert | verb-subject | ذكر، ـ\n", "f.rules:2:49: cue form 'ـ' has no letter"),
        // invisible characters are written out: a doubled byte-order mark, a zero-width space, a no-break space
        ("\u{FEFF}\u{FEFF}cue x | speech | Assert | verb-subject | قال\n", "f.rules:1:1: unknown record kind '<U+FEFF>cue' (expected one of: cue, negator, complementizer, source-end, adverbial, preposition, boundary, relative, anaphor, relay, denial-content, governed, clause-break, disclaimer, not-claim, signature, impersonal, object-start, construct, claim-object, not-speaker, topic, evidence, quote, setting, words, drop)"),
        ("cue x | speech | Assert | verb-subject\u{200B} | قال\n", "f.rules:1:27: construction 'verb-subject<U+200B>' is not one of: verb-subject, subject-verb, participle, colon, quote, according, parenthetical, object, object-after-source, clause-initial, object-implied, mention, no-addressee, comma-object, provided-that"),
        // a name with an invisible character would add a record instead of replacing the default one
        ("cue speech-qala\u{200B} | speech | Assert | verb-subject | قال\n", "f.rules:1:16: name 'speech-qala<U+200B>' holds an invisible character"),
        ("negator arabic\u{00AD} | لم\n", "f.rules:1:15: name 'arabic<U+00AD>' holds an invisible character"),
        ("setting max-cue-gap | 1\u{00A0}0\n", "f.rules:1:23: setting 'max-cue-gap' needs a whole number above 0, found '1<U+00A0>0'"),
    ])
    func malformedLinesSayFileLineAndColumn(text: String, message: String) throws {
        #expect {
            _ = try RuleSet().adding(text: text, path: "f.rules")
        } throws: { error in
            (error as? RuleFileError)?.description == message
        }
    }

    @Test func aByteOrderMarkBeforeTheFirstRecordIsIgnored() throws {
        let rules = try RuleSet().adding(text: "\u{FEFF}cue murmur | speech | Assert | verb-subject | همس\n", path: "f.rules")
        #expect(rules.cues.map(\.name) == ["murmur"])
        #expect(rules.cues.first?.forms == ["همس"])
    }

    @Test func aClaimObjectListMayFollowItsCueInALaterFile() throws {
        let rules = try RuleSet().adding(text: "cue murmur | denial | Deny | verb-subject | همس\n", path: "a.rules")
            .adding(text: "claim-object murmur | التقارير\n", path: "b.rules")
        #expect(rules.phraseLists(.claimObject).map(\.name) == ["murmur"])
    }

    @Test func unreadableAndNonUTF8FilesSayPath() throws {
        let missing = "/nonexistent/isnad.rules"
        #expect(throws: RuleFileError.unreadable(path: missing, reason: "cannot read the rule file: no such file")) {
            try RuleSet().adding(contentsOf: missing)
        }
        let path = NSTemporaryDirectory() + "isnad-bad-\(UUID().uuidString).rules"
        try Data([0x63, 0x75, 0x65, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: RuleFileError.unreadable(path: path, reason: "not valid UTF-8 at byte 3")) {
            try RuleSet().adding(contentsOf: path)
        }
    }
}
