/// Everything agreement computes from one document: additive statistics, αu length histograms,
/// the aligned span pairs and the document's own figures.
struct DocumentAnalysis: Sendable {
    /// The additive statistics.
    var statistics: DocumentStatistics
    /// Per label, how many units have each length (complete documents only).
    var unitLengths: [[Int: Double]]
    /// Per label, how many gaps have each length (complete documents only).
    var gapLengths: [[Int: Double]]
    /// Spans aligned across labels by overlap, per annotator pair (when asked for).
    var pairs: [AlignedPair]
    /// Aligned labels: first annotator's label → second's → count (`—`: no counterpart).
    var confusion: [String: [String: Int]]
    /// The document's row in the worst-first list.
    var breakdown: DocumentBreakdown

    /// Analyses `document` for `annotators` over `labels`, with `units` as the IO units; keeps the
    /// aligned span pairs when `keepPairs`.
    init(_ document: DocumentAnnotations, annotators: [String], labels: [String], units: [Range<Int>], keepPairs: Bool) {
        let m = annotators.count
        var statistics = DocumentStatistics(annotators: m, labels: labels.count)
        statistics.documents = 1
        let present = document.present
        let complete = present.count == m
        statistics.completeDocuments = complete ? 1 : 0
        statistics.pairableDocuments = present.count > 1 ? 1 : 0
        let byLabel: [[[Span]]?] = document.annotations.map { annotated in
            annotated.map { doc in labels.map { label in doc.spans.filter { $0.label == label } } }
        }
        // Pairwise spans and attributions.
        var pairs: [AlignedPair] = []
        var confusion: [String: [String: Int]] = [:]
        var disagreements = 0
        var pooled = MatchCounts()
        let byStart: (AlignedPair, AlignedPair) -> Bool = { ($0.first?.start ?? $0.second?.start ?? 0) < ($1.first?.start ?? $1.second?.start ?? 0) }
        for (p, (i, j)) in NominalTally.pairs(of: m).enumerated() {
            guard let first = document.annotations[i], let second = document.annotations[j],
                  let firstByLabel = byLabel[i], let secondByLabel = byLabel[j] else { continue }
            statistics.pairDocuments[p] = 1
            for l in labels.indices {
                let a = firstByLabel[l], b = secondByLabel[l]
                let matched = SpanMatcher.matchCounts(a, b)
                for (modeIndex, mode) in MatchMode.allCases.enumerated() {
                    let count = mode == .exact ? matched.exact : matched.overlap
                    let counts = MatchCounts(matched: Double(count), reference: Double(a.count), candidate: Double(b.count))
                    statistics.spans[modeIndex][p][l] = counts
                    if mode == .overlap { pooled.add(counts) }
                }
            }
            let matchedAttributions = AttributionRecord.align(first.attributions, second.attributions).count
            statistics.attributions[p] = MatchCounts(matched: Double(matchedAttributions),
                                                     reference: Double(first.attributions.count),
                                                     candidate: Double(second.attributions.count))
            let aligned = SpanMatcher.align(first.spans, second.spans, mode: .overlap, sameLabel: false)
            var usedFirst = [Bool](repeating: false, count: first.spans.count)
            var usedSecond = [Bool](repeating: false, count: second.spans.count)
            var pairPairs: [AlignedPair] = []
            func keep(_ a: Span?, _ b: Span?) {
                confusion[a?.label ?? LabelConfusion.none, default: [:]][b?.label ?? LabelConfusion.none, default: 0] += 1
                if let a, let b, a.label == b.label, a.coversExactly(b) {} else { disagreements += 1 }
                if keepPairs {
                    pairPairs.append(AlignedPair(document: document.path, firstAnnotator: annotators[i], secondAnnotator: annotators[j],
                                                 first: a, second: b))
                }
            }
            for (x, y) in aligned {
                usedFirst[x] = true
                usedSecond[y] = true
                keep(first.spans[x], second.spans[y])
            }
            for x in first.spans.indices where !usedFirst[x] { keep(first.spans[x], nil) }
            for y in second.spans.indices where !usedSecond[y] { keep(nil, second.spans[y]) }
            pairs += pairPairs.sorted(by: byStart)
        }
        // IO units per label, pooled last.
        for l in labels.indices {
            let intervals = byLabel.map { perLabel in perLabel.map { Self.merged($0[l].flatMap { $0.fragments }) } }
            statistics.units[l] = Self.ioTally(units: units, intervals: intervals, annotators: m)
            statistics.units[labels.count].add(statistics.units[l])
        }
        // Unitizing over scalars, complete documents only.
        var unitLengths = Array(repeating: [Int: Double](), count: labels.count)
        var gapLengths = Array(repeating: [Int: Double](), count: labels.count)
        if complete {
            for l in labels.indices {
                let continuum = UnitizingContinuum(begin: 0, length: document.scalars.count,
                                                   units: byLabel.map { $0?[l].flatMap { $0.fragments } ?? [] })
                var tally = continuum.tally
                unitLengths[l] = tally.unitLengths
                gapLengths[l] = tally.gapLengths
                tally.unitLengths = [:]
                tally.gapLengths = [:]
                statistics.unitizing[l] = tally
            }
        }
        Self.addAttributes(document, annotators: m, to: &statistics)
        statistics.brokenEvents = Double(document.annotations.reduce(0) { $0 + ($1?.brokenEvents.count ?? 0) })
        self.statistics = statistics
        self.unitLengths = unitLengths
        self.gapLengths = gapLengths
        self.pairs = pairs
        self.confusion = confusion
        breakdown = DocumentBreakdown(
            path: document.path,
            spanF1: present.count > 1 ? pooled.f1 : .undefined(.fewerThanTwoAnnotators),
            unitAlpha: present.count > 1 ? statistics.units[labels.count].coincidences.alpha() : .undefined(.fewerThanTwoAnnotators),
            spanCounts: document.annotations.map { $0?.spans.count },
            disagreements: disagreements)
    }

