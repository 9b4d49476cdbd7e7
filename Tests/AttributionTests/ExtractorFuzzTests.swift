import Foundation
import Testing
import Standoff
import TestSupport
import Attribution

/// Seeded random documents built from corpus words, cue words, complementizers, quotation marks of
/// every kind, English cues, colons, commas and line breaks in any order: the extractor never traps and
/// its output always passes the standoff checker (a trap ends a whole `isnad annotate` corpus run).
@Suite("Extractor on random documents")
struct ExtractorFuzzTests {
    static let glue = ["قال", "وقال", "فقال:", "أكد", "نفى", "إن", "أن", "بأن", "أنه", "وفقا", "لـ", "بحسب",
                       "«", "»", "\"", "“", "”", "'", ":", "،", ".", "\n", "\n\n", "—", "(@CNN)",
                       "said", "says", "that", "according", "to", "Trump", "قائلا", "مضيفا", "لم", "لا",
                       "المقالة تعبر فقط عن رأي الصحيفة أو الكاتب", "😀", "٣٫٥", "د.", "pic.twitter.com/x"]

    static func corpusWords() throws -> [String] {
        let folder = Fixture.repository.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        }
    }

    static func randomDocument(_ words: [String], _ generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<(20 + generator.next(below: 60)) {
            let piece = generator.next(below: 3) == 0
                ? glue[generator.next(below: glue.count)]
                : words[generator.next(below: words.count)]
            text += piece
            if generator.next(below: 4) != 0 { text += " " }
        }
        return text
    }

    @Test func randomDocumentsAnnotateIntoValidStandoff() throws {
        let words = try Self.corpusWords()
        try #require(!words.isEmpty)
        var generator = SeededGenerator(seed: 2026)
        for number in 0..<300 {
            let text = Self.randomDocument(words, &generator)
            let scalars = Array(text.unicodeScalars)
            let serialized = Fixture.extractor.annotate(scalars: scalars).serialized()
            let (document, parseDiagnostics) = AnnotationDocument.parse(serialized, path: "random\(number).ann")
            let diagnostics = parseDiagnostics + Validator().validate(document, text: scalars, path: "random\(number).ann")
            #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(text)\n\(diagnostics.map(\.description))")
        }
    }
}
