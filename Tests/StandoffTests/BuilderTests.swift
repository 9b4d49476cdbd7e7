import Testing
@testable import Standoff

@Suite struct BuilderTests {
    let text = "قال دميتري موسياكوف: \"الغرب يخسر\" 👍🏽 ثم نفى ذلك."

    @Test func buildsTheSchemeExampleWithFreshIDsInCanonicalOrder() {
        let scalars = Array(text.unicodeScalars)
        var builder = AnnotationDocumentBuilder()
        let content = builder.addTextBound(label: "Content", fragments: [22..<32], in: scalars)
        let cue = builder.addTextBound(label: "Cue", fragments: [0..<3], in: scalars)
        let source = builder.addTextBound(label: "Source", fragments: [4..<19], in: scalars)
        let event = builder.addEvent(type: "Cue", trigger: cue, arguments: [Argument(role: "Source", id: source), Argument(role: "Content", id: content)])
        builder.addAttribute(name: "Stance", target: event, value: IsnadScheme.Stance.assert.rawValue)
        builder.addAttribute(name: "Form", target: event, value: IsnadScheme.Form.direct.rawValue)
        builder.addNote(target: event, text: "rule: speech-verb-colon-quote")
        let output = builder.build().serialized()
        #expect(output == """
        T2\tCue 0 3\tقال
        T3\tSource 4 19\tدميتري موسياكوف
        T1\tContent 22 32\tالغرب يخسر
        E1\tCue:T2 Source:T3 Content:T1
        A1\tStance E1 Assert
        A2\tForm E1 Direct
        #1\tAnnotatorNotes E1\trule: speech-verb-colon-quote

        """)
        let (read, diagnostics) = AnnotationDocument.parse(output, path: "b.ann")
        #expect(diagnostics.isEmpty)
        #expect(read.annotations == builder.build().annotations)
    }

    @Test func astralScalarsCountOnceAndNewIDsFollowTheLargest() {
        let scalars = Array(text.unicodeScalars)
        // 👍🏽 is two scalars (emoji + skin tone modifier), one Character.
        let thumb = text.unicodeScalars.firstIndex(of: "👍").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? -1
        let (existing, _) = AnnotationDocument.parse("T7\tCue 0 3\tقال\nE4\tCue:T7\n#9\tAnnotatorNotes E4\tx\n", path: "x.ann")
        var builder = AnnotationDocumentBuilder(document: existing)
        let deny = builder.addTextBound(label: "Cue", fragments: [thumb + 6..<thumb + 9], in: scalars)
        #expect(deny == "T8")
        #expect(builder.build().textBound(id: "T8")?.text == "نفى")
        #expect(builder.addEvent(type: "Cue", trigger: deny) == "E5")
        #expect(builder.addNote(target: "E5", text: "y") == "#10")
        #expect(builder.addAttribute(name: "Stance", target: "E5", value: "Deny") == "A1")
    }
}
