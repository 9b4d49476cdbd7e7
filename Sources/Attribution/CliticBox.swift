import ArabicText

/// A reference holding a `CliticCandidates` behind a pointer (read and changed without the
/// exclusivity check a class's stored `var` costs): the reusable clitic analysis behind
/// `DocumentAnalysis.readings`, the largest part of the analysis, which the extraction copies often.
/// Used by one document at a time, on one thread (`AnalysisWorkspace.takeClitics()`).
final class CliticBox {
    let candidates: UnsafeMutablePointer<CliticCandidates>

    init() {
        candidates = UnsafeMutablePointer.allocate(capacity: 1)
        candidates.initialize(to: CliticCandidates())
    }

    deinit {
        candidates.deinitialize(count: 1)
        candidates.deallocate()
    }
}
