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
                       "المقالة تعبر فقط عن رأي الصحيفة أو الكاتب", "😀", "٣٫٥", "د.", "pic.twitter.com/x",
                       "(", ")", "﴿", "﴾", "؛", "-", "في", "ل", "عن", "على", "علي", "بـ", "فإن", "دعا", "زعمت", "ب", "و", "ف", "ال", "بحسب البيانات،"]

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

    /// A dev document's window of 4–123 pieces (words and the spaces or line breaks between them)
    /// with 1–30 edits: a piece deleted, doubled, or given a glue piece before it or glued to its end.
    /// The window ends anywhere, mid-sentence too, as a cut-off document does.
    static func mutatedDocument(_ documents: [[Substring]], _ generator: inout SeededGenerator) -> String {
        let pieces = documents[generator.next(below: documents.count)]
        let start = generator.next(below: max(1, pieces.count - 200))
        var window = Array(pieces[start..<min(pieces.count, start + 4 + generator.next(below: 120))])
        for _ in 0..<(1 + generator.next(below: 30)) where !window.isEmpty {
            let index = generator.next(below: window.count)
            let glue = Substring(Self.glue[generator.next(below: Self.glue.count)])
            switch generator.next(below: 4) {
            case 0: window.remove(at: index)
            case 1: window.insert(window[index], at: index)
            case 2: window.insert(glue, at: index)
            default: window[index] += glue
            }
        }
        return window.joined()
    }

    /// The dev documents cut into pieces: each word and each run of white space between words.
    static func corpusPieces() throws -> [[Substring]] {
        let folder = Fixture.repository.appendingPathComponent("Corpora/dev")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var pieces: [Substring] = []
            var start = text.startIndex
            var inSpace = text.first?.isWhitespace ?? false
            for index in text.indices where text[index].isWhitespace != inSpace {
                pieces.append(text[start..<index])
                start = index
                inSpace.toggle()
            }
            pieces.append(text[start...])
            return pieces
        }
    }

    @Test func mutatedCorpusDocumentsAnnotateIntoValidStandoff() throws {
        let documents = try Self.corpusPieces()
        try #require(documents.count > 5)
        var generator = SeededGenerator(seed: 2027)
        for number in 0..<5_000 {
            Self.expectValidAnnotation(of: Self.mutatedDocument(documents, &generator), path: "mutated\(number).ann")
        }
    }

    @Test func randomDocumentsAnnotateIntoValidStandoff() throws {
        let words = try Self.corpusWords()
        try #require(!words.isEmpty)
        var generator = SeededGenerator(seed: 2026)
        for number in 0..<300 {
            Self.expectValidAnnotation(of: Self.randomDocument(words, &generator), path: "random\(number).ann")
        }
    }

    /// Annotates `text` and expects the `.ann` to parse and validate against it without an error.
    static func expectValidAnnotation(of text: String, path: String) {
        let scalars = Array(text.unicodeScalars)
        let serialized = Fixture.extractor.annotate(scalars: scalars).serialized()
        let (document, parseDiagnostics) = AnnotationDocument.parse(serialized, path: path)
        let diagnostics = parseDiagnostics + Validator().validate(document, text: scalars, path: path)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(text)\n\(diagnostics.map(\.description))")
    }
}
