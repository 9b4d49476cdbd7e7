/// Chooses where spans whose offsets no longer cover their text have moved, from the evidence
/// of the document itself (the W3C TextQuoteSelector idea):
///
/// 1. Context: when a kept old text (`DOC.txt.orig` …) still has the span's text at its old
///    offsets, each occurrence in the new text scores how many scalars before it and after it
///    agree with the old text around the old offsets (up to `contextLength` on each side).
///    An occurrence scoring at least `contextMargin` more than every other wins; otherwise
///    the occurrences scoring within that margin of the best stay in the running.
/// 2. Shift: spans whose text is still at their offsets (shift 0) and spans already placed
///    (shift = new start − old start) are anchors. A span is expected at its old offsets
///    plus the shift of its nearest anchor before and its nearest anchor after (in old
///    offsets), or at its old offsets when there is no anchor. An occurrence's distance is
///    how far its start or its end (the nearer) lies from an expected position.
/// 3. The nearest occurrence wins when it is less than half as far as the runner-up. Spans
///    are placed one at a time, the clearest first, each becoming an anchor for the rest;
///    what stays close to a tie is reported with its candidates, never guessed.
///
/// The outcome is that of scoring every remaining span against every occurrence and anchor
/// each round; it is found without doing so: the occurrences of all texts in one search
/// (`OccurrenceIndex`), the best contexts by walking occurrences ordered by context
/// (`OccurrenceContexts`), the nearest two occurrences by binary search
/// (`ReanchoringCandidates`), and a span scored again only when an anchor placed beside it
/// changed its expected shifts and it could be the next one placed (`ReanchoringPlacement`).
struct Reanchoring {
    /// Where a stale span went.
    enum Outcome: Equatable {
        /// Its text occurs here (the fragments of the chosen occurrence).
        case moved([Range<Int>])
        /// Its text does not occur in the text.
        case missing
        /// The candidates nothing tells apart among all occurrences, with the expected starts.
        case ambiguous(candidates: [[Range<Int>]], occurrences: [[Range<Int>]], expected: [Int])
    }

    /// A text and the old context its occurrences are scored against: spans that share one
    /// keep the same occurrences.
    private struct ContextKey: Hashable {
        /// The number of the span's text.
        var text: Int
        /// The scalars before the span in the kept old text that count.
        var before: ArraySlice<Unicode.Scalar>
        /// The scalars after the span in the kept old text that count.
        var after: ArraySlice<Unicode.Scalar>
    }

    /// How many scalars of context on each side are compared with a kept old text.
    static let contextLength = 32
    /// By how many context scalars an occurrence must beat every other to win on context.
    static let contextMargin = 4
    /// How many occurrences a text needs for them to be ordered by context
    /// (`OccurrenceContexts`) rather than each scored against a span's old context.
    static let orderedContextCount = 16

    /// The text the spans must be placed in.
    let text: [Unicode.Scalar]
    /// Older versions of the text, newest first.
    let keptTexts: [[Unicode.Scalar]]

