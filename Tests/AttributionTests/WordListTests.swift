import Foundation
import Testing
@testable import Attribution

/// The named word lists (`words NAME | …`): read from the rule files, normalized, extended by a user's file.
@Suite("Word lists")
struct WordListTests {
    /// A reaction noun with a pronoun as the object of أكد thanks or condemns: no claim.
    static let praise = "وأكدت الشركة في ختام بيانها إشادتها بتفهم المسافرين وصبرهم.\n"
    static let thanks = "وأكدت الشركة في ختام بيانها تقديرها لتفهم المسافرين وصبرهم.\n"

    static func attributions(_ text: String, adding user: String? = nil) throws -> [ExtractedAttribution] {
        var rules = try RuleSet.defaults()
        if let user { rules = try rules.adding(text: user, path: "my.rules") }
        return ExtractedAttribution.all(in: Extractor(rules: rules).annotate(text))
    }

    /// A user's `words reactions | إشادة` adds إشادة to the default reactions: the praise is no claim any
    /// more, and the default reaction تقدير still is none.
    @Test func aUserFileAddsAWordToANamedList() throws {
        let before = try Self.attributions(Self.praise)
        #expect(before.map(\.description) == ["أكدت | الشركة | إشادتها بتفهم المسافرين وصبرهم | Assert Indirect | rule: speech-akkada/verb-object"])
        #expect(try Self.attributions(Self.thanks).isEmpty)

        let user = "# praise is a reaction too\nwords reactions | إشادة\n"
        #expect(try Self.attributions(Self.praise, adding: user).isEmpty)
        #expect(try Self.attributions(Self.thanks, adding: user).isEmpty)
        let rules = try RuleSet.defaults().adding(text: user, path: "my.rules")
        #expect(rules.words(.reactions).contains("تقدير") && rules.words(.reactions).last == "إشادة")
    }

    /// `drop words NAME` before the list replaces it, in one file: تقدير is no reaction any more.
    @Test func dropBeforeTheListReplacesIt() throws {
        let user = "drop words reactions\nwords reactions | إشادة\n"
        let rules = try RuleSet.defaults().adding(text: user, path: "my.rules")
        #expect(rules.words(.reactions) == ["إشادة"])
        #expect(try Self.attributions(Self.praise, adding: user).isEmpty)
        #expect(try Self.attributions(Self.thanks, adding: user).map(\.cue) == ["أكدت"])
        // dropped alone, the list is empty
        #expect(try RuleSet.defaults().adding(text: "drop words reactions\n", path: "my.rules").words(.reactions).isEmpty)
    }

    /// The words are normalized like the text: written لجنة، وسائل، إدانة they are looked up as لجنه، وسايل، ادانه.
    @Test func wordsAreNormalizedLikeTheText() throws {
        let rules = try RuleSet().adding(text: "words reactions | إدانة، وسائل، لجنة، مُؤتمر\n", path: "my.rules")
        let lexicon = Extractor(rules: rules).lexicon
        #expect(lexicon.wordLists.words(in: .reactions).map(\.text) == ["ادانه", "وسايل", "لجنه", "موتمر"])
        #expect(lexicon.wordLists.contains(Word("ادانه"), in: .reactions))
        #expect(!lexicon.wordLists.contains(Word("إدانة"), in: .reactions))
    }

    /// Every list the constructions read is defined by the default rules, once, in words.rules.
    @Test func everyListIsDefinedByTheDefaults() throws {
        let rules = try RuleSet.defaults()
        let lexicon = Extractor(rules: rules).lexicon
        for name in WordListName.allCases {
            let records = rules.records.filter { $0.key == RuleKey(kind: "words", name: name.rawValue) }
            #expect(records.count == 1, "\(name.rawValue)")
            #expect(records.first?.location.path == "words.rules", "\(name.rawValue)")
            #expect(!rules.words(name).isEmpty, "\(name.rawValue)")
            #expect(!lexicon.wordLists.words(in: name).isEmpty, "\(name.rawValue)")
        }
    }

    /// A word's lists are the bits of one number: the names' positions are their order, and fit.
    @Test func positionsAreTheOrderOfTheNames() {
        #expect(WordListName.allCases.map(\.position) == Array(WordListName.allCases.indices))
        #expect(WordListName.allCases.count <= UInt64.bitWidth)
    }

    @Test func anUnknownListNameSaysFileLineAndTheKnownNames() {
        let names = WordListName.allCases.map(\.rawValue).joined(separator: ", ")
        #expect {
            _ = try RuleSet.defaults().adding(text: "# mine\nwords reaction | إشادة\n", path: "my.rules")
        } throws: { error in
            (error as? RuleFileError)?.description == "my.rules:2:7: word list 'reaction' is not one of: \(names)"
        }
    }

    @Test(arguments: [
        ("words reactions | شكر، شكر جزيل\n", "my.rules:1:24: 'شكر جزيل' is more than one word (a words list holds single words)"),
        ("words reactions | ، ,\n", "my.rules:1:19: empty words"),
        ("words reactions | شكر | ترحيب\n", "my.rules:1:23: 'words' takes 1 field after its name, separated by '|', found 2"),
        ("words reactions | شكر\nwords reactions | ترحيب\n", "my.rules:2:7: 'words reactions' is defined twice (first on line 1)"),
        ("drop words reactions\n", "my.rules:1:12: cannot drop 'words reactions': no such record"),
    ])
    func malformedListsSayFileLineAndColumn(text: String, message: String) {
        #expect {
            _ = try RuleSet().adding(text: text, path: "my.rules")
        } throws: { error in
            (error as? RuleFileError)?.description == message
        }
    }
}
