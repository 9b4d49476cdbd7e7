/// The analysis workspaces of one extractor, kept from one document to the next: a document takes
/// one for the whole of its run and gives it back, so that each thread's documents reuse the same
/// memory. Documents on different threads never share one; output does not depend on which
/// workspace a document gets (`AnalysisWorkspace`).
typealias AnalysisWorkspacePool = ReusePool<AnalysisWorkspace>

extension ReusePool where Item == AnalysisWorkspace {
    /// A pool of workspaces, each empty when made.
    convenience init() {
        self.init { AnalysisWorkspace() }
    }
}