    /// Where each of `stale` went, given the old starts of the spans still in place.
    func place(_ stale: [TextBound], unchangedStarts: [Int]) -> [Outcome] {
        var outcomes = [Outcome](repeating: .missing, count: stale.count)
        let oldStarts = stale.map(\.start), oldEnds = stale.map(\.end)
        // The occurrences of every text at once, texts told apart by their scalars: not as Strings,
        // which are equal when canonically equivalent (آ and ا + U+0653), while offsets count scalars.
        var textNumbers: [[Unicode.Scalar]: Int] = [:]
        var patterns: [[Unicode.Scalar]] = []
        let textOf = stale.map { span in
            let scalars = Array(span.text.unicodeScalars)
            if let number = textNumbers[scalars] { return number }
            textNumbers[scalars] = patterns.count
            patterns.append(scalars)
            return patterns.count - 1
        }
        let occurrences = OccurrenceIndex.occurrences(of: patterns, in: text)
        var allCandidates = [ReanchoringCandidates?](repeating: nil, count: patterns.count)
        var contexts = [OccurrenceContexts?](repeating: nil, count: patterns.count)
        var keptByContext: [ContextKey: ReanchoringCandidates] = [:]

        // Step 1: a single occurrence, or a single one whose context agrees best, is the answer.
        var anchors = ShiftAnchors(possibleStarts: unchangedStarts + oldStarts)
        for start in unchangedStarts { anchors.append(at: anchors.position(of: start), shift: 0) }
        var pending = [ReanchoringCandidates?](repeating: nil, count: stale.count)
        for (index, span) in stale.enumerated() {
            let found = occurrences[textOf[index]]
            guard !found.isEmpty else { continue }
            let candidates: ReanchoringCandidates
            let old = found.count > 1 ? keptTexts.first(where: { span.textMatches($0) }) : nil
            if let old, found.count >= Self.orderedContextCount {
                let key = ContextKey(text: textOf[index], before: old[max(0, oldStarts[index] - Self.contextLength)..<oldStarts[index]],
                                     after: old[oldEnds[index]..<min(old.count, oldEnds[index] + Self.contextLength)])
                if let known = keptByContext[key] {
                    candidates = known
                } else {
                    let ordered = contexts[textOf[index]] ?? OccurrenceContexts(found, in: text, length: Self.contextLength)
                    contexts[textOf[index]] = ordered
                    let closest = ordered.closest(to: old, oldStarts[index], oldEnds[index], in: text, margin: Self.contextMargin)
                    candidates = closest.count == found.count ? allCandidates[textOf[index]] ?? ReanchoringCandidates(found)
                                                              : ReanchoringCandidates(closest.map { found[$0] })
                    keptByContext[key] = candidates
                }
            } else if let old {
                candidates = ReanchoringCandidates(byContext(found, old, oldStarts[index], oldEnds[index]))
            } else if let all = allCandidates[textOf[index]] {
                candidates = all
            } else {
                candidates = ReanchoringCandidates(found)
                allCandidates[textOf[index]] = candidates
            }
            if candidates.count == 1 {
                outcomes[index] = .moved(candidates.fragments[0])
                anchors.append(at: anchors.position(of: oldStarts[index]), shift: candidates.start(0) - oldStarts[index])
            } else {
                pending[index] = candidates
            }
        }

        // Steps 2 and 3: the nearest to where the neighbours' shifts put them, clearest first.
        var placement = ReanchoringPlacement(anchors: anchors, oldStarts: oldStarts, oldEnds: oldEnds, candidates: pending)
        for (index, fragments) in placement.run().enumerated() {
            if let fragments {
                outcomes[index] = .moved(fragments)
            } else if let candidates = pending[index] {
                let shifts = placement.shifts(of: index)
                let best = candidates.nearest(oldStart: oldStarts[index], oldEnd: oldEnds[index], shift: shifts[0], otherShift: shifts[shifts.count - 1])?.distance ?? 0
                let close = candidates.within(2 * best, oldStart: oldStarts[index], oldEnd: oldEnds[index], shifts: shifts).map { candidates.fragments[$0] }
                outcomes[index] = .ambiguous(candidates: close, occurrences: occurrences[textOf[index]], expected: shifts.map { oldStarts[index] + $0 })
            }
        }
        return outcomes
    }

    /// The occurrences in `found` still in the running after comparing their context with
    /// `old`, a kept old text that has the span's text at `oldStart..<oldEnd`.
    private func byContext(_ found: [[Range<Int>]], _ old: [Unicode.Scalar], _ oldStart: Int, _ oldEnd: Int) -> [[Range<Int>]] {
        let scores = found.map {
            OccurrenceContexts.score(text, $0.first?.lowerBound ?? 0, $0.last?.upperBound ?? 0, old, oldStart, oldEnd, length: Self.contextLength)
        }
        let best = scores.max() ?? 0
        return found.indices.filter { scores[$0] > best - Self.contextMargin }.map { found[$0] }
    }
}
