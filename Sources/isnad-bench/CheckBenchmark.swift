import Foundation

/// Runs the check benchmark and returns the exit code.
func runCheckBenchmark(_ arguments: [String]) -> Int32 {
    print("isnad-bench: the check benchmark is not built yet")
    return 1
}
