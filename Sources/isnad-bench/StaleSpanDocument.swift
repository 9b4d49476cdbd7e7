import Foundation
import Parallelism
import Standoff

/// An Arabic text made of corpus lines (every pass over them shuffled, so words and sentences
/// repeat), annotated with spans of one to three words, then edited at several places
/// (insertions of words from the text, deletions, words repeated right where they stand) so that
/// the spans after the first edit no longer cover their text: what `isnad check --fix` re-anchors.
struct StaleSpanDocument {
    /// The text the spans were made on (what `DOC.txt.orig` keeps).
    let oldText: String
    /// The edited text (`DOC.txt`).
    let newText: String
    /// The `.ann` file: spans with their offsets in `oldText`.
    let annotations: String
    /// How many spans the `.ann` has.
    let spanCount: Int
    /// How many of them no longer cover their text in `newText`.
    let staleCount: Int

    /// `قال الوزير. ` said `count` times, a Cue span on each `قال`, then `و` written before every
    /// `قال`: every span moved by one more than the one before it and all have the same text, so
    /// each is placed only after its neighbour (the case that was cubic). With `distinct`, each
    /// sentence is a different made-up word instead (`كلمة` and four letters), every one of them
    /// said again after all the others.
    init(chainOf count: Int, distinct: Bool = false) {
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي".unicodeScalars)
        func word(_ number: Int) -> String {
            guard distinct else { return "قال" }
            var rest = number, view = String.UnicodeScalarView("كلمة".unicodeScalars)
            for _ in 0..<4 { view.append(letters[rest % letters.count]); rest /= letters.count }
            return String(view)
        }
        var builder = AnnotationDocumentBuilder()
        var old = "", new = "", offset = 0
        for k in 0..<count {
            let w = word(k), length = w.unicodeScalars.count
            builder.addTextBound(label: "Cue", fragments: [offset..<(offset + length)], text: w)
            old += w + (distinct ? ". " : " الوزير. ")
            new += "و" + w + (distinct ? ". " : " الوزير. ")
            offset = old.unicodeScalars.count
        }
        if distinct {
            let again = "\n" + (0..<count).map { word($0) + ". " }.joined() + "\n"
            old += again
            new += again
        }
        oldText = old
        newText = new
        annotations = builder.build().serialized()
        spanCount = count
        staleCount = count
    }

    /// The non-empty lines of the `.txt` files in `folder` (sorted by name), as scalars.
    static func corpusLines(in folder: String) throws -> [[Unicode.Scalar]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var lines: [[Unicode.Scalar]] = []
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { lines.append(Array(trimmed.unicodeScalars)) }
            }
        }
        return lines
    }

    /// A word of the old text: its scalar range and the line it is on.
    private struct Word {
        var start: Int
        var end: Int
        var line: Int
    }

    /// Builds a document with about `staleSpans` stale spans after `edits` edits, the first at
    /// the start of the text; with a `vocabulary`, the text is lines of 8 to 15 words drawn
    /// from the first that many different words of `lines` instead of `lines` themselves, so
    /// that every span's text occurs many times. The same arguments give the same document.
    init(lines corpusLines: [[Unicode.Scalar]], staleSpans: Int, edits: Int, seed: UInt64, vocabulary: Int? = nil) {
        var generator = SplitMix64(seed: seed)
        func random(_ bound: Int) -> Int { bound <= 1 ? 0 : generator.next(below: bound) }
        var lines = corpusLines
        if let vocabulary {
            var seen: Set<[Unicode.Scalar]> = []
            var chosen: [[Unicode.Scalar]] = []
            for line in corpusLines {
                for word in line.split(separator: " ") where chosen.count < vocabulary && seen.insert(Array(word)).inserted {
                    chosen.append(Array(word))
                }
            }
            lines = (0..<max(1, staleSpans / 3)).map { _ in
                Array((0..<(8 + random(8))).map { _ in chosen[random(chosen.count)] }.joined(separator: [" "]))
            }
        }

        // The old text: passes over the corpus lines in a shuffled order until it has enough words.
        let wordsNeeded = staleSpans * 36 / 10 + 20
        var old: [Unicode.Scalar] = []
        var words: [Word] = []
        var lineNumber = 0
        while words.count < wordsNeeded {
            var order = Array(lines.indices)
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random(i + 1)) }
            for index in order where words.count < wordsNeeded {
                var start: Int?
                for scalar in lines[index] {
                    if scalar == " " || scalar == "\t" {
                        if let s = start { words.append(Word(start: s, end: old.count, line: lineNumber)); start = nil }
                    } else if start == nil {
                        start = old.count
                    }
                    old.append(scalar)
                }
                if let s = start { words.append(Word(start: s, end: old.count, line: lineNumber)) }
                old.append("\n")
                lineNumber += 1
            }
        }

        // Spans of one to three words on one line, one to three words apart.
        var builder = AnnotationDocumentBuilder()
        var spans: [Range<Int>] = []
        let labels = ["Cue", "Source", "Content"]
        var w = random(3)
        while w < words.count {
            let roll = random(20)
            let length = roll < 14 ? 1 : (roll < 19 ? 2 : 3)
            let last = w + length - 1
            if last < words.count, words[last].line == words[w].line {
                let range = words[w].start..<words[last].end
                builder.addTextBound(label: labels[spans.count % labels.count], fragments: [range], in: old)
                spans.append(range)
            }
            w += length + 1 + random(3)
        }

        // The edits, at word starts: the first within the first three words, the rest anywhere.
        var places = Set([random(min(3, words.count))])
        while places.count < min(edits, words.count) { places.insert(random(words.count)) }
        var new: [Unicode.Scalar] = []
        var copied = 0
        for place in places.sorted() {
            let at = words[place].start
            guard at >= copied else { continue }
            new += old[copied..<at]
            copied = at
            let count = 1 + random(5)
            let sameLine = place + count < words.count && words[place + count].line == words[place].line
            switch random(10) {
            case 0..<4:
                // Words from anywhere in the text, so their occurrences repeat.
                for _ in 0..<count {
                    let word = words[random(words.count)]
                    new += old[word.start..<word.end]
                    new.append(" ")
                }
            case 4..<7 where sameLine:
                copied = words[place + count].start
            case 7..<10 where sameLine:
                // The next words twice: an occurrence right beside the one annotated.
                new += old[at..<words[place + count].start]
            default:
                new += "وقال الوزير ".unicodeScalars
            }
        }
        new += old[copied...]

        oldText = String(String.UnicodeScalarView(old))
        newText = String(String.UnicodeScalarView(new))
        annotations = builder.build().serialized()
        spanCount = spans.count
        staleCount = spans.filter { range in range.upperBound > new.count || !new[range].elementsEqual(old[range]) }.count
    }
}
