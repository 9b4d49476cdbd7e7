import ArabicText
import Testing
@testable import Agreement

/// Agreement over real Arabic sentences annotated by hand in the Isnad scheme.
@Suite struct AgreementStudyTests {
    static let fixture = ArabicFixture(text: "قال الرئيس إن الاقتصاد ينمو بسرعة.\nوأضاف أن البطالة تراجعت هذا العام.\n")

    /// The lead annotator: two attributions, the second with an implicit Source.
    static var first: AnnotatedDocument {
        let f = fixture
        return f.annotated([
            f.textBound("T1", "Source", "الرئيس"), f.textBound("T2", "Cue", "قال"),
            f.textBound("T3", "Content", "الاقتصاد ينمو بسرعة"), f.textBound("T4", "Cue", "أضاف"),
            f.textBound("T5", "Content", "البطالة تراجعت هذا العام"),
            "E1\tCue:T2 Source:T1 Content:T3", "E2\tCue:T4 Content:T5",
            "A1\tStance E1 Assert", "A2\tForm E1 Indirect", "A3\tStance E2 Assert", "A4\tForm E2 Indirect",
        ])
    }

    /// A second annotator: a shorter Content, and the second attribution missed.
    static var second: AnnotatedDocument {
        let f = fixture
        return f.annotated([
            f.textBound("T1", "Source", "الرئيس"), f.textBound("T2", "Cue", "قال"),
            f.textBound("T3", "Content", "الاقتصاد ينمو"),
            "E1\tCue:T2 Source:T1 Content:T3", "A1\tStance E1 Assert", "A2\tForm E1 Indirect",
            "#1\tAnnotatorNotes E1\trule: speech-verb-inna",
        ])
    }

    static func report(_ annotations: [AnnotatedDocument?], units: UnitKind = .tokens, samples: Int = 0) -> AgreementReport {
        let document = DocumentAnnotations(path: "news", scalars: fixture.scalars, annotations: annotations)
        let study = AgreementStudy(annotators: annotations.indices.map { "A\($0)" }, documents: [document])
        return study.report(unitKind: units, units: units.segmenter, bootstrap: samples > 0 ? Bootstrap(samples: samples, seed: 3) : nil)
    }

    @Test func identicalAnnotationsAgreeFullyAndUnusedLabelsAreUndefined() throws {
        let report = Self.report([Self.first, Self.first])
        #expect(report.figure("F1 exact", label: "micro", annotators: "A0–A1")?.statistic == .value(1))
        #expect(report.figure("Krippendorff α", label: "Content")?.statistic == .value(1))
        #expect(report.figure("αu", label: "Cue")?.statistic == .value(1))
        #expect(report.figure("F1", label: "attribution", annotators: "A0–A1")?.statistic == .value(1))
        #expect(report.figure("F1 exact", label: "Disclaimer", annotators: "A0–A1")?.statistic == .undefined(.noAnnotations))
        #expect(report.figure("Krippendorff α", label: "Disclaimer")?.statistic == .undefined(.singleCategory))
        #expect(report.figure("αu", label: "Disclaimer")?.statistic == .undefined(.noExpectedDisagreement))
        // Both attributions are Assert: Stance κ is undefined (one category only), raw agreement is 1.
        #expect(report.figure("Cohen κ", label: "Stance", annotators: "A0–A1")?.statistic == .undefined(.singleCategory))
        #expect(report.figure("percent agreement", label: "Stance")?.statistic == .value(1))
    }

    @Test func spanCountsFollowExactAndOverlapMatching() throws {
        let report = Self.report([Self.first, Self.second])
        let pair = "A0–A1"
        #expect(report.figure("F1 exact", label: "Source", annotators: pair)?.statistic == .value(1))
        // Cue: 2 in A0, 1 in A1, 1 matched: P 1, R 0.5, F1 2/3.
        #expect(report.figure("R exact", label: "Cue", annotators: pair)?.statistic == .value(0.5))
        #expect(report.figure("F1 exact", label: "Cue", annotators: pair)?.statistic == .value(2.0 / 3))
        // Content: the shorter span matches by overlap only.
        #expect(report.figure("F1 exact", label: "Content", annotators: pair)?.statistic == .value(0))
        #expect(report.figure("F1 overlap", label: "Content", annotators: pair)?.statistic == .value(2.0 / 3))
        // Micro: exact 2 of (5 + 3) → 0.5; overlap 3 → 0.75.
        #expect(report.figure("F1 exact", label: "micro", annotators: pair)?.statistic == .value(0.5))
        #expect(report.figure("F1 overlap", label: "micro", annotators: pair)?.statistic == .value(0.75))
        #expect(report.figure("F1", label: "attribution", annotators: pair)?.statistic == .value(2.0 / 3))
        let verdicts = report.pairs.map(\.verdict)
        #expect(verdicts.filter { $0 == "exact" }.count == 2)
        #expect(verdicts.contains("overlap") && verdicts.filter { $0 == "only first" }.count == 2)
        let cueRow = try #require(report.confusion.labels.firstIndex(of: "Cue"))
        let none = report.confusion.labels.count - 1
        #expect(report.confusion.counts[cueRow][none] == 1)
    }