    /// Sorted, merged intervals.
    static func merged(_ fragments: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for fragment in fragments.sorted(by: { $0.lowerBound < $1.lowerBound }) where !fragment.isEmpty {
            if let last = result.last, fragment.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, fragment.upperBound)
            } else {
                result.append(fragment)
            }
        }
        return result
    }

    /// The IO tally of one label: a unit is inside for an annotator when one of their intervals
    /// touches it; an annotator without a file gives missing values.
    static func ioTally(units: [Range<Int>], intervals: [[Range<Int>]?], annotators m: Int) -> NominalTally {
        guard m <= packedAnnotators else { return ioTallyByPattern(units: units, intervals: intervals, annotators: m) }
        var power = 1
        for _ in 0..<m { power *= 3 }
        var dense = power <= 6561 ? Array(repeating: 0.0, count: power) : []
        var sparse: [Int: Double] = [:]
        var cursors = Array(repeating: 0, count: m)
        for unit in units {
            var code = 0
            for a in 0..<m {
                var digit = 0
                if let list = intervals[a] {
                    var cursor = cursors[a]
                    while cursor < list.count, list[cursor].upperBound <= unit.lowerBound { cursor += 1 }
                    cursors[a] = cursor
                    digit = cursor < list.count && list[cursor].lowerBound < unit.upperBound ? 2 : 1
                }
                code = code * 3 + digit
            }
            if dense.isEmpty { sparse[code, default: 0] += 1 } else { dense[code] += 1 }
        }
        var tally = NominalTally(annotators: m, categories: 2)
        let patterns: [(Int, Double)] = dense.isEmpty
            ? Array(sparse)
            : dense.enumerated().compactMap { $1 > 0 ? ($0, $1) : nil }
        for (code, count) in patterns {
            var values = [Int?](repeating: nil, count: m)
            var rest = code
            for a in stride(from: m - 1, through: 0, by: -1) {
                let digit = rest % 3
                rest /= 3
                values[a] = digit == 0 ? nil : digit - 1
            }
            tally.addUnit(values, times: count)
        }
        return tally
    }

    /// The most annotators whose values at a unit pack into one `Int` code of base-3 digits
    /// (3^39 < 2^63); `isnad agree` with 40 folders overflowed the code and trapped.
    static let packedAnnotators = 39

    /// `ioTally` for more annotators than a packed code holds: each unit's values are kept as an
    /// array, the patterns counted in the order they first occur.
    private static func ioTallyByPattern(units: [Range<Int>], intervals: [[Range<Int>]?], annotators m: Int) -> NominalTally {
        var patterns: [[Int?]] = []
        var counts: [Double] = []
        var index: [[Int?]: Int] = [:]
        var cursors = Array(repeating: 0, count: m)
        for unit in units {
            var values = [Int?](repeating: nil, count: m)
            for a in 0..<m {
                guard let list = intervals[a] else { continue }
                var cursor = cursors[a]
                while cursor < list.count, list[cursor].upperBound <= unit.lowerBound { cursor += 1 }
                cursors[a] = cursor
                values[a] = cursor < list.count && list[cursor].lowerBound < unit.upperBound ? 1 : 0
            }
            if let known = index[values] {
                counts[known] += 1
            } else {
                index[values] = patterns.count
                patterns.append(values)
                counts.append(1)
            }
        }
        var tally = NominalTally(annotators: m, categories: 2)
        for (values, count) in zip(patterns, counts) { tally.addUnit(values, times: count) }
        return tally
    }

    /// Stance and Form over the attributions every present annotator shares (aligned to the
    /// first present annotator's).
    private static func addAttributes(_ document: DocumentAnnotations, annotators m: Int, to statistics: inout DocumentStatistics) {
        let present = document.present
        guard present.count > 1, let anchor = present.first, let anchorDocument = document.annotations[anchor] else { return }
        var partners: [Int: [Int: Int]] = [:]
        for other in present.dropFirst() {
            guard let otherDocument = document.annotations[other] else { continue }
            var map: [Int: Int] = [:]
            for (x, y) in AttributionRecord.align(anchorDocument.attributions, otherDocument.attributions) { map[x] = y }
            partners[other] = map
        }
        var shared = 0
        for (x, record) in anchorDocument.attributions.enumerated() {
            var stances = [Int?](repeating: nil, count: m)
            var forms = [Int?](repeating: nil, count: m)
            stances[anchor] = record.stance.flatMap { Stances.values.firstIndex(of: $0) }
            forms[anchor] = record.form.flatMap { Forms.values.firstIndex(of: $0) }
            var all = true
            for other in present.dropFirst() {
                guard let y = partners[other]?[x], let otherRecord = document.annotations[other]?.attributions[y] else {
                    all = false
                    break
                }
                stances[other] = otherRecord.stance.flatMap { Stances.values.firstIndex(of: $0) }
                forms[other] = otherRecord.form.flatMap { Forms.values.firstIndex(of: $0) }
            }
            guard all else { continue }
            shared += 1
            statistics.stance.addUnit(stances)
            statistics.form.addUnit(forms)
        }
        let total = present.reduce(0) { $0 + (document.annotations[$1]?.attributions.count ?? 0) }
        statistics.unsharedAttributions = Double(total - shared * present.count)
    }
}
