import Foundation
import Testing
import TestSupport
@testable import Standoff

/// Inputs that stalled `isnad check` (found by QA fuzzing it with mutated brat files).
@Suite struct FuzzReproTests {
    /// An equivalence or event line with thousands of undefined members (`*<TAB>Equiv T6 T7;1 2;1 2;…`,
    /// 400 KB) took nearly two minutes: each member's diagnostic read the whole line again for its
    /// column. The line's fields are now indexed once; the columns are the same.
    @Test func aLineWithThousandsOfMissingMembersIsCheckedInLinearTime() {
        let members = (0..<20_000).map { " T\($0 + 9)" }.joined()
        let began = Date()
        let equivalenceLine = "*\tEquiv T1" + members
        let equivalence = check("T1\tSource 0 4\tقالَ\n" + equivalenceLine + "\n")
        let event = check("T1\tCue 0 4\tقالَ\nE1\tCue:T1" + members.replacingOccurrences(of: " T", with: " Content:T") + "\n")
        // Members holding a separator (`T4;1`), as a mutated `Equiv T6 T7;1 2;1 2;…` has them.
        let joined = check("*\tEquiv T1" + (0..<20_000).map { " T\($0 + 9);1" }.joined() + "\n")
        #expect(Date().timeIntervalSince(began) < 10)
        #expect(joined.contains("d.ann:1:12: error: member T9;1 of the Equiv equivalence is not defined in this file"))
        #expect(joined.contains("d.ann:1:17: error: member T10;1 of the Equiv equivalence is not defined in this file"))
        #expect(equivalence.count >= 20_000)
        #expect(equivalence.contains("d.ann:2:12: error: member T9 of the Equiv equivalence is not defined in this file"))
        let last = LineColumn.of("T20008", in: equivalenceLine)
        #expect(last == equivalenceLine.unicodeScalars.count - 5)
        #expect(equivalence.contains("d.ann:2:\(last): error: member T20008 of the Equiv equivalence is not defined in this file"))
        #expect(event.contains("d.ann:2:19: error: Content argument T9 of E1 is not defined in this file"))
    }

    /// The index gives the column `LineColumn.of` gives, for every field of random lines, also for
    /// tokens that hold a separator or occur several times, and for lines asked about in turn.
    @Test func indexedColumnsAreTheScannedOnes() {
        var rng = SeededGenerator(seed: 2026_11_27)
        let pieces = ["T1", "E2", "Cue", "Cue:T1", "@L3", "1", "2", " ", "\t", ":", ";", "قال", "َ", "📈", "T1;2", ""]
        let index = LineColumnIndex()
        for _ in 0..<300 {
            let line = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
            for token in pieces + ["T1 E2", "Cue:T1 Source"] {
                for skipping in 0..<3 {
                    #expect(index.of(token, in: line, skippingFields: skipping) == LineColumn.of(token, in: line, skippingFields: skipping),
                            "\(line.debugDescription) \(token.debugDescription) \(skipping)")
                }
            }
        }
    }

    /// An `annotation.conf` whose macros each repeat the next (`<A>=<B>|<B>`, `<B>=<C>|<C>`, … 24
    /// deep) made `check` expand one line to 16 MB and run for over a minute, each further level
    /// doubling it. The line is refused with an error instead.
    @Test func macrosThatDoubleEachOtherAreRefusedNotExpanded() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let names = (0..<40).map { "<M\(letters[$0 / 26])\(letters[$0 % 26])>" }
        var conf = "[entities]\nSource\n[events]\n"
        for (name, next) in zip(names, names.dropFirst()) { conf += "\(name)=\(next)|\(next)\n" }
        conf += "\(names[names.count - 1])=Source\nCue\tArg:\(names[0])\n"
        let began = Date()
        let (_, diagnostics) = ConfigurationReader(path: "annotation.conf").read(conf)
        #expect(Date().timeIntervalSince(began) < 10)
        #expect(diagnostics.map(\.description) == [
            "annotation.conf:44:9: error: the macros make this line longer than 131072 bytes when <Mao> is expanded "
                + "(macros that each repeat the next, such as <A>=<B>|<B> and <B>=<C>|<C>, double it each time)",
        ])
        // A few levels still expand.
        let (shallow, problems) = ConfigurationReader(path: "annotation.conf").read("[entities]\nSource\n[events]\n<A>=<B>|<B>\n<B>=Source\nCue\tArg:<A>\n")
        #expect(problems.isEmpty)
        #expect(shallow.events.first?.arguments.first?.types == ["Source", "Source"])
    }
}

