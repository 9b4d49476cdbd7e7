import Foundation

/// Unique suffixes for temporary file names within this process: the process ID and a
/// counter (no random numbers, so no system call); `O_EXCL` catches any clash with a file
/// left by an earlier process.
final class TemporaryNames: @unchecked Sendable {
    /// The names of this process.
    static let shared = TemporaryNames()

    private let lock = NSLock()
    private let process = String(getpid())
    private var counter = 0

    /// The next suffix, such as `4711-12`.
    func next() -> String {
        lock.lock()
        counter += 1
        let number = counter
        lock.unlock()
        return process + "-" + String(number)
    }
}
