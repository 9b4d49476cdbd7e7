import Foundation

/// Runs the agree benchmark and returns the exit code.
func runAgreeBenchmark(_ arguments: [String]) -> Int32 {
    print("isnad-bench: the agree benchmark is not built yet")
    return 1
}
