// swift-tools-version:6.0
import PackageDescription

// Isnad: who said what in Arabic news. Foundation only; no package dependencies.
let package = Package(
    name: "Isnad",
    products: [
        .executable(name: "isnad", targets: ["isnad"]),
        .executable(name: "isnad-bench", targets: ["isnad-bench"]),
        .library(name: "ArabicText", targets: ["ArabicText"]),
        .library(name: "Standoff", targets: ["Standoff"]),
        .library(name: "Attribution", targets: ["Attribution"]),
        .library(name: "Agreement", targets: ["Agreement"]),
    ],
    targets: [
        // Reading UTF-8 files with exact error positions, and atomic writes.
        .target(name: "TextFiles"),
        // Reproducible parallel work: an order-preserving parallel map and a seedable generator.
        .target(name: "Parallelism"),
        // Arabic normalization, tokenization, sentences and clitics with scalar offsets.
        .target(name: "ArabicText", dependencies: ["TextFiles"]),
        // brat-compatible standoff documents, reader, writer, validator, repair.
        .target(name: "Standoff", dependencies: ["TextFiles"], resources: [.embedInCode("Scheme/annotation.conf"), .embedInCode("Scheme/visual.conf")]),
        // Rule-based attribution extraction; default rules are compiled in.
        .target(
            name: "Attribution",
            dependencies: ["TextFiles", "ArabicText", "Standoff"],
            resources: [
                .embedInCode("Rules/cues.rules"),
                .embedInCode("Rules/words.rules"),
                .embedInCode("Rules/disclaimers.rules"),
                .embedInCode("Rules/english.rules"),
            ]
        ),
        // Agreement and evaluation statistics over standoff documents.
        .target(name: "Agreement", dependencies: ["Standoff", "ArabicText", "Parallelism"]),
        // The subcommands, as a library so tests can run them in-process.
        .target(name: "IsnadCLI", dependencies: ["TextFiles", "Parallelism", "ArabicText", "Standoff", "Attribution", "Agreement"]),
        .executableTarget(name: "isnad", dependencies: ["IsnadCLI"]),
        .executableTarget(name: "isnad-bench", dependencies: ["IsnadCLI", "TextFiles", "Parallelism", "ArabicText", "Standoff", "Attribution", "Agreement"]),

        // Helpers shared by test targets only (seeded randomness); no product or executable uses it.
        .target(name: "TestSupport", dependencies: ["Parallelism"], path: "Tests/TestSupport"),
        .testTarget(name: "TextFilesTests", dependencies: ["TextFiles"]),
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism", "TextFiles"]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "TestSupport"]),
        .testTarget(name: "StandoffTests", dependencies: ["Standoff", "TestSupport"]),
        .testTarget(name: "AttributionTests", dependencies: ["Attribution", "ArabicText", "Standoff", "TestSupport"]),
        .testTarget(name: "AgreementTests", dependencies: ["Agreement", "Standoff"]),
        .testTarget(name: "IsnadCLITests", dependencies: ["IsnadCLI", "TextFiles", "TestSupport"]),
    ]
)
