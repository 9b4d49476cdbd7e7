import ArabicText
import Testing
@testable import Attribution

/// The restrictions of a cue record (`mention`, `no-addressee`, `comma-object`, `provided-that`) are written
/// in the record: a copy of the record under another name keeps its behaviour, a copy without the
/// restriction loses it.
@Suite("Rule restrictions")
struct RuleRestrictionTests {
    /// A default cue record, one of its restrictions, and a sentence whose reading the restriction decides.
    struct Case: Sendable, CustomTestStringConvertible {
        var record: String
        var restriction: Construction
        var sentence: String
        var testDescription: String { "\(record) \(restriction.rawValue)" }
    }

    static let cases: [Case] = [
        // a plain noun object after the Source is a mention: no claim
        Case(record: "speech-dhakara", restriction: .mention, sentence: "وذكرت الصحيفة اسم المتهم في تقريرها."),
        Case(record: "speech-akhbara", restriction: .mention, sentence: "وأخبرت الوزارة تفاصيل الحادث للصحفيين."),
        // بأن brings the object, no addressee: the Source's adjective stays in it (not الفريق with الخاسر addressed)
        Case(record: "speech-itarafa", restriction: .noAddressee, sentence: "واعترف الفريق الخاسر بأن الحكم كان عادلا."),
        Case(record: "speech-aqarra", restriction: .noAddressee, sentence: "وأقرت الشركة المصنعة بأن العيب موجود في المحرك."),
        // no comma before متوقعا: the predicate "expected", no forecast
        Case(record: "hedge-tawaqqaa-participle", restriction: .commaObject, sentence: "وجاء قرار البنك متوقعا بعد ارتفاع التضخم."),
        // على أن after أنهى is "provided that": no claim
        Case(record: "speech-ikhtatama", restriction: .providedThat, sentence: "وأنهت المحكمة الجلسة على أن تستأنف المداولات يوم الأحد."),
    ]

    /// What an attribution says, without the rule that found it (whose name changes with the record's).
    static func readings(_ sentence: String, rules: RuleSet) -> [String] {
        ExtractedAttribution.all(in: Extractor(rules: rules).annotate(sentence + "\n"))
            .map { "\($0.cue) | \($0.source ?? "-") | \($0.content) | \($0.stance) \($0.form)" }
    }

