import Foundation
import Testing
@testable import Attribution

/// A word filter answers yes for every word it holds, whatever its size, and no for most others.
@Suite("Word filter")
struct WordFilterTests {
    /// The words of the dev corpus, each once.
    static func devWords() throws -> [Word] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        var seen = Set<String>()
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for piece in text.split(whereSeparator: { !$0.isLetter }) { seen.insert(String(piece)) }
        }
        return seen.sorted().map { Word($0) }
    }

    @Test(arguments: [8, 100, 600])
    func holdsEveryWordAndRulesMostOthersOut(memberCount: Int) throws {
        let words = try Self.devWords()
        #expect(words.count > 2 * memberCount)
        let members = Array(words.prefix(memberCount))
        let others = words.dropFirst(memberCount)
        let filter = WordFilter(members)
        #expect(members.allSatisfy { filter.mayContain($0.hash) })
        // the bit table alone passes about one other word in 16 (16 bits per word); the hash slots rule
        // out the rest (a 64-bit hash collision aside)
        let passedBits = others.filter { filter.bitIsSet($0.hash) }.count
        #expect(passedBits * 8 < others.count)
        #expect(others.filter { filter.mayContain($0.hash) }.isEmpty)
    }
}
