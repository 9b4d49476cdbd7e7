import Testing
import TestSupport
@testable import Standoff

/// Re-anchoring on many stale spans: invariants on random documents, and concrete cases whose
/// outcomes are written out.
@Suite struct ReanchoringTests {
    // MARK: - Concrete cases

    func repair(_ annotations: String, in text: String, kept: [String] = []) -> RepairResult {
        let (document, _) = AnnotationDocument.parse(annotations, path: "r.ann")
        return Repairer().repair(document, text: Array(text.unicodeScalars), path: "r.ann",
                                 keptTexts: kept.map { Array($0.unicodeScalars) })
    }

    @Test func eachPlacedSpanShiftsTheExpectationOfTheNext() {
        // و before every قال: the shifts are +1, +2, +3, +4, and only the first span is clear
        // at its old offsets; each one placed makes the next clear.
        let new = String(repeating: "وقال الوزير. ", count: 4) // was "قال الوزير. " four times
        let result = repair("T1\tCue 0 3\tقال\nT2\tCue 12 15\tقال\nT3\tCue 24 27\tقال\nT4\tCue 36 39\tقال\nT5\tSource 40 46\tالوزير\n", in: new)
        #expect(result.problems == [])
        #expect(result.document.textBounds.map(\.offsetsField) == ["1 4", "14 17", "27 30", "40 43", "44 50"])
    }

    @Test func canonicallyEquivalentTextsAreFoundWhereTheirOwnScalarsAre() {
        // آ (U+0622) and ا + U+0653 are equal Strings but not the same scalars: each span goes
        // where its own scalars are, never onto the other spelling.
        let new = "و آمن و ا\u{653}من\n"
        let result = repair("T1\tSource 0 3\tآمن\nT2\tSource 4 8\tا\u{653}من\n", in: new)
        #expect(result.problems == [])
        #expect(result.document.textBounds.map(\.offsetsField) == ["2 5", "8 12"])
    }

    @Test func eachPlacedSpanShiftsAllTheSpansAfterIt() {
        // Forty different words, each said again at the end, و before each of the first forty:
        // the k-th moved by k + 1, and each span placed changes the shift of all those after it.
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        let words = (0..<40).map { String(String.UnicodeScalarView([letters[$0 % 28], letters[$0 / 28], "م", "ة"])) }
        var annotations = "", expected: [String] = [], offset = 0
        for (k, word) in words.enumerated() {
            annotations += "T\(k + 1)\tSource \(offset) \(offset + 4)\t\(word)\n"
            expected.append("\(offset + k + 1) \(offset + k + 5)")
            offset += 6
        }
        let again = "\n" + words.map { $0 + ". " }.joined()
        let result = repair(annotations, in: words.map { "و" + $0 + ". " }.joined() + again)
        #expect(result.problems == [])
        #expect(result.document.textBounds.map(\.offsetsField) == expected)
    }

    @Test func manyOccurrencesAreToldApartByTheirContext() {
        // Twenty lines say الوزير; a line inserted at the top and one removed in the middle make
        // the shift no help, but the kept old text still has the digit that ends each line.
        let digits = ["١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩", "٠"]
        let lines = (0..<20).map { "قال الوزير في اليوم \(digits[$0 % 10])\(digits[$0 / 10])" }
        let old = lines.joined(separator: "\n") + "\n"
        let new = "عنوان جديد\n" + (lines[0..<5] + lines[6...]).joined(separator: "\n") + "\n"
        let lineLength = lines[0].unicodeScalars.count + 1
        let oldStart = 12 * lineLength + 4
        let annotations = "T1\tSource \(oldStart) \(oldStart + 6)\tالوزير\n"
        let withContext = repair(annotations, in: new, kept: [old])
        let newStart = 11 + 11 * lineLength + 4
        #expect(withContext.repairs == ["line 1: T1 re-anchored from \(oldStart) \(oldStart + 6) to \(newStart) \(newStart + 6)"])
        // Without it, the nearest occurrence to the old offsets is as near as the next one.
        let without = repair(annotations, in: new)
        #expect(without.problems.first?.message.hasPrefix("cannot re-anchor T1: \"الوزير\" occurs 19 times and 2 are about equally near") == true)
    }

