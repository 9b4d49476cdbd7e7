import Testing
import TestSupport
@testable import Standoff

@Suite struct PropertyTests {
    static let pieces = ["قال", "الوزيرُ", "مُوسياكوف", " ", "📈", "👍🏽", "a", "Z", "\"", ":", ";", "،", "\t", "1", "#"]

    func word(_ rng: inout SeededGenerator, allowTab: Bool) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...5, using: &rng) {
            let piece = Self.pieces.randomElement(using: &rng) ?? "a"
            if piece == "\t" && !allowTab { continue }
            text += piece
        }
        return text.isEmpty ? "x" : text
    }

    func name(_ rng: inout SeededGenerator) -> String {
        ["Source", "Cue", "Content", "Disclaimer", "Protein", "Theme", "Arg1", "Stance", "Reference"].randomElement(using: &rng) ?? "Source"
    }

    func randomDocument(_ rng: inout SeededGenerator) -> AnnotationDocument {
        var annotations: [Annotation] = []
        let count = Int.random(in: 1...12, using: &rng)
        var ids: [String] = []
        for n in 1...count {
            var position = Int.random(in: 0...500, using: &rng)
            let fragments = (0..<Int.random(in: 1...3, using: &rng)).map { _ -> Range<Int> in
                let start = position + Int.random(in: 0...20, using: &rng)
                let end = start + Int.random(in: 0...30, using: &rng)
                position = end + 1
                return start..<end
            }
            annotations.append(.textBound(TextBound(id: "T\(n)", label: name(&rng), fragments: fragments, text: word(&rng, allowTab: true))))
            ids.append("T\(n)")
        }
        let pick = { (rng: inout SeededGenerator) in ids.randomElement(using: &rng) ?? "T1" }
        for n in 1...Int.random(in: 1...4, using: &rng) {
            let arguments = (0..<Int.random(in: 0...3, using: &rng)).map { k in Argument(role: k == 2 ? "Content2" : name(&rng), id: pick(&rng)) }
            annotations.append(.event(Event(id: "E\(n)", type: name(&rng), trigger: pick(&rng), arguments: arguments)))
            annotations.append(.attribute(Attribute(id: "A\(n)", name: name(&rng), target: "E\(n)", value: Bool.random(using: &rng) ? nil : name(&rng))))
            annotations.append(.note(Note(id: "#\(n)", type: "AnnotatorNotes", target: "E\(n)", text: Bool.random(using: &rng) ? "" : word(&rng, allowTab: false))))
        }
        annotations.append(.relation(Relation(id: "R1", type: name(&rng), arguments: [Argument(role: "Arg1", id: pick(&rng)), Argument(role: "Arg2", id: pick(&rng))])))
        annotations.append(.normalization(Normalization(id: "N1", type: "Reference", target: pick(&rng), resource: "Wiki", entry: "Q\(Int.random(in: 1...999, using: &rng))", text: word(&rng, allowTab: false))))
        annotations.append(.equivalence(Equivalence(type: "Equiv", members: [pick(&rng), pick(&rng)])))
        annotations.shuffle(using: &rng)
        return AnnotationDocument(annotations: annotations)
    }

    @Test func randomValidDocumentsWrittenAndReadBackCompareEqual() {
        var rng = SeededGenerator(seed: 20_261_126)
        for _ in 0..<300 {
            let document = randomDocument(&rng)
            let text = document.serialized()
            let (read, diagnostics) = AnnotationDocument.parse(text, path: "p.ann")
            #expect(diagnostics.isEmpty, "\(text)")
            #expect(read.annotations == document.annotations, "\(text)")
            #expect(read.serialized() == text)
            let canonical = read.canonicalized()
            #expect(Set(canonical.annotations) == Set(document.annotations))
            #expect(AnnotationDocument.parse(canonical.serialized(), path: "p.ann").0.annotations == canonical.annotations)
        }
    }

    @Test func randomByteDamageNeverCrashesTheReaderAndIsKeptVerbatim() {
        var rng = SeededGenerator(seed: 7)
        let noise: [UInt8] = [0x09, 0x0A, 0x0D, 0x20, 0x3A, 0x3B, 0x23, 0x2A, 0x3F, 0x40, 0x4C, 0x30, 0x39, 0x54, 0x45, 0xD9, 0x82, 0xF0, 0xFF]
        let text = Array("قالَ الوزيرُ: \"نعم\" 📈\nسطر\r\nآخر".unicodeScalars)
        for _ in 0..<400 {
            var bytes = Array(randomDocument(&rng).serialized().utf8)
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let at = Int.random(in: 0..<max(1, bytes.count), using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0 where !bytes.isEmpty: bytes[at] = noise.randomElement(using: &rng) ?? 0
                case 1: bytes.insert(noise.randomElement(using: &rng) ?? 0, at: min(at, bytes.count))
                default: if !bytes.isEmpty { bytes.remove(at: at) }
                }
            }
            let damaged = String(decoding: bytes, as: UTF8.self)
            let (document, _) = AnnotationDocument.parse(damaged, path: "d.ann")
            #expect(document.serialized() == damaged)
            _ = Validator().validate(document, text: text, path: "d.ann")
            _ = Repairer().repair(document, text: text, path: "d.ann")
            _ = EndOfLineConversion(text).shift(document)
        }
    }

    @Test func spansGivenByRandomTextAreAlwaysPlacedOnThatText() {
        var rng = SeededGenerator(seed: 42)
        let alphabet = Array("قالَ الوزيرُ 📈👍🏽 a:\"،\nمن".unicodeScalars)
        for _ in 0..<200 {
            let text = (0..<Int.random(in: 20...80, using: &rng)).map { _ in alphabet.randomElement(using: &rng) ?? "a" }
            let start = Int.random(in: 0..<text.count - 5, using: &rng)
            let length = Int.random(in: 1...5, using: &rng)
            let piece = Array(text[start..<start + length])
            // A span neither starts nor ends with a space or a line break (--fix trims the spaces of a T? text).
            guard let first = piece.first, first != " ", first != "\n", !piece.contains("\t"), piece.last != "\n", piece.last != " " else { continue }
            let wanted = String(String.UnicodeScalarView(piece.map { $0 == "\n" ? " " : $0 }))
            let occurrences = TextSearch.occurrences(of: Array(wanted.unicodeScalars), in: text)
            guard let ordinal = occurrences.firstIndex(where: { $0.first?.lowerBound == start }) else {
                Issue.record("\(wanted) not found where it was taken from")
                continue
            }
            let (document, _) = AnnotationDocument.parse("T?\tContent @\(ordinal + 1)\t\(wanted)\n", path: "r.ann")
            let result = Repairer().repair(document, text: text, path: "r.ann")
            #expect(result.problems.isEmpty)
            guard let placed = result.document.textBounds.first else { Issue.record("not placed"); continue }
            #expect(placed.fragments.first?.lowerBound == start)
            #expect(TextBound.coveredText(of: placed.fragments, in: text) == wanted)
            #expect(Validator().validate(result.document, text: text, path: "r.ann").allSatisfy { !$0.message.contains("differs") && !$0.message.contains("line break") })
        }
    }
}
