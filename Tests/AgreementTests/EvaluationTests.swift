import Testing
@testable import Agreement

/// `isnad eval`'s scores on real Arabic sentences.
@Suite struct EvaluationTests {
    @Test func scoresLabelsAttributionsStanceAndRules() throws {
        let fixture = AgreementStudyTests.fixture
        let document = DocumentAnnotations(path: "news", scalars: fixture.scalars,
                                           annotations: [AgreementStudyTests.first, AgreementStudyTests.second])
        let extra = DocumentAnnotations(path: "extra", scalars: fixture.scalars, annotations: [nil, AgreementStudyTests.second])
        let missing = DocumentAnnotations(path: "missing", scalars: fixture.scalars, annotations: [AgreementStudyTests.first, nil])
        let report = Evaluation(documents: [document, extra, missing]).report()
        #expect(report.extraPredictions == ["extra"])
        #expect(report.missingPredictions == ["missing"])
        let content = try #require(report.labels.first { $0.label == "Content" })
        #expect(content.exactScores.f1 == .value(0))
        // Overlap: 1 matched of 4 gold (2 documents) and 1 predicted.
        #expect(content.overlapScores.recall == .value(0.25))
        #expect(content.overlapScores.precision == .value(1))
        #expect(report.attributions.matched == 1 && report.attributions.reference == 4)
        #expect(report.stanceAccuracy == .value(1))
        #expect(report.rules.count == 1 && report.rules[0].rule == "speech-verb-inna" && report.rules[0].precision == .value(1))
        #expect(report.documents.first?.path == "missing")
        let disclaimer = try #require(report.labels.first { $0.label == "Disclaimer" })
        #expect(disclaimer.overlapScores.f1 == .undefined(.noAnnotations))
    }

    @Test func aMissingSourceMatchesOnlyAMissingSource() {
        let f = AgreementStudyTests.fixture
        let withSource = f.annotated([f.textBound("T1", "Source", "الرئيس"), f.textBound("T2", "Cue", "قال"),
                                      f.textBound("T3", "Content", "الاقتصاد ينمو بسرعة"), "E1\tCue:T2 Source:T1 Content:T3"])
        let without = f.annotated([f.textBound("T2", "Cue", "قال"), f.textBound("T3", "Content", "الاقتصاد ينمو بسرعة"),
                                   "E1\tCue:T2 Content:T3"])
        #expect(AttributionRecord.align(withSource.attributions, without.attributions).isEmpty)
        #expect(AttributionRecord.align(without.attributions, without.attributions).count == 1)
    }

    @Test func anUndefinedScoreNamesWhichSideIsEmpty() throws {
        let f = AgreementStudyTests.fixture
        let gold = f.annotated([f.textBound("T1", "Source", "الرئيس"), f.textBound("T2", "Cue", "قال"),
                                f.textBound("T3", "Content", "الاقتصاد ينمو بسرعة"), "E1\tCue:T2 Source:T1 Content:T3"])
        let predicted = f.annotated([f.textBound("T1", "Cue", "أضاف")])
        let report = Evaluation(documents: [DocumentAnnotations(path: "news", scalars: f.scalars, annotations: [gold, predicted])]).report()
        let source = try #require(report.labels.first { $0.label == "Source" })
        // Gold has a Source, nothing predicted: recall is 0, precision is 0/0 for want of predictions.
        #expect(source.overlapScores.recall == .value(0))
        #expect(source.overlapScores.precision == .undefined(.nothingCompared))
        #expect(source.overlapScores.f1 == .value(0))
        let cue = try #require(report.labels.first { $0.label == "Cue" })
        #expect(cue.overlapScores.precision == .value(0))
        let disclaimer = try #require(report.labels.first { $0.label == "Disclaimer" })
        #expect(disclaimer.overlapScores.precision == .undefined(.nothingCompared))
        #expect(disclaimer.overlapScores.recall == .undefined(.nothingInReference))
        #expect(disclaimer.overlapScores.f1 == .undefined(.noAnnotations))
        #expect(report.matchedAttributions == 0 && report.stanceAccuracy == .undefined(.noMatches))
        let reversed = Evaluation(documents: [DocumentAnnotations(path: "news", scalars: f.scalars, annotations: [predicted, gold])]).report()
        #expect(reversed.labels.first { $0.label == "Source" }?.overlapScores.recall == .undefined(.nothingInReference))
    }
}
