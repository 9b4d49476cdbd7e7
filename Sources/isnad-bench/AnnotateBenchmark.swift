import Foundation

/// Runs the annotate benchmark and returns the exit code.
func runAnnotateBenchmark(_ arguments: [String]) -> Int32 {
    print("isnad-bench: the annotate benchmark is not built yet")
    return 1
}