    @Test func aNearTieListsTenCandidatesAndThenAnEllipsis() {
        // The last قال (56 59) is 44 from the old offsets, past the end of the text: the 12
        // within 88 are close, @4 (12 15) to @15 (56 59), numbered among all 15.
        let text = String(repeating: "قال ", count: 15)
        let result = repair("T1\tCue 100 103\tقال\n", in: text)
        let listed = (3..<13).map { "@\($0 + 1) at \(4 * $0) \(4 * $0 + 3)" }.joined(separator: ", ")
        #expect(result.problems.map(\.message) == ["cannot re-anchor T1: \"قال\" occurs 15 times and 12 are about equally near 100 103: \(listed), …"])
    }

    @Test func aSpanOverALineBreakKeepsOneFragmentPerLine() {
        let result = repair("T1\tSource 0 3;4 10\tقال الوزير\n", in: "و قال\nالوزير إن\n")
        #expect(result.repairs == ["line 1: T1 re-anchored from 0 3;4 10 to 2 5;6 12"])
    }

    @Test func spansPlacedTogetherAtOneOldStartKeepTheFileOrder() {
        // xx and yy (old 9 11) are both at distance 0, by the shifts +1 (of v) and +9 (of w),
        // and placed together in file order; z (old 13 14) then follows the anchor at 9 that
        // comes last in that order, xx (+1), with w (+9) after it: its occurrence at 15 is one
        // scalar from 14, the one at 25 three from 22. Following yy (+9) alone would choose 25.
        var text = Array(repeating: Unicode.Scalar("."), count: 110)
        let letters: [(Int, Unicode.Scalar)] = [(3, "v"), (10, "x"), (11, "x"), (15, "z"), (18, "y"), (19, "y"), (25, "z"), (29, "w"),
                                                (100, "x"), (101, "x"), (103, "y"), (104, "y")]
        for (offset, letter) in letters { text[offset] = letter }
        let result = repair("T1\tL 2 3\tv\nT2\tL 20 21\tw\nT3\tL 9 11\txx\nT4\tL 9 11\tyy\nT5\tL 13 14\tz\n", in: String(String.UnicodeScalarView(text)))
        #expect(result.problems == [])
        #expect(result.repairs == [
            "line 1: T1 re-anchored from 2 3 to 3 4", "line 2: T2 re-anchored from 20 21 to 29 30",
            "line 3: T3 re-anchored from 9 11 to 10 12", "line 4: T4 re-anchored from 9 11 to 18 20",
            "line 5: T5 re-anchored from 13 14 to 15 16",
        ])
    }

    // MARK: - Invariants on random documents

    static let vocabulary = ["قال", "الوزير", "إن", "و", "في", "الوزيرة", "قالت", "آ", "الأمر", "مهم"]

    /// A random document: the old text, spans made on it, the edited text.
    struct RandomCase {
        var old: [Unicode.Scalar]
        var new: [Unicode.Scalar]
        var spans: [TextBound]
    }

    static func randomCase(_ rng: inout SeededGenerator) -> RandomCase {
        let vocabulary = Array(vocabulary.shuffled(using: &rng).prefix(Int.random(in: 2...vocabulary.count, using: &rng)))
        var old: [Unicode.Scalar] = []
        var words: [Range<Int>] = []
        for w in 0..<Int.random(in: 3...80, using: &rng) {
            if w > 0 { old += (Int.random(in: 0..<10, using: &rng) == 0 ? "\n" : " ").unicodeScalars }
            let start = old.count
            old += (vocabulary.randomElement(using: &rng) ?? "قال").unicodeScalars
            words.append(start..<old.count)
        }
        var spans: [TextBound] = []
        for n in 1...Int.random(in: 1...30, using: &rng) {
            let first = Int.random(in: 0..<words.count, using: &rng)
            let last = min(words.count - 1, first + Int.random(in: 0...1, using: &rng))
            // One fragment per line, as brat writes a span over a line break.
            var fragments: [Range<Int>] = []
            var start = words[first].lowerBound
            for k in words[first].lowerBound..<words[last].upperBound where old[k] == "\n" {
                fragments.append(start..<k)
                start = k + 1
            }
            fragments.append(start..<words[last].upperBound)
            let text = fragments.map { String(String.UnicodeScalarView(old[$0])) }.joined(separator: " ")
            spans.append(TextBound(id: "T\(n)", label: "Source", fragments: fragments, text: text))
        }
        var new = old
        for _ in 0..<Int.random(in: 1...6, using: &rng) {
            let at = Int.random(in: 0...new.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: new.insert(contentsOf: ((vocabulary.randomElement(using: &rng) ?? "") + " ").unicodeScalars, at: at)
            case 1: new.removeSubrange(at..<min(new.count, at + Int.random(in: 1...12, using: &rng)))
            default: new.insert(contentsOf: Array(new[at..<min(new.count, at + Int.random(in: 1...12, using: &rng))]), at: at)
            }
        }
        return RandomCase(old: old, new: new, spans: spans)
    }

    func repair(_ lines: [String], _ c: RandomCase, kept: Bool) -> RepairResult {
        let (document, _) = AnnotationDocument.parse(lines.joined(separator: "\n") + "\n", path: "r.ann")
        return Repairer().repair(document, text: c.new, path: "r.ann", keptTexts: kept ? [c.old] : [])
    }

    @Test func reanchoredSpansCoverTheirTextAndUniqueTextsAreAlwaysFound() {
        var rng = SeededGenerator(seed: 20_261_127)
        for _ in 0..<400 {
            let c = Self.randomCase(&rng)
            let kept = Bool.random(using: &rng)
            let lines = c.spans.map { "\($0.id)\t\($0.label) \($0.offsetsField)\t\($0.text)" }
            let result = repair(lines, c, kept: kept)
            let problems = Dictionary(grouping: result.problems, by: { $0.message.split(separator: " ").dropFirst(2).first.map { String($0.dropLast()) } ?? "" })
            for span in c.spans {
                guard let placed = result.document.textBound(id: span.id) else {
                    Issue.record("\(span.id) was dropped")
                    continue
                }
                let occurrences = TextSearch.occurrences(of: Array(span.text.unicodeScalars), in: c.new)
                let stale = !span.textMatches(c.new)
                if !stale {
                    #expect(placed.fragments == span.fragments)
                } else if occurrences.isEmpty {
                    #expect(problems[span.id]?.first?.message.hasSuffix("does not occur in the text") == true)
                } else if occurrences.count == 1 {
                    #expect(placed.fragments == occurrences[0], "\(span.id) \(span.text) should move to its only occurrence")
                } else if placed.fragments != span.fragments {
                    #expect(occurrences.contains(placed.fragments))
                    #expect(placed.textMatches(c.new))
                } else {
                    #expect(problems[span.id]?.first?.message.contains("occurs \(occurrences.count) times and") == true)
                }
            }
        }
    }

    @Test func theOrderOfTheOtherLinesDoesNotMatter() {
        // Only the order among the stale spans breaks ties; spans still in place (anchors of
        // shift 0) may be anywhere in the file.
        var rng = SeededGenerator(seed: 20_261_128)
        for _ in 0..<300 {
            let c = Self.randomCase(&rng)
            let kept = Bool.random(using: &rng)
            let lines = c.spans.map { "\($0.id)\t\($0.label) \($0.offsetsField)\t\($0.text)" }
            let staleSlots = c.spans.indices.filter { !c.spans[$0].textMatches(c.new) }
            var shuffled = lines.shuffled(using: &rng)
            let staleLines = Set(staleSlots.map { lines[$0] })
            let newSlots = shuffled.indices.filter { staleLines.contains(shuffled[$0]) }
            guard newSlots.count == staleSlots.count else { continue } // a stale line written twice
            for (slot, original) in zip(newSlots, staleSlots) { shuffled[slot] = lines[original] }
            let first = repair(lines, c, kept: kept), second = repair(shuffled, c, kept: kept)
            #expect(first.document.textBounds.sorted { $0.id < $1.id } == second.document.textBounds.sorted { $0.id < $1.id })
            #expect(Set(first.problems.map(\.message)) == Set(second.problems.map(\.message)))
        }
    }
}
