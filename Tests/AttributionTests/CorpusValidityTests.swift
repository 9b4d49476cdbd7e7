import Foundation
import Testing
import Standoff
@testable import Attribution

/// The extractor's output on every development document passes the standoff checker.
@Suite("Output validity")
struct CorpusValidityTests {
    @Test(arguments: ["article", "news01", "news02", "news04", "news05", "news06", "news07", "news09", "news10", "news12"])
    func outputPassesTheChecker(name: String) throws {
        let text = try Fixture.devText(name)
        let document = Fixture.extractor.annotate(text)
        let serialized = document.serialized()
        let (reparsed, parseDiagnostics) = AnnotationDocument.parse(serialized, path: "\(name).ann")
        #expect(parseDiagnostics.isEmpty)
        let diagnostics = Validator().validate(reparsed, text: Array(text.unicodeScalars), path: "\(name).ann")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let scalars = Array(text.unicodeScalars)
        for bound in reparsed.textBounds {
            for fragment in bound.fragments {
                #expect(!scalars[fragment].contains("\n"), "\(bound.id) crosses a line")
                let first = scalars[fragment.lowerBound], last = scalars[fragment.upperBound - 1]
                #expect(!first.properties.isWhitespace && !last.properties.isWhitespace)
                #expect(!"،.,:؛".unicodeScalars.contains(last) || bound.label == "Cue", "\(bound.id) ends with punctuation")
            }
        }
    }

    @Test func outputIsDeterministic() throws {
        let text = try Fixture.devText("news02")
        #expect(Fixture.extractor.annotate(text).serialized() == Fixture.extractor.annotate(text).serialized())
    }

    @Test func emptyAndPlainTextsGiveNothing() {
        #expect(Fixture.extractor.annotate("").textBounds.isEmpty)
        #expect(Fixture.extractor.annotate("الطقس جميل اليوم في القاهرة.\n").textBounds.isEmpty)
    }

    /// A line of a thousand reported clauses with no sentence terminator (a pasted list, garbage): every
    /// clause is still found, and no Content runs past the bounded sentence window, which is what keeps
    /// extraction linear in the line's length.
    @Test func aLongLineWithoutTerminatorsStaysBounded() {
        let text = String(repeating: "قال الوزير إن الأمر مهم، ", count: 1_000) + "\n"
        let document = Fixture.extractor.annotate(text)
        #expect(document.events.count == 1_000)
        let longest = document.textBounds.filter { $0.label == "Content" }
            .map { $0.fragments.reduce(0) { $0 + $1.count } }.max() ?? 0
        #expect(longest > 0)
        #expect(longest <= DocumentAnalysis.maximumSentenceTokens * 12)
    }
}
