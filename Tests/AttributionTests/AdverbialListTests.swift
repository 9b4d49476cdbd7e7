import Testing
@testable import Attribution

/// Time words and adverbs skipped between a cue and its Source come from the `adverbial` list kind,
/// whatever the list's name: a user file that renames the list keeps the behaviour, and one that
/// makes the same words a plain `source-end` list loses it.
@Suite("Adverbial lists")
struct AdverbialListTests {
    static let sentences = [
        "وحذرت اليوم وزارة الصحة من انتشار الفيروس.",
        "وأكد أمس وزير المالية أن العجز سينخفض.",
    ]

    /// The Sources found in `sentences` with `rules`.
    static func sources(_ rules: RuleSet) -> [String?] {
        sentences.map { sentence in
            ExtractedAttribution.all(in: Extractor(rules: rules).annotate(sentence + "\n")).first?.source
        }
    }

    /// A user file that drops the default `adverbial time` list and lists its words again as `kind NAME`.
    static func relisting(as kind: String, name: String) throws -> String {
        let defaults = try RuleSet.defaults()
        let time = try #require(defaults.phraseLists(.adverbial).first { $0.name == "time" })
        return "drop adverbial time\n\(kind) \(name) | \(time.phrases.joined(separator: "، "))\n"
    }

    @Test func theDefaultTimeWordsAreSkippedAfterTheCue() throws {
        #expect(Self.sources(try RuleSet.defaults()) == ["وزارة الصحة", "وزير المالية"])
    }

    @Test func aRenamedListKeepsTheBehaviour() throws {
        let rules = try RuleSet.defaults().adding(text: try Self.relisting(as: "adverbial", name: "waqt"), path: "waqt.rules")
        #expect(!rules.phraseLists(.adverbial).contains { $0.name == "time" })
        #expect(Self.sources(rules) == ["وزارة الصحة", "وزير المالية"])
    }

    @Test func theSameWordsAsSourceEndsAreNotSkipped() throws {
        let rules = try RuleSet.defaults().adding(text: try Self.relisting(as: "source-end", name: "time"), path: "ends.rules")
        #expect(rules.phraseLists(.adverbial).isEmpty)
        #expect(Self.sources(rules) == [nil, nil])
    }
}
