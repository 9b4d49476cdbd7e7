import Foundation
import Testing
import TextFiles
@testable import Standoff

@Suite struct RoundTripTests {
    @Test func everyBratExampleReadsAndWritesBackByteForByte() throws {
        let files = Fixtures.annFiles(under: Fixtures.bratExamples)
        #expect(files.count == 172)
        var parsedLines = 0
        for file in files {
            let bytes = try TextFile.readBytes(file)
            let text = try TextFile(path: file, bytes: bytes).text
            let (document, _) = AnnotationDocument.parse(text, path: file)
            #expect(Array(document.serialized().utf8) == bytes, "\(file)")
            parsedLines += document.lines.count
        }
        #expect(parsedLines > 20_000)
    }

    @Test func everyLineKindRoundTrips() {
        let text = """
        T1\tSource 212 227\tدميتري موسياكوف
        T2\tCue 262 265\tقال
        T3\tContent 268 402;404 530\tfirst second
        E1\tCue:T2 Source:T1 Content:T3 Content2:T4
        R1\tAlias Arg1:T1 Arg2:T5
        A1\tStance E1 Assert
        A2\tNegation E1
        M1\tSpeculation E1
        N1\tReference T1 Wikipedia:534366\tDmitry
        #1\tAnnotatorNotes E1\trule: speech-verb-colon-quote
        *\tEquiv T1 T5 T6
        this line is broken

        """
        let (document, diagnostics) = AnnotationDocument.parse(text, path: "x.ann")
        #expect(document.serialized() == text)
        #expect(document.textBounds.count == 3)
        #expect(document.textBound(id: "T3")?.fragments == [268..<402, 404..<530])
        #expect(document.textBound(id: "T1")?.text == "دميتري موسياكوف")
        #expect(document.event(id: "E1") == Event(id: "E1", type: "Cue", trigger: "T2", arguments: [
            Argument(role: "Source", id: "T1"), Argument(role: "Content", id: "T3"), Argument(role: "Content2", id: "T4"),
        ]))
        #expect(document.event(id: "E1")?.arguments(withRole: "Content") == ["T3", "T4"])
        #expect(document.relations == [Relation(id: "R1", type: "Alias", arguments: [Argument(role: "Arg1", id: "T1"), Argument(role: "Arg2", id: "T5")])])
        #expect(document.attributes(of: "E1").map(\.value) == ["Assert", nil, nil])
        #expect(document.attributeValue("Stance", of: "E1") == "Assert")
        #expect(document.normalizations.first?.resource == "Wikipedia")
        #expect(document.normalizations.first?.entry == "534366")
        #expect(document.notes(of: "E1").first?.text == "rule: speech-verb-colon-quote")
        #expect(document.equivalences.first?.members == ["T1", "T5", "T6"])
        #expect(document.unparsedLines.map(\.text) == ["this line is broken"])
        #expect(diagnostics.map(\.description) == ["x.ann:12:20: error: expected a TAB after the identifier (ID<TAB>…)"])
        // Each annotation's own rendering reads back to the same annotation.
        let rendered = AnnotationDocument(annotations: document.annotations.filter { if case .unparsed = $0 { false } else { true } })
        let (again, problems) = AnnotationDocument.parse(rendered.serialized(), path: "y.ann")
        #expect(problems.isEmpty)
        #expect(again.annotations == rendered.annotations)
    }

    @Test func lineBreaksAndByteOrderMarkAreKept() {
        for text in ["T1\tX 0 1\ta\r\nT2\tX 1 2\tb\r\n", "T1\tX 0 1\ta\rT2\tX 1 2\tb", "\u{FEFF}T1\tX 0 1\ta\n", ""] {
            let (document, _) = AnnotationDocument.parse(text, path: "x.ann")
            #expect(document.serialized() == text)
            #expect(document.textBounds.count == (text.isEmpty ? 0 : text.hasPrefix("\u{FEFF}") ? 1 : 2))
        }
        let (bom, diagnostics) = AnnotationDocument.parse("\u{FEFF}T1\tX 0 1\ta\n", path: "b.ann")
        #expect(bom.hasByteOrderMark)
        #expect(diagnostics.first?.message.contains("byte order mark") == true)
        #expect(bom.canonicalized().serialized() == "T1\tX 0 1\ta\n")
    }

    @Test func changedLinesAreWrittenCanonicallyAndOthersKeepTheirBytes() {
        let text = "T2\tCue  262 265\tقال\r\nT1\tSource 212 227\tx\n"
        var (document, _) = AnnotationDocument.parse(text, path: "x.ann")
        #expect(document.serialized() == text)
        guard case .textBound(var source) = document.lines[1].annotation else { Issue.record("not a T"); return }
        source.label = "Content"
        document.lines[1].annotation = .textBound(source)
        #expect(document.serialized() == "T2\tCue  262 265\tقال\r\nT1\tContent 212 227\tx\n")
        #expect(document.canonicalized().serialized() == "T1\tContent 212 227\tx\nT2\tCue  262 265\tقال\n")
    }
}
