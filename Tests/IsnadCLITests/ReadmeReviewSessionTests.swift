import Foundation
import Testing
@testable import IsnadCLI

/// The README's reviewer session ("Check and fix"), replayed from its setup lines on the gold `news01`,
/// so the session a newcomer types gives the messages the README shows.
@Suite struct ReadmeReviewSessionTests {
    static let gold = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Annotations/gold/dev/news01"

    func check(_ arguments: [String]) -> (code: Int32, text: String) {
        let console = Console.memory()
        let code = Isnad.main(["check"] + arguments, console: console)
        return (code, console.output.text + console.error.text)
    }

    @Test func sessionGivesTheReadmeMessages() throws {
        let review = NSTemporaryDirectory() + "readme-review-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: review, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: review) }
        try FileManager.default.copyItem(atPath: Self.gold + ".txt", toPath: review + "/news01.txt")
        // grep -v -P '^(T1[5-7]|E6|A1[12])\t' … | sed 's/^T13\tSource/T13\tContent/'
        let removed: Set<String> = ["T15", "T16", "T17", "E6", "A11", "A12"]
        let goldLines = try String(contentsOfFile: Self.gold + ".ann", encoding: .utf8).split(separator: "\n")
        let spoiled = goldLines.filter { !removed.contains(String($0.prefix { $0 != "\t" })) }
            .map { $0.hasPrefix("T13\tSource") ? "T13\tContent" + $0.dropFirst("T13\tSource".count) : String($0) }
        let ann = review + "/news01.ann"
        try (spoiled.joined(separator: "\n") + "\n").write(toFile: ann, atomically: true, encoding: .utf8)

        let first = check([review])
        #expect(first.code == 1)
        #expect(first.text.contains(
            "news01.ann:24:19: error: Cue argument Source cannot be a Content (T13): expected Source (the Isnad scheme)"),
            "\(first.text)")

        let appended = """
        T?\tCue\tقال
        T?\tSource\tالمسؤول الكبير السابق في وزارة الدفاع الأميركية (البنتاغون) مايكل مولروي
        T?\tContent\tالتركيز الآن على أن هذا تسريب من الولايات المتحدة؛ لأن العديد من هذه الوثائق كان بحوزة الولايات المتحدة فقط
        E?\tCue:@L41 Source:@L42 Content:@L43
        A?\tStance @L44 Assert
        A?\tForm @L44 Direct

        """
        let relabelled = try String(contentsOfFile: ann, encoding: .utf8).replacingOccurrences(of: "T13\tContent", with: "T13\tSource")
        try (relabelled + appended).write(toFile: ann, atomically: true, encoding: .utf8)
        let second = check(["--fix", review])
        #expect(second.text.contains(
            "news01.ann:46:8: error: \"قال\" occurs 2 times in the text; write 'Cue @N' for the N-th: @1 at 411 414, @2 at 714 717"),
            "\(second.text)")
        #expect(second.text.contains("line 42: T? Source → T23 718 790"))

        let placed = try String(contentsOfFile: ann, encoding: .utf8).replacingOccurrences(of: "T?\tCue\tقال", with: "T?\tCue @2\tقال")
        try placed.write(toFile: ann, atomically: true, encoding: .utf8)
        let third = check(["--fix", review])
        #expect(third.code == 0)
        #expect(third.text.contains("isnad check: 1 file, 0 errors, 0 warnings"), "\(third.text)")
        let final = try String(contentsOfFile: ann, encoding: .utf8)
        #expect(final.contains("T25\tCue 714 717\tقال\n"))
        #expect(final.contains("E9\tCue:T25 Source:T23 Content:T24\n"))
        #expect(FileManager.default.fileExists(atPath: ann + ".orig.2"))
    }
}