    /// A user file that renames the default records named `name` (the cue and any list named after it)
    /// to `copy-NAME`, dropping the originals; the copy of the cue lists `restriction` only when `keeping`.
    static func renaming(_ name: String, restriction: Construction, keeping: Bool) -> String {
        var lines: [String] = []
        for file in RuleSet.defaultFiles {
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ", maxSplits: 2)
                guard words.count == 3, words[1] == name, words[2].hasPrefix("|") else { continue }
                var copy = "\(words[0]) copy-\(name) \(words[2])"
                if !keeping { copy = copy.replacingOccurrences(of: " \(restriction.rawValue) ", with: " ") }
                if words[0] == "cue" { lines.append("drop cue \(name)") }
                lines.append(copy)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: cases)
    func theBehaviourFollowsTheRestrictionNotTheName(_ test: Case) throws {
        let defaults = try RuleSet.defaults()
        let original = try #require(defaults.cues.first { $0.name == test.record })
        #expect(original.constructions.contains(test.restriction))
        let expected = Self.readings(test.sentence, rules: defaults)

        let kept = try defaults.adding(text: Self.renaming(test.record, restriction: test.restriction, keeping: true), path: "kept.rules")
        let copy = try #require(kept.cues.first { $0.name == "copy-" + test.record })
        #expect(copy.constructions.contains(test.restriction) && !kept.cues.contains { $0.name == test.record })
        #expect(Self.readings(test.sentence, rules: kept) == expected)

        let lost = try defaults.adding(text: Self.renaming(test.record, restriction: test.restriction, keeping: false), path: "lost.rules")
        #expect(lost.cues.first { $0.name == "copy-" + test.record }?.constructions.contains(test.restriction) == false)
        #expect(Self.readings(test.sentence, rules: lost) != expected, "\(expected)")
    }

    /// A restriction given to a record that had none brings its behaviour there: with `mention`, أكد's
    /// plain noun object after its Source (تفاصيل الخطة) is a mention, no claim.
    @Test func aRestrictionAddedToAnotherCueActsThere() throws {
        let defaults = try RuleSet.defaults()
        let sentence = "وأكد الوزير تفاصيل الخطة الجديدة."
        let before = Self.readings(sentence, rules: defaults)
        // without it تفاصيل is read as part of the Source
        #expect(before == ["أكد | الوزير تفاصيل | الخطة الجديدة | Assert Indirect"], "\(before)")
        let akkada = try #require(RuleSet.defaultFiles[0].text.split(separator: "\n").first { $0.hasPrefix("cue speech-akkada |") })
        let mention = akkada.replacingOccurrences(of: " object-after-source |", with: " object-after-source mention |")
        let rules = try defaults.adding(text: mention + "\n", path: "mine.rules")
        #expect(Self.readings(sentence, rules: rules).isEmpty)
    }

    /// Every restriction is used by a default record and documented at the top of `cues.rules`.
    @Test func everyRestrictionIsUsedAndDocumented() throws {
        let cues = try #require(RuleSet.defaultFiles.first { $0.name == "cues.rules" }?.text)
        let rules = try RuleSet.defaults()
        for restriction in Construction.allCases where restriction.isRestriction {
            #expect(rules.cues.contains { $0.constructions.contains(restriction) }, "\(restriction)")
            #expect(cues.contains("\n#   \(restriction.rawValue) "), "\(restriction)")
            #expect(!restriction.restrictedPatterns.isEmpty && restriction.restrictedPatterns.allSatisfy { !$0.isRestriction })
        }
        #expect(Construction.allCases.filter(\.isRestriction).map(\.rawValue)
                == ["clause-initial", "mention", "no-addressee", "comma-object", "provided-that"])
        // every case has its own bit in a rule's 16-bit construction mask
        let positions = Construction.allCases.map(\.position)
        #expect(Set(positions).count == positions.count && positions.allSatisfy { (0..<16).contains($0) })
    }
}

/// `drop cue NAME` takes the lists named after the cue with it.
@Suite("Dropping a cue")
struct DroppedCueListTests {
    /// Left behind, `governed speech-akkada | على` would make على a governed preposition of every cue.
    @Test func theCuesOwnListsGoWithIt() throws {
        let defaults = try RuleSet.defaults()
        #expect(defaults.phraseLists(.governed).contains { $0.name == "speech-akkada" })
        #expect(defaults.phraseLists(.claimObject).contains { $0.name == "denial-rafada" })
        let rules = try defaults.adding(text: "drop cue speech-akkada\ndrop cue denial-rafada\n", path: "mine.rules")
        #expect(!rules.phraseLists(.governed).contains { $0.name == "speech-akkada" })
        #expect(!rules.phraseLists(.claimObject).contains { $0.name == "denial-rafada" })
        // the general governed list is the same as before: على is still governed by its own cues only
        let general = { (rules: RuleSet) in Set(Lexicon(rules: rules, tokenizer: Tokenizer()).governed.words.map(\.text)) }
        #expect(general(rules) == general(defaults) && !general(rules).contains("علي"))
        #expect(rules.phraseLists(.governed).count == defaults.phraseLists(.governed).count - 1)
        // a file that drops the list as well still reads
        let both = try defaults.adding(text: "drop cue speech-akkada\ndrop governed speech-akkada\n", path: "mine.rules")
        #expect(general(both) == general(defaults))
        // a governed list the file itself names after the dropped cue is kept, as written
        let own = try defaults.adding(text: "drop cue speech-akkada\ngoverned speech-akkada | حول\n", path: "mine.rules")
        #expect(own.phraseLists(.governed).first { $0.name == "speech-akkada" }?.phrases == ["حول"])
    }
}
