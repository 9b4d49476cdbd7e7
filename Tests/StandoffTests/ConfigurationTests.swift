import Foundation
import Testing
import TestSupport
import TextFiles
@testable import Standoff

@Suite struct ConfigurationTests {
    @Test func readsMacrosAbstractTypesNestingAndRepetition() throws {
        let path = Fixtures.bratExamples + "/tutorials/news/annotation.conf"
        let (configuration, problems) = try BratConfiguration.load(contentsOf: path)
        #expect(problems.isEmpty)
        #expect(configuration.entities.map(\.name) == ["Person", "Organization", "GPE", "Money"])
        #expect(configuration.event(named: "Life")?.isAbstract == true)
        #expect(configuration.event(named: "Marry")?.rule(for: "Person-Arg") == ArgumentRule(role: "Person-Arg", types: ["Person"], minimum: 2, maximum: 2))
        #expect(configuration.event(named: "Die")?.rule(for: "Agent-Arg") == ArgumentRule(role: "Agent-Arg", types: ["Person", "Organization", "GPE"], minimum: 0, maximum: 1))
        #expect(configuration.event(named: "Merge-org")?.rule(for: "Org-Arg")?.maximum == Int.max)
        #expect(configuration.relations(named: "Alias").first?.specialArguments["<REL-TYPE>"] == ["symmetric", "transitive"])
        #expect(configuration.attribute(named: "Mention")?.values == ["Name", "Nominal", "Other"])
        #expect(configuration.attribute(named: "Individual")?.values == [])
        #expect(!configuration.textBoundLabels.contains("Life"))
    }

    @Test func readsEveryBratExampleConfigurationWithoutErrors() throws {
        let walker = FileManager.default.enumerator(atPath: Fixtures.bratExamples)
        let paths = (walker?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix("annotation.conf") }
        #expect(paths.count == 10)
        for path in paths {
            let (configuration, problems) = try BratConfiguration.load(contentsOf: Fixtures.bratExamples + "/" + path)
            #expect(problems.filter { $0.severity == .error }.isEmpty, "\(path)")
            #expect(!configuration.entities.isEmpty, "\(path)")
        }
        let (spans, _) = try BratConfiguration.load(contentsOf: Fixtures.bratExamples + "/corpora/TDT/annotation.conf")
        #expect(spans.entity(named: "Pron") != nil)
    }

