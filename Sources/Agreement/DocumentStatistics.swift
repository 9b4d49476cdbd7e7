/// The additive sufficient statistics of one document (or a weighted sum of documents) for every
/// agreement figure: summing documents' statistics then evaluating gives the corpus figures, and a
/// bootstrap resample is a weighted sum.
struct DocumentStatistics: Sendable {
    /// Span counts, indexed `[mode][pair][label]` (`MatchMode.allCases` order).
    var spans: [[[MatchCounts]]]
    /// IO unit statistics per label, then pooled over labels.
    var units: [NominalTally]
    /// αu statistics per label (length histograms kept apart), for complete documents only.
    var unitizing: [UnitizingTally]
    /// Whole-attribution counts per pair.
    var attributions: [MatchCounts]
    /// Stance over shared attributions.
    var stance: NominalTally
    /// Form over shared attributions.
    var form: NominalTally
    /// Documents counted.
    var documents: Double = 0
    /// Documents at least two annotators annotated.
    var pairableDocuments: Double = 0
    /// Documents every annotator annotated.
    var completeDocuments: Double = 0
    /// Documents both annotators of each pair annotated.
    var pairDocuments: [Double]
    /// Attributions left out of Stance and Form because not every annotator has them.
    var unsharedAttributions: Double = 0
    /// Events left out because they name no annotation.
    var brokenEvents: Double = 0

    /// Empty statistics.
    init(annotators: Int, labels: Int) {
        let pairs = annotators * (annotators - 1) / 2
        spans = Array(repeating: Array(repeating: Array(repeating: MatchCounts(), count: labels), count: pairs),
                      count: MatchMode.allCases.count)
        units = Array(repeating: NominalTally(annotators: annotators, categories: 2), count: labels + 1)
        unitizing = Array(repeating: UnitizingTally(raters: annotators), count: labels)
        attributions = Array(repeating: MatchCounts(), count: pairs)
        stance = NominalTally(annotators: annotators, categories: Stances.values.count)
        form = NominalTally(annotators: annotators, categories: Forms.values.count)
        pairDocuments = Array(repeating: 0, count: pairs)
    }

    /// Calls `body` on every count, in a fixed order (αu length histograms excluded).
    mutating func visitValues(_ body: (inout Double) -> Void) {
        for m in spans.indices {
            for p in spans[m].indices {
                for l in spans[m][p].indices { spans[m][p][l].visitValues(body) }
            }
        }
        for l in units.indices { units[l].visitValues(body) }
        for l in unitizing.indices { unitizing[l].visitScalarValues(body) }
        for p in attributions.indices {
            attributions[p].visitValues(body)
            body(&pairDocuments[p])
        }
        stance.visitValues(body)
        form.visitValues(body)
        body(&documents)
        body(&completeDocuments)
        body(&pairableDocuments)
        body(&unsharedAttributions)
        body(&brokenEvents)
    }

    /// Every count as one vector, in `visitValues` order.
    var flattened: [Double] {
        var copy = self
        var values: [Double] = []
        copy.visitValues { values.append($0) }
        return values
    }

    /// These statistics with every count replaced from `values` (in `visitValues` order).
    func restored(from values: [Double]) -> DocumentStatistics {
        var copy = self
        var index = 0
        copy.visitValues { value in
            value = values[index]
            index += 1
        }
        return copy
    }

    /// Adds `other`, `times` over.
    mutating func add(_ other: DocumentStatistics, times: Double = 1) {
        for m in spans.indices {
            for p in spans[m].indices {
                for l in spans[m][p].indices { spans[m][p][l].add(other.spans[m][p][l], times: times) }
            }
        }
        for l in units.indices { units[l].add(other.units[l], times: times) }
        for l in unitizing.indices { unitizing[l].add(other.unitizing[l], times: times) }
        for p in attributions.indices {
            attributions[p].add(other.attributions[p], times: times)
            pairDocuments[p] += other.pairDocuments[p] * times
        }
        stance.add(other.stance, times: times)
        form.add(other.form, times: times)
        documents += other.documents * times
        completeDocuments += other.completeDocuments * times
        pairableDocuments += other.pairableDocuments * times
        unsharedAttributions += other.unsharedAttributions * times
        brokenEvents += other.brokenEvents * times
    }
}

/// The Stance values of the scheme, in a fixed order.
enum Stances {
    static let values = ["Assert", "Believe", "Hedge", "Allege", "Deny"]
}

/// The Form values of the scheme, in a fixed order.
enum Forms {
    static let values = ["Direct", "Indirect", "Mixed"]
}
