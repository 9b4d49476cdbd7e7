import Agreement
import Parallelism
import Foundation

/// Runs the agree benchmark and returns the exit code: 1,000 synthetic documents of 2,000 words,
/// 3 annotators, every measure with a 1,000-resample bootstrap (`--documents N`, `--words N`,
/// `--samples N` change the size).
func runAgreeBenchmark(_ arguments: [String]) -> Int32 {
    func option(_ name: String, _ fallback: Int) -> Int {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let value = Int(arguments[index + 1]) else { return fallback }
        return value
    }
    let documentCount = option("--documents", 1000), words = option("--words", 2000), samples = option("--samples", 1000)
    let started = Date()
    let documents = (0..<documentCount).map { SyntheticAgreementDocument.make(index: $0, words: words, annotators: 3) }
    let made = Date()
    let cpuBefore = processorSeconds()
    let study = AgreementStudy(annotators: ["A", "B", "C"], documents: documents)
    let report = study.report(unitKind: .tokens, units: UnitKind.tokens.segmenter, bootstrap: Bootstrap(samples: samples, seed: 1),
                              keepPairs: false)
    let finished = Date()
    let seconds = finished.timeIntervalSince(made)
    let cpu = processorSeconds() - cpuBefore
    let spans = documents.reduce(0) { $0 + $1.annotations.reduce(0) { $0 + ($1?.spans.count ?? 0) } }
    print("agree: \(documentCount) documents × \(words) words, 3 annotators, \(spans) spans, \(report.figures.count) figures, \(samples) bootstrap resamples")
    print("agree: \(String(format: "%.2f", seconds)) s wall, \(String(format: "%.2f", cpu)) s CPU on \(ProcessInfo.processInfo.activeProcessorCount) cores for all measures with bootstrap (target < 10 s); synthetic data made in \(String(format: "%.2f", made.timeIntervalSince(started))) s")
    for (measure, label, annotators) in [("Krippendorff α", "all", "all"), ("αu", "all", "all"), ("F1 overlap", "micro", "A–B"), ("Krippendorff α", "Stance", "all")] {
        if let figure = report.figure(measure, label: label, annotators: annotators) {
            print("  \(measure) \(label) \(annotators): \(figure.statistic) \(figure.interval?.formatted() ?? "")")
        }
    }
    return seconds < 10 ? 0 : 1
}

/// User plus system CPU seconds of this process so far.
private func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
}

/// Synthetic Arabic-like documents with attributions that three annotators mark with small
/// disagreements (boundaries shifted, spans missed, stances changed).
enum SyntheticAgreementDocument {
    static let vocabulary = ["الرئيس", "الحكومة", "الاقتصاد", "ينمو", "بسرعة", "البطالة", "تراجعت", "هذا", "العام", "في",
                             "على", "من", "إلى", "المدينة", "الشركة", "السوق", "الأسعار", "ارتفعت", "الوزير", "المجلس"]
    static let stances = ["Assert", "Believe", "Hedge", "Allege", "Deny"]

    static func make(index: Int, words: Int, annotators: Int) -> DocumentAnnotations {
        var generator = SplitMix64(seed: UInt64(index) &* 0x9E37_79B9 &+ 17)
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        for w in 0..<words {
            if w > 0 { scalars.append(w % 25 == 24 ? "\n" : " ") }
            starts.append(scalars.count)
            scalars.append(contentsOf: vocabulary[generator.next(below: vocabulary.count)].unicodeScalars)
        }
        func range(_ first: Int, _ count: Int) -> Range<Int> {
            let last = min(words - 1, first + count - 1)
            let end = last + 1 < words ? starts[last + 1] - 1 : scalars.count
            return starts[first]..<end
        }
        // Gold attributions every 20 words: Source (2 words), Cue (1), Content (8).
        var base: [(source: Range<Int>, cue: Range<Int>, content: Range<Int>, stance: Int)] = []
        var w = 0
        while w + 12 < words {
            base.append((range(w + 1, 2), range(w, 1), range(w + 3, 8), generator.next(below: stances.count)))
            w += 20
        }
        let annotations = (0..<annotators).map { annotator -> AnnotatedDocument? in
            var spans: [Span] = []
            var records: [AttributionRecord] = []
            for (k, item) in base.enumerated() {
                if generator.next(below: 100) < 5 { continue }
                var content = item.content
                if annotator > 0, generator.next(below: 100) < 15 {
                    content = content.lowerBound..<max(content.lowerBound + 1, content.upperBound - 1 - generator.next(below: 8))
                }
                let source = Span(id: "T\(3 * k + 1)", label: "Source", fragments: [item.source], text: "")
                let cue = Span(id: "T\(3 * k + 2)", label: "Cue", fragments: [item.cue], text: "")
                let contentSpan = Span(id: "T\(3 * k + 3)", label: "Content", fragments: [content], text: "")
                spans += [source, cue, contentSpan]
                let stance = generator.next(below: 100) < 10 ? generator.next(below: stances.count) : item.stance
                records.append(AttributionRecord(id: "E\(k + 1)", cue: cue, sources: [source], contents: [contentSpan],
                                                 stance: stances[stance], form: "Indirect", rule: nil))
            }
            if generator.next(below: 100) < 30 {
                spans.append(Span(id: "T0", label: "Disclaimer", fragments: [range(words - 6, 6)], text: ""))
            }
            return AnnotatedDocument(spans: spans, attributions: records)
        }
        return DocumentAnnotations(path: "doc\(index)", scalars: scalars, annotations: annotations)
    }
}