    @Test func unitFiguresEqualTheCoreMeasuresOnHandBuiltIOVectors() throws {
        let report = Self.report([Self.first, Self.second])
        let tokens = Tokenizer().tokenize(Self.fixture.scalars)
        func io(_ document: AnnotatedDocument, _ label: String) -> [String?] {
            tokens.map { token in
                document.spans.contains { $0.label == label && $0.fragments.contains { $0.overlaps(token.start..<token.end) } } ? "in" : "out"
            }
        }
        for label in ["Source", "Cue", "Content"] {
            let matrix = ReliabilityMatrix([io(Self.first, label), io(Self.second, label)])
            #expect(report.figure("Krippendorff α", label: label)?.statistic == matrix.alpha(), "\(label)")
            #expect(report.figure("Cohen κ", label: label, annotators: "A0–A1")?.statistic == matrix.contingency(0, 1).cohenKappa)
            #expect(report.figure("Gwet AC1", label: label)?.statistic == matrix.agreementCounts.gwetAC1)
            #expect(report.figure("Krippendorff α", label: label)?.coverage.units == tokens.count)
        }
        let content = UnitizingContinuum(begin: 0, length: Self.fixture.scalars.count, units: [
            Self.first.spans.filter { $0.label == "Content" }.flatMap(\.fragments),
            Self.second.spans.filter { $0.label == "Content" }.flatMap(\.fragments),
        ])
        let alpha = try #require(report.figure("αu", label: "Content")?.statistic.value)
        let expected = try #require(content.alpha.value)
        #expect(abs(alpha - expected) < 1e-12)
        #expect(alpha < 1)
    }

    @Test func aMissingAnnotatorIsMissingDataNotDisagreement() throws {
        let complete = DocumentAnnotations(path: "a", scalars: Self.fixture.scalars, annotations: [Self.first, Self.first, Self.second])
        let partial = DocumentAnnotations(path: "b", scalars: Self.fixture.scalars, annotations: [Self.first, Self.first, nil])
        let study = AgreementStudy(annotators: ["x", "y", "z"], documents: [complete, partial])
        let report = study.report(unitKind: .scalars, units: UnitKind.scalars.segmenter, bootstrap: nil)
        #expect(report.missing.count == 1 && report.missing.first?.annotators == ["z"])
        let fleiss = try #require(report.figure("Fleiss κ", label: "Content"))
        #expect(fleiss.coverage.documents == 1)
        #expect(fleiss.coverage.leftOut.contains { $0.contains("not coded by every annotator") })
        let alpha = try #require(report.figure("Krippendorff α", label: "Content"))
        #expect(alpha.coverage.documents == 2 && alpha.statistic.value != nil)
        let pairXZ = try #require(report.figure("F1 exact", label: "micro", annotators: "x–z"))
        #expect(pairXZ.coverage.documents == 1)
        #expect(pairXZ.coverage.leftOut == ["1 document: one of the pair has no file"])
        #expect(report.figure("αu", label: "Source")?.coverage.leftOut == ["1 document: not annotated by every annotator"])
    }

    @Test func bootstrapIntervalsAreSeededAndBracketTheValue() throws {
        let documents = (0..<12).map { index in
            DocumentAnnotations(path: "d\(index)", scalars: Self.fixture.scalars,
                                annotations: [Self.first, index % 3 == 0 ? Self.second : Self.first])
        }
        let study = AgreementStudy(annotators: ["x", "y"], documents: documents)
        let run = { study.report(unitKind: .tokens, units: UnitKind.tokens.segmenter, bootstrap: Bootstrap(samples: 300, seed: 11)) }
        let first = try #require(run().figure("Krippendorff α", label: "all"))
        let again = try #require(run().figure("Krippendorff α", label: "all"))
        #expect(first.interval == again.interval)
        let interval = try #require(first.interval)
        let value = try #require(first.statistic.value)
        #expect(interval.lower <= value && value <= interval.upper && interval.lower < interval.upper)
        let worst = try #require(run().documents.first)
        #expect(worst.path == "d0" || worst.path == "d3" || worst.path == "d6" || worst.path == "d9")
    }
}
