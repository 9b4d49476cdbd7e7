@testable import Standoff

/// The re-anchoring as it was before it was made fast (commit 070221d), kept only to compare
/// the new one against on random cases; it is cubic in the number of stale spans.
struct LegacyReanchoring {
    /// An occurrence of a span's text, with its extent.
    private struct Candidate {
        var fragments: [Range<Int>]
        var start: Int
        var end: Int
        init(_ fragments: [Range<Int>]) {
            self.fragments = fragments
            start = fragments.first?.lowerBound ?? 0
            end = fragments.last?.upperBound ?? 0
        }
    }

    /// Where a stale span was: its old extent.
    private struct OldPlace {
        var start: Int
        var end: Int
    }

    /// A placed span: its old start and how far it moved.
    private struct Anchor {
        var oldStart: Int
        var shift: Int
    }

    /// The text the spans must be placed in.
    let text: [Unicode.Scalar]
    /// Older versions of the text, newest first.
    let keptTexts: [[Unicode.Scalar]]

    /// Where each of `stale` went, given the old starts of the spans still in place.
    func place(_ stale: [TextBound], unchangedStarts: [Int]) -> [Reanchoring.Outcome] {
        var outcomes = [Reanchoring.Outcome](repeating: .missing, count: stale.count)
        var anchors = unchangedStarts.map { Anchor(oldStart: $0, shift: 0) }
        var occurrences: [String: [[Range<Int>]]] = [:]
        var pending: [Int: [Candidate]] = [:]
        let old = stale.map { OldPlace(start: $0.start, end: $0.end) }
        for (index, span) in stale.enumerated() {
            let found = occurrences[span.text] ?? TextSearch.occurrences(of: Array(span.text.unicodeScalars), in: text)
            occurrences[span.text] = found
            guard !found.isEmpty else { continue }
            let kept = byContext(found.map(Candidate.init), of: span, at: old[index])
            if kept.count == 1 {
                outcomes[index] = .moved(kept[0].fragments)
                anchors.append(Anchor(oldStart: old[index].start, shift: kept[0].start - old[index].start))
            } else {
                pending[index] = kept
            }
        }
        anchors.sort { $0.oldStart < $1.oldStart }
        while !pending.isEmpty {
            var clear: [(index: Int, choice: Candidate, distance: Int)] = []
            for index in pending.keys.sorted() {
                guard let candidates = pending[index],
                      let (best, runnerUp) = nearestTwo(candidates, of: old[index], anchors: anchors) else { continue }
                if runnerUp.map({ 2 * best.distance < $0 }) ?? true {
                    clear.append((index, best.candidate, best.distance))
                }
            }
            let exact = clear.filter { $0.distance == 0 }
            let chosen = exact.isEmpty ? Array(clear.sorted { $0.distance < $1.distance }.prefix(1)) : exact
            guard !chosen.isEmpty else { break }
            for (index, choice, _) in chosen {
                let anchor = Anchor(oldStart: old[index].start, shift: choice.start - old[index].start)
                anchors.insert(anchor, at: Self.firstIndex(in: anchors, notBefore: anchor.oldStart))
                outcomes[index] = .moved(choice.fragments)
                pending[index] = nil
            }
        }
        for (index, candidates) in pending {
            let shifts = shifts(around: old[index].start, anchors: anchors)
            let distances = candidates.map { distance($0, from: old[index], shifts: shifts) }
            let best = distances.min() ?? 0
            let close = zip(candidates, distances).filter { $0.1 <= 2 * best }.map(\.0.fragments)
            let expected = shifts.map { old[index].start + $0 }
            outcomes[index] = .ambiguous(candidates: close, occurrences: occurrences[stale[index].text] ?? [], expected: expected)
        }
        return outcomes
    }

    /// The occurrences still in the running after comparing their context with a kept old
    /// text (all of them when no kept text has the span's text at its old offsets).
    private func byContext(_ found: [Candidate], of span: TextBound, at place: OldPlace) -> [Candidate] {
        guard found.count > 1, let old = keptTexts.first(where: { span.textMatches($0) }) else { return found }
        let scores = found.map { contextScore($0.start, $0.end, old, place.start, place.end) }
        let best = scores.max() ?? 0
        return zip(found, scores).filter { $0.1 > best - Reanchoring.contextMargin }.map(\.0)
    }

    /// How many scalars before `start` and after `end` in the text agree with those before
    /// `oldStart` and after `oldEnd` in `old`.
    private func contextScore(_ start: Int, _ end: Int, _ old: [Unicode.Scalar], _ oldStart: Int, _ oldEnd: Int) -> Int {
        var score = 0
        while score < Reanchoring.contextLength, start - score > 0, oldStart - score > 0,
              text[start - score - 1] == old[oldStart - score - 1] { score += 1 }
        var after = 0
        while after < Reanchoring.contextLength, end + after < text.count, oldEnd + after < old.count,
              text[end + after] == old[oldEnd + after] { after += 1 }
        return score + after
    }

    /// The nearest candidate (the first of equals) and the runner-up's distance.
    private func nearestTwo(_ candidates: [Candidate], of place: OldPlace, anchors: [Anchor]) -> (best: (candidate: Candidate, distance: Int), runnerUp: Int?)? {
        let shifts = shifts(around: place.start, anchors: anchors)
        var best: (candidate: Candidate, distance: Int)?
        var runnerUp: Int?
        for candidate in candidates {
            let d = distance(candidate, from: place, shifts: shifts)
            if let current = best, d >= current.distance {
                runnerUp = min(runnerUp ?? d, d)
            } else {
                if let current = best { runnerUp = current.distance }
                best = (candidate, d)
            }
        }
        return best.map { ($0, runnerUp) }
    }

    /// How far `candidate` lies from where the span is expected: the nearer of the start and
    /// end distances, for the nearest of `shifts`.
    private func distance(_ candidate: Candidate, from place: OldPlace, shifts: [Int]) -> Int {
        var nearest = Int.max
        for shift in shifts {
            nearest = min(nearest, abs(candidate.start - place.start - shift), abs(candidate.end - place.end - shift))
        }
        return nearest
    }

    /// The shifts of the nearest anchor before `oldStart` and the nearest after it (in
    /// `anchors`, sorted by old start), or `[0]` when there is none.
    private func shifts(around oldStart: Int, anchors: [Anchor]) -> [Int] {
        let next = Self.firstIndex(in: anchors, notBefore: oldStart)
        var found: [Int] = []
        if next > 0 { found.append(anchors[next - 1].shift) }
        if next < anchors.count, !found.contains(anchors[next].shift) { found.append(anchors[next].shift) }
        return found.isEmpty ? [0] : found
    }

    /// The index of the first anchor whose old start is at least `oldStart`.
    private static func firstIndex(in anchors: [Anchor], notBefore oldStart: Int) -> Int {
        var low = 0, high = anchors.count
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle].oldStart < oldStart { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
