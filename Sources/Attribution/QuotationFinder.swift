/// Pairs quotation marks into quotations. A quotation not closed on its line runs on, line after line,
/// until a line that closes it (an odd number of its marks; a balanced pair inside is a scare quote),
/// a line whose first mark of an asymmetric pair (“ ”), past short scare quotes inside a sentence, opens a new
/// quotation after the line's first word,
/// a line where a passage ends (disclaimer, credit, signature), or `maxRunOnLines`.
struct QuotationFinder {
    var pairs: [(open: [Unicode.Scalar], close: [Unicode.Scalar])]
    var maxRunOnLines = 40
    /// A bit for every scalar value up to the largest that starts a mark: the first scalar of a mark
    /// is found with one shift and one mask per scalar of the text.
    private let firstScalarBits: [UInt64]
    /// Whether no mark starts with an Arabic letter (U+0600–U+06FF), so that the scan rules out most
    /// scalars of an Arabic text with one comparison.
    private let arabicBlockStartsNoMark: Bool
    /// The smallest scalar value that starts a mark: spaces and line breaks lie below the usual ones.
    private let lowestMarkStart: UInt32

    init(pairs: [(open: [Unicode.Scalar], close: [Unicode.Scalar])]) {
        self.pairs = pairs
        let firstScalars = pairs.flatMap { [$0.open.first, $0.close.first].compactMap { $0 } }
        var bits = [UInt64](repeating: 0, count: Int(firstScalars.map(\.value).max() ?? 0) / 64 + 1)
        for scalar in firstScalars { bits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63) }
        firstScalarBits = bits
        arabicBlockStartsNoMark = !firstScalars.contains { (0x600..<0x700).contains($0.value) }
        lowestMarkStart = firstScalars.map(\.value).min() ?? UInt32.max
    }

    /// The first offset in `range` of `scalars` whose scalar starts some mark (`range.upperBound` if none).
    private func firstMarkStart(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Int {
        firstScalarBits.withUnsafeBufferPointer { bits in
            scalars.withUnsafeBufferPointer { buffer in
                var next = range.lowerBound
                // eight scalars at a time: a block whose scalars all lie below the lowest mark start
                // (spaces, line breaks) or in a block no mark starts in (Arabic letters) is passed with
                // a few vector operations; a block with another scalar is read scalar by scalar
                if let base = UnsafeRawPointer(buffer.baseAddress) {
                    // scalar values (at most 0x10FFFF) compared as signed numbers: the compares the
                    // vector unit has (unsigned ones take three operations each); a scalar lies in
                    // the Arabic block when its value shifted right by 8 is 6
                    let belowLowest = SIMD8<Int32>(repeating: Int32(truncatingIfNeeded: min(lowestMarkStart, 0x11_0000)) &- 1)
                    let block = SIMD8<Int32>(repeating: arabicBlockStartsNoMark ? 6 : -1)
                    let upper = range.upperBound
                    while next &+ 8 <= upper {
                        let values = base.loadUnaligned(fromByteOffset: next &* MemoryLayout<Unicode.Scalar>.stride,
                                                        as: SIMD8<Int32>.self)
                        let candidates = (values .> belowLowest) .& .!((values &>> 8) .== block)
                        if any(candidates) {
                            for lane in 0..<8 where candidates[lane] && startsMark(UInt32(bitPattern: values[lane]), bits) {
                                return next + lane
                            }
                        }
                        next &+= 8
                    }
                }
                while next < range.upperBound {
                    if startsMark(buffer[next].value, bits) { return next }
                    next += 1
                }
                return next
            }
        }
    }

    /// Whether scalar value `value` starts some mark (its bit in `bits`, `firstScalarBits`).
    @inline(__always)
    private func startsMark(_ value: UInt32, _ bits: UnsafeBufferPointer<UInt64>) -> Bool {
        let word = Int(value >> 6)
        return word < bits.count && bits[word] >> UInt64(value & 63) & 1 != 0
    }

    private struct Mark {
        var range: Range<Int>
        var pair: Int
        var opens: Bool
        var closes: Bool
    }

    func quotations(in analysis: DocumentAnalysis, passageEnds: LineSet) -> [Quotation] {
        var result: [Quotation] = []
        var open: (mark: Mark, line: Int)?
        var lastTextLine = 0
        // the marks of the line at hand (one array for every line)
        var marks: [Mark] = []
        for line in 0..<analysis.lineCount {
            let range = analysis.lineRange(line)
            if let current = open, current.line < line,
               passageEnds.contains(line) || line - current.line > maxRunOnLines {
                let end = analysis.lineRange(lastTextLine).upperBound
                result.append(quotation(current.mark, close: nil, end: max(end, current.mark.range.upperBound), in: analysis))
                open = nil
            }
            self.marks(in: range, of: analysis.scalars, into: &marks)
            var index = 0
            if let current = open, current.line < line {
                let own = marks.filter { $0.pair == current.mark.pair && $0.closes }
                let symmetric = pairs[current.mark.pair].open == pairs[current.mark.pair].close
                // وقال المصدر لإذاعة “صوت الشعب” …: a line whose first mark of the pair opens after its first
                // word starts quotations of its own; the one left open ended on the line before
                // review16: short balanced pairs inside a sentence (`الحديث عن “الانسجام” بين …`) are scare quotes
                // inside the run-on quotation (GUIDELINES 6.2): the first other mark of the pair decides
                var scares: [(open: Mark, close: Mark)] = []
                var firstOwn = marks.first { $0.pair == current.mark.pair }
                if !symmetric {
                    let ownMarks = marks.filter { $0.pair == current.mark.pair }
                    var cursor = 0
                    while cursor + 1 < ownMarks.count, isScareQuote(ownMarks[cursor], ownMarks[cursor + 1], line: range, in: analysis) {
                        scares.append((ownMarks[cursor], ownMarks[cursor + 1]))
                        cursor += 2
                    }
                    firstOwn = cursor < ownMarks.count ? ownMarks[cursor] : nil
                }
                if !symmetric, !scares.isEmpty, firstOwn == nil || firstOwn?.closes == true {
                    result.append(contentsOf: scares.map { quotation($0.open, close: $0.close.range, end: $0.close.range.lowerBound, in: analysis) })
                    if let first = firstOwn {
                        // the run-on quotation closes after its scare quotes (والحديث عن «صفقة القرن» لا يعني شيئا».)
                        result.append(quotation(current.mark, close: first.range, end: first.range.lowerBound, in: analysis))
                        open = nil
                        index = (marks.firstIndex { $0.range == first.range } ?? marks.count - 1) + 1
                    } else {
                        index = marks.count   // only scare quotes on this line: the quotation runs on
                    }
                } else if !symmetric, let firstOwn, firstOwn.opens, !firstOwn.closes,
                   firstOwn.range.lowerBound > firstText(range, analysis.scalars) {
                    let end = analysis.lineRange(lastTextLine).upperBound
                    result.append(quotation(current.mark, close: nil, end: max(end, current.mark.range.upperBound), in: analysis))
                    open = nil
                } else if symmetric, own.count % 2 == 0 {
                    index = marks.count   // balanced marks on a run-on line are scare quotes inside it
                    result.append(contentsOf: balanced(marks, in: analysis))
                } else if let first = own.first(where: { $0.range.lowerBound > firstText(range, analysis.scalars) || !symmetric }) {
                    result.append(quotation(current.mark, close: first.range, end: first.range.lowerBound, in: analysis))
                    open = nil
                    index = (marks.firstIndex { $0.range == first.range } ?? marks.count - 1) + 1
                }
            }
            while index < marks.count {
                let mark = marks[index]
                index += 1
                if let current = open {
                    // “…“: on the quotation's own line an opening mark of its pair closes it
                    if mark.pair == current.mark.pair, mark.closes || current.line == line {
                        result.append(quotation(current.mark, close: mark.range, end: mark.range.lowerBound, in: analysis))
                        open = nil
                    }
                } else if mark.opens || marks[index...].contains(where: { $0.pair == mark.pair }) {
                    // ”…“ and ”…”: a closing mark opens when another mark of its pair follows on the line
                    open = (mark, line)
                }
            }
            if !range.isEmpty, analysis.scalars[range].contains(where: { !ScalarClass.isWhitespace($0) }) { lastTextLine = line }
        }
        if let current = open {
            let end = analysis.lineRange(lastTextLine).upperBound
            result.append(quotation(current.mark, close: nil, end: max(end, current.mark.range.upperBound), in: analysis))
        }
        return result.sorted { $0.open.lowerBound < $1.open.lowerBound }
    }

    /// Whether `open` and `close` (of one asymmetric pair, on one run-on line) enclose a scare quote: at most
    /// three words, not after a colon, with words after it on the line (`الحديث عن “الانسجام” بين الأطراف`), not a
    /// short quotation of its own (`وأضاف: “لن نتراجع”.`).
    private func isScareQuote(_ open: Mark, _ close: Mark, line: Range<Int>, in analysis: DocumentAnalysis) -> Bool {
        guard open.opens, !open.closes, close.closes, !close.opens else { return false }
        let scalars = analysis.scalars
        let inner = open.range.upperBound..<close.range.lowerBound
        let words = scalars.withUnsafeBufferPointer { ScalarClass.letterRuns(in: UnsafeBufferPointer(rebasing: $0[inner])) }
        guard words >= 1, words <= 3 else { return false }
        if let before = (line.lowerBound..<open.range.lowerBound).last(where: { !ScalarClass.isWhitespace(scalars[$0]) }),
           scalars[before] == ":" { return false }
        return (close.range.upperBound..<line.upperBound).contains { scalars[$0].properties.isAlphabetic }
    }

    private func firstText(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Int {
        range.first { !ScalarClass.isWhitespace(scalars[$0]) } ?? range.upperBound
    }

    private func balanced(_ marks: [Mark], in analysis: DocumentAnalysis) -> [Quotation] {
        var result: [Quotation] = []
        var open: Mark?
        for mark in marks {
            if let current = open {
                if mark.pair == current.pair, mark.closes {
                    result.append(quotation(current, close: mark.range, end: mark.range.lowerBound, in: analysis))
                    open = nil
                }
            } else if mark.opens {
                open = mark
            }
        }
        return result
    }

    private func quotation(_ open: Mark, close: Range<Int>?, end: Int, in analysis: DocumentAnalysis) -> Quotation {
        let inner = open.range.upperBound..<max(open.range.upperBound, end)
        let words = analysis.scalars.withUnsafeBufferPointer { ScalarClass.letterRuns(in: UnsafeBufferPointer(rebasing: $0[inner])) }
        return Quotation(open: open.range, close: close, inner: inner, wordCount: words)
    }

    /// Replaces the contents of `result` with the marks in `range` of `scalars`, in order.
    private func marks(in range: Range<Int>, of scalars: [Unicode.Scalar], into result: inout [Mark]) {
        result.removeAll(keepingCapacity: true)
        var offset = range.lowerBound
        while offset < range.upperBound {
            // most scalars start no mark: skipped in a tight loop over the buffer
            offset = firstMarkStart(in: offset..<range.upperBound, of: scalars)
            guard offset < range.upperBound else { break }
            var found: Mark?
            let first = scalars[offset]
            for (index, pair) in pairs.enumerated() where pair.open.first == first || pair.close.first == first {
                let opens = matches(pair.open, at: offset, in: scalars, limit: range.upperBound)
                let closes = matches(pair.close, at: offset, in: scalars, limit: range.upperBound)
                if opens || closes {
                    let length = opens ? pair.open.count : pair.close.count
                    if length > (found?.range.count ?? 0) {
                        found = Mark(range: offset..<(offset + length), pair: index, opens: opens, closes: closes)
                    }
                }
            }
            if let mark = found {
                result.append(mark)
                offset = mark.range.upperBound
            } else {
                offset += 1
            }
        }
    }

    private func matches(_ mark: [Unicode.Scalar], at offset: Int, in scalars: [Unicode.Scalar], limit: Int) -> Bool {
        guard !mark.isEmpty, offset + mark.count <= limit else { return false }
        for (index, scalar) in mark.enumerated() where scalars[offset + index] != scalar { return false }
        return true
    }
}
