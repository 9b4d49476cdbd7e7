import Foundation

/// Runs the text benchmark and returns the exit code.
func runTextBenchmark(_ arguments: [String]) -> Int32 {
    print("isnad-bench: the text benchmark is not built yet")
    return 1
}
