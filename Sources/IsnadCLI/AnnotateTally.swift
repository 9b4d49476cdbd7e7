import Dispatch
import Foundation

/// The shared state of an annotate run, safe to use from every worker: takes the documents'
/// outcomes back, and reports them in document order whatever order they finish in
/// (messages, the manifest, the totals, the progress line).
final class AnnotateTally: @unchecked Sendable {
    private let lock = NSLock()
    private let error: OutputSink
    private let showsProgress: Bool
    private let outFolder: String
    private let totalDocuments: Int
    private let totalBytes: Int
    private let started: UInt64
    private var pending: [Int: AnnotateOutcome] = [:]
    private var nextToReport = 0
    private var finished = 0
    private var bytesFinished = 0
    private var lastProgress: UInt64 = 0
    private lazy var lastCheckpoint: UInt64 = started
    private var checkpointInterval = AnnotateTally.firstCheckpointInterval
    private var manifestChanged = false
    /// A checkpoint of the manifest failed and was reported (once per run).
    private var checkpointFailureReported = false
    private var manifestChangedInRun = false
    private var progressShown = false
    private var summary = AnnotateSummary()
    private var manifest: AnnotateManifest

    /// How often the progress line is redrawn, in nanoseconds.
    private static let progressInterval: UInt64 = 200_000_000
    /// When the manifest is first saved during a run, in nanoseconds; each later save waits twice as
    /// long as the one before, up to `longestCheckpointInterval`: each save writes every entry, so a
    /// first run saving every 5 s would write (and sort) its entries over and over.
    private static let firstCheckpointInterval: UInt64 = 5_000_000_000
    private static let longestCheckpointInterval: UInt64 = 60_000_000_000

    /// A tally for `documents`, reporting to `error` (a progress line only when `showsProgress`),
    /// recording into `manifest`, which it saves into `outFolder` from time to time. Times count
    /// from `started` (`DispatchTime` nanoseconds; now by default).
    init(documents: [CorpusDocument], error: OutputSink, showsProgress: Bool, manifest: AnnotateManifest, outFolder: String,
         started: UInt64 = DispatchTime.now().uptimeNanoseconds) {
        self.started = started
        self.error = error
        self.showsProgress = showsProgress
        self.manifest = manifest
        // room for an entry per `.ann` and `.txt` at once, rather than growing (and rehashing) as a first run adds them
        self.manifest.entries.reserveCapacity(max(manifest.entries.count, 2 * documents.count))
        self.outFolder = outFolder
        self.totalDocuments = documents.count
        self.totalBytes = documents.reduce(0) { $0 + $1.byteCount }
    }

    /// Takes the outcome of document `index`; reports every outcome now in order.
    func record(_ outcome: AnnotateOutcome, at index: Int) {
        lock.lock(); defer { lock.unlock() }
        pending[index] = outcome
        finished += 1
        bytesFinished += outcome.byteCount
        while let next = pending.removeValue(forKey: nextToReport) {
            apply(next)
            nextToReport += 1
        }
        let now = DispatchTime.now().uptimeNanoseconds
        if showsProgress, now - lastProgress >= AnnotateTally.progressInterval {
            lastProgress = now
            drawProgress(now: now)
        }
        if manifestChanged, now - lastCheckpoint >= checkpointInterval {
            lastCheckpoint = now
            manifestChanged = false
            do {
                try manifest.write(to: outFolder)
                // the wait grows only after a checkpoint that was saved
                checkpointInterval = min(2 * checkpointInterval, AnnotateTally.longestCheckpointInterval)
            } catch let failure {
                if !checkpointFailureReported {
                    checkpointFailureReported = true
                    clearProgress()
                    error.line("\(AnnotateManifest.path(in: outFolder)): cannot save the manifest during the run "
                        + "(\(failure)); trying again")
                }
            }
        }
    }

    /// Reports a problem that is not one document's outcome (counted apart from the documents).
    func fail(_ message: String) {
        lock.lock(); defer { lock.unlock() }
        clearProgress()
        error.line(message)
        summary.problems += 1
    }

    /// Ends the run: clears the progress line and returns the totals and the updated manifest
    /// (nil when no entry changed).
    func finish() -> (summary: AnnotateSummary, manifest: AnnotateManifest?) {
        lock.lock(); defer { lock.unlock() }
        clearProgress()
        var result = summary
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return (result, manifestChangedInRun ? manifest : nil)
    }

    private func apply(_ outcome: AnnotateOutcome) {
        summary.add(outcome)
        for (path, entry) in outcome.manifestEntries where manifest.entries.updateValue(entry, forKey: path) != entry {
            manifestChanged = true
            manifestChangedInRun = true
        }
        if let message = outcome.message {
            clearProgress()
            error.line(message)
        }
    }

    private func drawProgress(now: UInt64) {
        let seconds = Double(now - started) / 1e9
        let rate = seconds > 0 ? Double(bytesFinished) / seconds : 0
        var line = "\r\u{1B}[K\(finished)/\(totalDocuments) documents, "
            + AnnotateSummary.throughput(rate)
        if rate > 0 {
            let left = Double(max(0, totalBytes - bytesFinished)) / rate
            line += ", \(Int(left.rounded())) s left"
        }
        error.write(line)
        error.flush()
        progressShown = true
    }

    private func clearProgress() {
        guard progressShown else { return }
        error.write("\r\u{1B}[K")
        progressShown = false
    }
}
