import Synchronization

/// The analysis workspaces of one extractor, kept from one document to the next: a document takes
/// one for the whole of its run and gives it back, so that each thread's documents reuse the same
/// memory. Documents on different threads never share one; output does not depend on which
/// workspace a document gets (`AnalysisWorkspace`).
final class AnalysisWorkspacePool: Sendable {
    private let idle = Mutex<[AnalysisWorkspace]>([])

    /// An idle workspace, or a new one when every workspace is in use.
    func take() -> AnalysisWorkspace {
        idle.withLock { $0.popLast() } ?? AnalysisWorkspace()
    }

    /// Makes `workspace` (taken from this pool, its document's run done) available to the next document.
    func giveBack(_ workspace: AnalysisWorkspace) {
        idle.withLock { $0.append(workspace) }
    }
}
