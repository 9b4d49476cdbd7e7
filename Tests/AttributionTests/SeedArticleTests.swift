import Foundation
import Testing
import Standoff
@testable import Attribution

/// The acceptance test: what issue 5 says the extractor must find (and not find) in the seed article.
@Suite("Seed article")
struct SeedArticleTests {
    let document: AnnotationDocument
    let found: [ExtractedAttribution]
    let text: String

    init() throws {
        text = try Fixture.devText("article")
        document = Fixture.extractor.annotate(text)
        found = ExtractedAttribution.all(in: document)
    }

    func event(cue: String, containing content: String) -> ExtractedAttribution? {
        found.first { $0.cue == cue && $0.content.contains(content) }
    }

    @Test func kcnaStatementWrittenByUmerenkovAndPublishedByTheAgency() throws {
        let written = try #require(event(cue: "كتب", containing: "حكومة جمهورية كوريا الديمقراطية الشعبية"))
        #expect(written.source == "يفغيني أوميرينكوف")
        #expect(written.form == "Direct" && written.stance == "Assert")
        #expect(written.content.hasSuffix("بأقرب صديق للشعب الكوري"))
        let published = try #require(event(cue: "نشرته", containing: "حكومة جمهورية كوريا"))
        #expect(published.source == "وكالة الأنباء الكورية الشمالية الرسمية")
        #expect(published.content == written.content)
    }

    @Test func mosyakovQuotationWithFullTitleRunsOnToTheDisclaimer() throws {
        let said = try #require(event(cue: "قال", containing: "الأمريكيون يشكلون كتلة عسكرية"))
        #expect(said.source == "أستاذ العلوم التاريخية، مدير مركز جنوب شرق آسيا وأستراليا وأوقيانوسيا في معهد الدراسات الشرقية التابع لأكاديمية العلوم الروسية، دميتري موسياكوف")
        #expect(said.form == "Direct")
        #expect(said.content.hasSuffix("بل تصور البيت الأبيض بدقة عالية"))
        #expect(said.content.contains("\"الانسجام\""))
        let saidEvent = try #require(document.events.first { document.textBound(id: $0.trigger)?.text == "قال" })
        let content = try #require(document.textBound(id: saidEvent.arguments.first { $0.role == "Content" }?.id ?? ""))
        #expect(content.fragments.count == 5)
    }

    @Test func nestedDenialsInsideTheQuotation() throws {
        let think = try #require(event(cue: "أظن", containing: "الهيكل العسكري"))
        #expect(think.stance == "Deny" && think.source == nil && think.form == "Indirect")
        let expect = try #require(event(cue: "نتوقع", containing: "تقبل بيونغ يانغ بذلك"))
        #expect(expect.stance == "Deny" && expect.source == nil)
    }

    @Test func researchersAndWritersWithReportedSpeech() throws {
        let see = try #require(event(cue: "يرى", containing: "ميل ترامب الطويل الأمد"))
        #expect(see.source == "الباحثان في شؤون شمال شرق آسيا وطالبا الدكتوراه في جامعة تولين الأمريكية هانجين بارك وجياشن شي")
        #expect(see.stance == "Believe" && see.form == "Indirect")
        let wrote = try #require(event(cue: "كتب", containing: "تكهنات ظهرت"))
        #expect(wrote.source == "بارك وشي")
        #expect(wrote.content.hasSuffix("خلال ولايته الثانية المقبلة"))
        let added = try #require(event(cue: "أضاف", containing: "كوريا الشمالية تنظر"))
        #expect(added.source == "الكاتبان")
        let continued = try #require(event(cue: "تابع", containing: "دفع أعضاء الكونغرس"))
        #expect(continued.source == "الكاتبان" && continued.content.hasSuffix("الصراع في أوكرانيا"))
    }

    @Test func denialsAndAllegation() throws {
        let denied = try #require(event(cue: "نفى", containing: "مثل هذه الادعاءات"))
        #expect(denied.source == "ترامب" && denied.stance == "Deny" && denied.content == "مثل هذه الادعاءات")
        let rejected = try #require(event(cue: "رفض", containing: "التقارير"))
        #expect(rejected.source == "ترامب" && rejected.stance == "Deny")
        let described = try #require(event(cue: "وصفها", containing: "ملفقة"))
        #expect(described.stance == "Deny" && described.source == nil && described.content == "ملفقة")
        let alleged = try #require(event(cue: "ادعى", containing: "الفضل في تجنب الصراع النووي"))
        #expect(alleged.source == "ترامب" && alleged.stance == "Allege")
        #expect(alleged.content == "الفضل في تجنب الصراع النووي مع كوريا الشمالية")
    }

    @Test func believingParticipleIsMixed() throws {
        let believing = try #require(event(cue: "معتقداً", containing: "توافق بشكل جيد للغاية"))
        #expect(believing.stance == "Believe" && believing.form == "Mixed" && believing.source == nil)
        #expect(believing.content == "\"توافق بشكل جيد للغاية\" مع كيم")
    }

    @Test func englishTweetAndItsSignature() throws {
        let says = try #require(event(cue: "says", containing: "he agreed with North Korean leader"))
        #expect(says.source == "US President Donald Trump" && says.stance == "Assert")
        let cnn = try #require(found.first { $0.cue == "—" && $0.source == "CNN" })
        #expect(cnn.form == "Direct" && cnn.content.hasPrefix("US President Donald Trump says"))
        #expect(!cnn.content.contains("https://") && !cnn.content.contains("pic.twitter.com"))
        #expect(cnn.rule == "rule: tweet-signature")
    }

    @Test func headlineInsideATweetKeepsItsAddresseeOutOfTheSource() throws {
        let headline = try #require(found.first { $0.cue == ":" && $0.content == "LET'S TALK BEFORE YOU BLOW UP THE WORLD" })
        #expect(headline.source == "TRUMP" && headline.rule == "rule: headline-colon")
    }

    @Test func headlineColonInTheRelatedList() throws {
        let putin = try #require(found.first { $0.cue == ":" && $0.source == "بوتين" })
        #expect(putin.content == "الغرب يدفع روسيا نحو “الخطوط الحمراء”")
        #expect(putin.form == "Mixed" && putin.rule == "rule: headline-colon")
    }

    @Test func disclaimerAndNonClaims() throws {
        let disclaimers = document.textBounds.filter { $0.label == "Disclaimer" }
        #expect(disclaimers.map(\.text) == ["المقالة تعبر فقط عن رأي الصحيفة أو الكاتب"])
        for line in ["كلمات دلالية", "المصدر: RT Arabic", "إقرأ أيضاً", "مقالات مشابهة"] {
            let start = try #require(text.range(of: line)).lowerBound
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
            let lineEnd = offset + (text[start...].firstIndex(of: "\n").map { text.unicodeScalars.distance(from: start, to: $0) } ?? 0)
            #expect(!document.textBounds.contains { $0.fragments.contains { $0.overlaps(offset..<lineEnd) } }, "\(line) is tagged")
        }
    }

    @Test func everyEventHasOneStanceOneFormAndARuleNote() {
        for event in document.events {
            #expect(document.attributes(of: event.id).map(\.name).sorted() == ["Form", "Stance"])
            #expect(document.notes(of: event.id).count == 1)
        }
    }
}
