import Testing
import TestSupport
@testable import Standoff

/// The builder's own ordering (keys computed as lines are added) against the general canonical sort.
@Suite struct BuilderOrderTests {
    /// Random extractor-like documents: overlapping and multi-fragment spans created out of offset
    /// order, events on them, attributes and notes on events and spans, references to later lines.
    @Test func buildGivesTheCanonicalOrderAndTheSameBytesAsSortingFromScratch() {
        var generator = SeededGenerator(seed: 0x5EED_2026)
        for round in 0..<300 {
            var builder = AnnotationDocumentBuilder()
            var spans: [String] = []
            var events: [String] = []
            for _ in 0..<Int.random(in: 1...25, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0..<4:
                    let start = Int.random(in: 0..<40, using: &generator)
                    var fragments = [start..<start + Int.random(in: 0...6, using: &generator)]
                    if Bool.random(using: &generator) { fragments.append(start + 8..<start + 12) }
                    spans.append(builder.addTextBound(label: ["Cue", "Source", "Content"].randomElement(using: &generator)!,
                                                      fragments: fragments, text: "نص \(round) ن"))
                case 4..<6 where !spans.isEmpty:
                    let trigger = Int.random(in: 0..<8, using: &generator) == 0 ? "T\(spans.count + 1)" : spans.randomElement(using: &generator)!
                    events.append(builder.addEvent(type: "Cue", trigger: trigger,
                                                   arguments: [Argument(role: "Content", id: spans.randomElement(using: &generator)!)]))
                case 6..<8 where !events.isEmpty:
                    builder.addAttribute(name: "Stance", target: events.randomElement(using: &generator)!, value: "Assert")
                case 8 where !events.isEmpty:
                    builder.addNote(target: events.randomElement(using: &generator)!, text: "rule: r\(round)")
                case 9 where !spans.isEmpty:
                    builder.addRelation(type: "Same", arguments: [Argument(role: "Arg1", id: spans.randomElement(using: &generator)!)])
                default:
                    builder.addNote(target: Bool.random(using: &generator) ? "E99" : "T01", text: "")
                }
            }
            let built = builder.build()
            let sorted = built.canonicalized()
            #expect(built == sorted, "round \(round)")
            #expect(built.serialized() == sorted.lines.map { $0.annotation.line + "\n" }.joined(), "round \(round)")
        }
    }

    @Test func writtenLinesMatchBratSyntaxForEveryKind() {
        let lines: [(Annotation, String)] = [
            (.textBound(TextBound(id: "T3", label: "Content", fragments: [268..<402, 1_000_000..<1_000_010], text: "أ ب")),
             "T3\tContent 268 402;1000000 1000010\tأ ب"),
            (.textBound(TextBound(id: "T4", label: "Cue", fragments: [0..<9], text: "")), "T4\tCue 0 9\t"),
            (.event(Event(id: "E1", type: "Cue", trigger: "T2", arguments: [Argument(role: "Source", id: "T1"), Argument(role: "Content2", id: "T3")])),
             "E1\tCue:T2 Source:T1 Content2:T3"),
            (.event(Event(id: "E2", type: "Cue", trigger: "T2", arguments: [])), "E2\tCue:T2"),
            (.relation(Relation(id: "R1", type: "Same", arguments: [Argument(role: "Arg1", id: "T1"), Argument(role: "Arg2", id: "T2")])),
             "R1\tSame Arg1:T1 Arg2:T2"),
            (.attribute(Attribute(id: "A1", name: "Stance", target: "E1", value: "Deny")), "A1\tStance E1 Deny"),
            (.attribute(Attribute(id: "M2", name: "Negated", target: "E1")), "M2\tNegated E1"),
            (.normalization(Normalization(id: "N1", type: "Reference", target: "T1", resource: "Wikipedia", entry: "534366", text: "Barack Obama")),
             "N1\tReference T1 Wikipedia:534366\tBarack Obama"),
            (.note(Note(id: "#1", type: "AnnotatorNotes", target: "E1", text: "rule: colon")), "#1\tAnnotatorNotes E1\trule: colon"),
            (.note(Note(id: "#2", type: "AnnotatorNotes", target: "E1", text: "")), "#2\tAnnotatorNotes E1"),
            (.equivalence(Equivalence(type: "Equiv", members: ["T1", "T2", "T3"])), "*\tEquiv T1 T2 T3"),
        ]
        for (annotation, expected) in lines {
            #expect(annotation.line == expected)
            #expect(AnnotationDocument(annotations: [annotation]).serialized() == expected + "\n")
        }
    }
}
