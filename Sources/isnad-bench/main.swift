import Foundation

// isnad-bench: prints speed and memory figures. Each benchmark lives in its own file.
let benchmarks: [(name: String, summary: String, run: ([String]) -> Int32)] = [
    ("text", "normalize and tokenize MB/s and peak memory on a ≥100 MB corpus", runTextBenchmark),
    ("check", "isnad check on 10,000 .ann files of 50 lines", runCheckBenchmark),
    ("annotate", "annotate a ≥100 MB corpus on all cores: MB/s and peak memory", runAnnotateBenchmark),
    ("agree", "agreement with bootstrap on 1,000 documents × 3 annotators", runAgreeBenchmark),
    ("fix", "isnad check --fix on one edited document with N stale spans (--spans N)", runFixBenchmark),
]

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.first == "--help" || arguments.first == "-h" {
    print("Usage: isnad-bench NAME [options]   (build with -c release for real figures)\n")
    for benchmark in benchmarks { print("  \(benchmark.name.padding(toLength: 10, withPad: " ", startingAt: 0))\(benchmark.summary)") }
    exit(arguments.isEmpty ? 2 : 0)
}
guard let chosen = benchmarks.first(where: { $0.name == arguments[0] }) else {
    FileHandle.standardError.write(Data("isnad-bench: no benchmark '\(arguments[0])'\n".utf8))
    exit(2)
}
exit(chosen.run(Array(arguments.dropFirst())))
