import Foundation
import Testing
import TextFiles
@testable import Parallelism

/// Counts calls from several threads.
private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [Int: Int] = [:]

    func record(_ index: Int) {
        lock.lock()
        calls[index, default: 0] += 1
        lock.unlock()
    }

    var counts: [Int: Int] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }
}

@Suite struct ParallelMapTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora/dev").path

    /// The corpus texts, each repeated so that there is more work than workers.
    static func corpusPaths() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
        return Array(repeating: names.map { "\(corpus)/\($0)" }, count: 4).flatMap { $0 }
    }

    @Test(arguments: [1, 2, 3, 8, 64])
    func resultsAreThoseOfMapInOrder(workers: Int) throws {
        let paths = try Self.corpusPaths()
        #expect(paths.count >= 40)
        let scalarCount: @Sendable (String) -> Int = { path in (try? TextFile(contentsOf: path).scalars.count) ?? -1 }
        let serial = paths.map(scalarCount)
        #expect(!serial.contains(-1))
        #expect(ParallelMap.map(paths, workers: workers, scalarCount) == serial)
    }

    @Test func unevenWorkKeepsOrder() {
        // Early indices take longest, so they finish last when run in parallel.
        let results = ParallelMap.indices(24, workers: 4) { index -> String in
            usleep(useconds_t((24 - index) * 300))
            return "doc\(index)"
        }
        #expect(results == (0..<24).map { "doc\($0)" })
    }

    @Test(arguments: [1, 2, 7])
    func everyIndexIsProcessedOnce(workers: Int) {
        let counter = CallCounter()
        let results = ParallelMap.indices(1000, workers: workers) { index -> Int in
            counter.record(index)
            return index * index
        }
        #expect(results == (0..<1000).map { $0 * $0 })
        #expect(counter.counts.count == 1000)
        #expect(counter.counts.values.allSatisfy { $0 == 1 })
    }

    @Test func emptyAndSingleInputs() {
        #expect(ParallelMap.map([String](), workers: 4) { $0.count }.isEmpty)
        #expect(ParallelMap.indices(0) { $0 }.isEmpty)
        #expect(ParallelMap.map(["قال"], workers: 4) { $0.unicodeScalars.count } == [3])
        #expect(ParallelMap.indices(3, workers: 0) { $0 + 1 } == [1, 2, 3])
    }

    @Test func resultsThatNeedDeinitializationSurvive() {
        // Reference-counted results (strings, arrays) must come out intact from the shared buffer.
        let results = ParallelMap.indices(500, workers: 3) { index in (String(repeating: "ب", count: index % 7), [index]) }
        #expect(results.map(\.0.count) == (0..<500).map { $0 % 7 })
        #expect(results.map(\.1) == (0..<500).map { [$0] })
    }
}