    @Test func reportsBrokenConfigurationLines() {
        let (configuration, problems) = BratConfiguration.parse("""
        [entities]
        Person
        [events]
        Meet\tWho{3-1}:Person
        Talk\tWho:<PEOPLE>
        Greet\tWho:Person, Who?:Person
        [colours]
        Person
        """, path: "a.conf")
        #expect(problems.map(\.description) == [
            "a.conf:4:6: error: invalid repetition range in 'Who{3-1}'",
            "a.conf:5:10: error: undefined macro <PEOPLE> (macros are defined per section with <NAME>=…)",
            "a.conf:6:19: error: argument Who appears more than once for Greet",
            "a.conf:7:1: warning: unexpected section [colours]; brat ignores its contents (expected [entities], [relations], [events] or [attributes])",
        ])
        #expect(configuration.events.isEmpty)
    }

    @Test func isnadSchemeIsEmbeddedAndIdenticalToTheAnnotationsFolder() throws {
        let isnad = BratConfiguration.isnad
        #expect(isnad.isIsnadScheme)
        #expect(Set(isnad.textBoundLabels) == Set(IsnadScheme.labels))
        #expect(isnad.attribute(named: "Stance")?.values == IsnadScheme.Stance.allCases.map(\.rawValue))
        #expect(isnad.attribute(named: "Form")?.values == IsnadScheme.Form.allCases.map(\.rawValue))
        #expect(isnad.event(named: "Cue")?.rule(for: "Content")?.maximum == Int.max)
        #expect(isnad.event(named: "Cue")?.rule(for: "Source")?.minimum == 0)
        let folder = Fixtures.repositoryRoot + "/Annotations"
        #expect(try TextFile(contentsOf: folder + "/annotation.conf").text == BratConfiguration.isnadAnnotationConf)
        #expect(try TextFile(contentsOf: folder + "/visual.conf").text == BratConfiguration.isnadVisualConf)
        #expect(BratConfiguration.isnadVisualConf.contains("Text\tdirection:rtl"))
        #expect(BratConfiguration.isnadVisualConf.contains("Source | المصدر"))
    }

    @Test func writesIsnadFilesAndFindsTheNearestConfiguration() throws {
        let scratch = try TemporaryFolder(prefix: "standoff-tests"), root = scratch.path
        let nested = root + "/a/b"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        #expect(BratConfiguration.nearestFile(from: nested) == nil || !BratConfiguration.nearestFile(from: nested)!.hasPrefix(root))
        try BratConfiguration.writeIsnadFiles(to: root + "/a")
        #expect(BratConfiguration.nearestFile(from: nested) == root + "/a/annotation.conf")
        #expect(ProjectScheme.forDocuments(in: nested).validator.enforcesScheme)
        try BratConfiguration.writeIsnadFiles(to: root + "/a")
        #expect(!FileManager.default.fileExists(atPath: root + "/a/annotation.conf.orig"))
        #expect(ProjectScheme.validatesAll(toolsFrom: Fixtures.bratExamples + "/tutorials/news"))
        #expect(!ProjectScheme.validatesAll(toolsFrom: Fixtures.bratExamples + "/corpora/TDT"))
    }

    @Test(arguments: ["\r\n", "\r"])
    func configurationsWithCRLFOrCRLineEndsReadAsWithLF(lineEnd: String) throws {
        // brat reads its .conf files with Python's universal newlines; CRLF is one Swift Character.
        for source in [Fixtures.repositoryRoot + "/Annotations", Fixtures.bratExamples + "/tutorials/news"] {
            let lf = try TextFile(contentsOf: source + "/annotation.conf").text
            let converted = lf.replacingOccurrences(of: "\n", with: lineEnd)
            let (expected, expectedProblems) = BratConfiguration.parse(lf, path: "annotation.conf")
            let (found, problems) = BratConfiguration.parse(converted, path: "annotation.conf")
            #expect(found == expected, "\(source)")
            #expect(problems == expectedProblems)
            #expect(!found.textBoundLabels.isEmpty)
        }
        let scratch = try TemporaryFolder(prefix: "standoff-tests"), folder = scratch.path
        try AtomicFile.write(TextFile(contentsOf: Fixtures.bratExamples + "/tutorials/news/tools.conf").text
            .replacingOccurrences(of: "\n", with: lineEnd), to: folder + "/tools.conf")
        #expect(ProjectScheme.validatesAll(toolsFrom: folder))
        #expect(LineBreaks.universalLines(of: "a\r\nb\rc\n\nd").map(String.init) == ["a", "b", "c", "", "d"])
        #expect(LineBreaks.universalLines(of: "قال\r\n").map(String.init) == ["قال", ""])
    }

    @Test func anUnreadableOrEmptyConfigurationIsReportedOnce() throws {
        // The Isnad annotation.conf with one byte that is not UTF-8: the path is printed once, before the message.
        let scratch = try TemporaryFolder(prefix: "standoff-tests"), bad = try scratch.folder(), empty = try scratch.folder()
        var bytes = Array(try TextFile(contentsOf: Fixtures.repositoryRoot + "/Annotations/annotation.conf").text.utf8)
        bytes.insert(0xFF, at: 20)
        try AtomicFile.write(bytes, to: bad + "/annotation.conf")
        let scheme = ProjectScheme.forDocuments(in: bad)
        #expect(scheme.diagnostics.map(\.description) == ["\(bad)/annotation.conf: error: not valid UTF-8 at byte 20; using the Isnad scheme"])
        #expect(scheme.validator.configuration.isIsnadScheme)
        // An empty annotation.conf declares nothing; the messages say so instead of an empty list.
        try AtomicFile.write("", to: empty + "/annotation.conf")
        let validator = ProjectScheme.forDocuments(in: empty).validator
        let (document, _) = AnnotationDocument.parse("T1\tCue 0 3\tقال\nA1\tStance T1 Assert\n", path: "d.ann")
        let found = validator.validate(document, text: Array("قال\n".unicodeScalars), path: "d.ann").map(\.message)
        #expect(found.contains("label 'Cue' is not in the scheme: the scheme declares no labels (\(empty)/annotation.conf)"), "\(found)")
        #expect(found.contains("attribute 'Stance' is not in the scheme: the scheme declares no attributes (\(empty)/annotation.conf)"), "\(found)")
    }
}
