import Foundation
import IsnadCLI
import Standoff
import TextFiles

/// Runs the check benchmark and returns the exit code: generates 10,000 `.ann`/`.txt` pairs of
/// 50 annotation lines in a temporary folder (or in FOLDER, kept) and times `isnad check` on it.
/// Arguments: `[N] [FOLDER]`.
func runCheckBenchmark(_ arguments: [String]) -> Int32 {
    let documents = arguments.first.flatMap(Int.init) ?? 10_000
    let kept = arguments.count > 1 ? arguments[1] : nil
    let folder = kept ?? NSTemporaryDirectory() + "isnad-check-bench-" + UUID().uuidString
    defer { if kept == nil { try? FileManager.default.removeItem(atPath: folder) } }
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try BratConfiguration.writeIsnadFiles(to: folder)
        let started = Date()
        var lines = 0
        for index in 0..<documents {
            let (text, annotations, count) = benchmarkDocument(index)
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/doc\(index).txt"))
            try Data(annotations.utf8).write(to: URL(fileURLWithPath: folder + "/doc\(index).ann"))
            lines += count
        }
        print("generated \(documents) documents, \(lines) annotation lines in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    } catch {
        print("isnad-bench check: \(error)")
        return 1
    }
    let console = Console.memory()
    let cpuBefore = processCPUSeconds()
    let started = Date()
    let code = Isnad.main(["check", folder], console: console)
    let seconds = Date().timeIntervalSince(started)
    let cpu = processCPUSeconds() - cpuBefore
    let problems = console.output.text.split(separator: "\n").count
    print("isnad check on \(documents) files of 50 lines: \(String(format: "%.2f", seconds)) s wall, \(String(format: "%.2f", cpu)) s CPU on \(ProcessInfo.processInfo.activeProcessorCount) cores (exit \(code), \(problems) diagnostics; target < 5 s wall)")
    print(console.error.text.trimmingCharacters(in: .whitespacesAndNewlines))
    return code == 0 && problems == 0 ? 0 : 1
}

/// One generated document: 8 attributions (Source, Cue, Content, event, Stance, Form) and two
/// disclaimers, 50 lines, over an Arabic text of 10 lines.
private func benchmarkDocument(_ seed: Int) -> (text: String, annotations: String, lines: Int) {
    let speakers = ["الوزير", "المتحدث باسم الحكومة", "مصادر مطلعة", "وكالة فارس الإيرانية", "دميتري موسياكوف"]
    let claims = ["الاقتصاد ينمو بسرعة", "المفاوضات ستستأنف قريباً", "الوضع مستقر 📈", "لن نتراجع عن قرارنا", "الاتفاق لم يُوقَّع بعد"]
    var scalars: [Unicode.Scalar] = []
    var builder = AnnotationDocumentBuilder()
    func append(_ string: String) -> Range<Int> {
        let start = scalars.count
        scalars += string.unicodeScalars
        return start..<scalars.count
    }
    for k in 0..<8 {
        let cue = append("قال ")
        let source = append(speakers[(seed + k) % speakers.count])
        _ = append(": \"")
        let content = append(claims[(seed * 7 + k) % claims.count])
        _ = append("\".\n")
        let cueID = builder.addTextBound(label: "Cue", fragments: [cue.lowerBound..<cue.upperBound - 1], in: scalars)
        let sourceID = builder.addTextBound(label: "Source", fragments: [source], in: scalars)
        let contentID = builder.addTextBound(label: "Content", fragments: [content], in: scalars)
        let event = builder.addEvent(type: "Cue", trigger: cueID, arguments: [Argument(role: "Source", id: sourceID), Argument(role: "Content", id: contentID)])
        builder.addAttribute(name: "Stance", target: event, value: "Assert")
        builder.addAttribute(name: "Form", target: event, value: "Direct")
    }
    for _ in 0..<2 {
        let disclaimer = append("المقالة تعبر فقط عن رأي الصحيفة أو الكاتب")
        _ = append(".\n")
        builder.addTextBound(label: "Disclaimer", fragments: [disclaimer], in: scalars)
    }
    let document = builder.build()
    return (String(String.UnicodeScalarView(scalars)), document.serialized(), document.lines.count)
}

/// User plus system CPU time of this process so far, in seconds (all threads).
private func processCPUSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}
