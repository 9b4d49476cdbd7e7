import Foundation

/// The CPU time (user and system) the workers of an annotate run spend in each phase of a
/// document, summed over documents and threads: what a benchmark needs to tell the extractor's
/// own time from the time around it, which the process's CPU time mixes.
///
/// Each phase is timed with the calling thread's CPU clock (`CLOCK_THREAD_CPUTIME_ID`), so time
/// a thread spends waiting (for the disk, for a lock, for another program's turn on the core)
/// is not counted.
public final class AnnotatePhaseTimes: @unchecked Sendable {
    /// A phase of one document.
    public enum Phase: Int, CaseIterable, Sendable {
        /// Reading the text and decoding it to scalars.
        case reading
        /// The extractor (the `.ann` bytes made from the scalars).
        case extracting
        /// Comparing with what is there and writing the `.ann` and the `.txt` copy.
        case writing
        /// Handing the outcome to the tally (messages, manifest entries, checkpoints).
        case tallying

        /// The phase's name in `description`.
        var name: String {
            switch self {
            case .reading: "reading and decoding"
            case .extracting: "extractor"
            case .writing: "writing"
            case .tallying: "tally"
            }
        }
    }

    private let lock = NSLock()
    private var nanoseconds = [UInt64](repeating: 0, count: Phase.allCases.count)

    /// Times of zero.
    public init() {}

    /// The CPU time of `phase` so far, in seconds.
    public func seconds(_ phase: Phase) -> Double {
        lock.withLock { Double(nanoseconds[phase.rawValue]) / 1e9 }
    }

    /// `thread CPU: reading and decoding 0.71 s, extractor 7.25 s, writing 3.52 s, tally 0.22 s`.
    public var description: String {
        "thread CPU: " + Phase.allCases.map { "\($0.name) \(String(format: "%.2f", seconds($0))) s" }.joined(separator: ", ")
    }

    /// Runs `body`, adding the calling thread's CPU time in it to `phase`.
    func measure<Result>(_ phase: Phase, _ body: () throws -> Result) rethrows -> Result {
        let start = AnnotatePhaseTimes.threadCPUTime()
        defer {
            let spent = AnnotatePhaseTimes.threadCPUTime() &- start
            lock.withLock { nanoseconds[phase.rawValue] &+= spent }
        }
        return try body()
    }

    /// The calling thread's CPU time, in nanoseconds.
    private static func threadCPUTime() -> UInt64 {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return UInt64(time.tv_sec) &* 1_000_000_000 &+ UInt64(time.tv_nsec)
    }
}

extension Optional where Wrapped == AnnotatePhaseTimes {
    /// `body`, timed as `phase` when there are times to keep.
    func measure<Result>(_ phase: AnnotatePhaseTimes.Phase, _ body: () throws -> Result) rethrows -> Result {
        guard let times = self else { return try body() }
        return try times.measure(phase, body)
    }
}
