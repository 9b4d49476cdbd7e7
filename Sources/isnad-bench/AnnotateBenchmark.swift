import Attribution
import Foundation
import IsnadCLI
import Parallelism
import TextFiles

/// Runs the annotate benchmark and returns the exit code.
///
/// Builds a corpus of at least `--mb` megabytes (default 100) by copying `Corpora/` into many
/// folders of a temp folder, then runs `isnad annotate CORPUS --out OUT` as a child process
/// (this same binary, so it is the release build of the real command) twice: a first run that
/// writes everything, and a rerun that finds everything unchanged. For each it prints the wall
/// time, MB/s, the child's user and system CPU time and peak resident memory (from `wait4`).
/// Last, for comparison, the extractor alone in this process on as many threads as the child's
/// jobs (no reading or writing of files), with the process's user CPU time: MB per CPU second is
/// steadier than wall time when other programs share the cores, and two threads slow each other
/// (shared caches and reference counts), so the extractor is timed as the command runs it.
/// With `--without-extractor`, the command also runs twice more into another folder with each
/// `.ann` a copy of its text instead of the extractor's output: the CPU time of everything a run
/// does around the extractor (walking, reading, decoding, writing, the manifest), measured alone.
/// Each run of the real command also prints the CPU time its worker threads spent per phase
/// (reading and decoding, extractor, writing, tally): the extractor's own time in the run, which
/// the process's user time mixes with the rest and which varies from run to run on a shared machine.
func runAnnotateBenchmark(_ arguments: [String]) -> Int32 {
    if arguments.first == "--child" {
        // `--child annotate IN --out OUT …`: the real command, with the CPU time of each phase
        let phases = AnnotatePhaseTimes()
        do {
            let status = try AnnotateCommand.run(Array(arguments.dropFirst(2)), console: .standard(), measuring: phases)
            print(phases.description)
            return status
        } catch {
            print("isnad-bench annotate: \(error)")
            return 2
        }
    }
    if arguments.first == "--child-without-extractor" {
        do {
            // `--child-without-extractor annotate IN --out OUT …`, as `--child` gets them
            return try AnnotateCommand.run(Array(arguments.dropFirst(2)), console: .standard(), annotatingWith: { $0 })
        } catch {
            print("isnad-bench annotate: \(error)")
            return 2
        }
    }
    var megabytes = 100
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var corpus = AnnotateBenchmark.defaultCorpus()
    var keep = false
    var withoutExtractor = false
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        let value = index + 1 < arguments.count ? arguments[index + 1] : nil
        let number = value.flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil }
        switch argument {
        case "--mb" where number != nil: megabytes = number ?? megabytes; index += 2
        case "--jobs" where number != nil: jobs = number ?? jobs; index += 2
        case "--corpus" where value != nil: corpus = value ?? corpus; index += 2
        case "--keep": keep = true; index += 1
        case "--without-extractor": withoutExtractor = true; index += 1
        default:
            // a bad or missing value is a usage error, not a silent default
            print("usage: isnad-bench annotate [--mb N] [--jobs N] [--corpus DIR] [--keep] [--without-extractor]  (N a whole number ≥ 1)")
            return 2
        }
    }
    return AnnotateBenchmark(megabytes: megabytes, jobs: jobs, corpus: corpus, keep: keep, withoutExtractor: withoutExtractor).run()
}

/// The annotate benchmark's settings and steps.
struct AnnotateBenchmark {
    /// The least size of the generated corpus, in megabytes (10^6 bytes).
    let megabytes: Int
    /// `--jobs` for the child.
    let jobs: Int
    /// The folder whose `.txt` files are repeated.
    let corpus: String
    /// Keep the temp folder afterwards.
    let keep: Bool
    /// Also time the command with each `.ann` a copy of its text instead of the extractor's output.
    let withoutExtractor: Bool

    /// `Corpora/` in the current folder, else next to this source file's package.
    static func defaultCorpus() -> String {
        if FileManager.default.fileExists(atPath: "Corpora") { return "Corpora" }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpora").path
    }

    func run() -> Int32 {
        let folder = FileManager.default.temporaryDirectory.path + "/isnad-bench-annotate-" + UUID().uuidString
        defer { if !keep { try? FileManager.default.removeItem(atPath: folder) } }
        let input = folder + "/in"
        let output = folder + "/out"
        let built: (files: Int, bytes: Int)
        do {
            built = try buildCorpus(in: input)
        } catch {
            say("isnad-bench annotate: cannot build the corpus: \(error)")
            return 1
        }
        say("corpus: \(built.files) files, \(mb(built.bytes)) MB (copies of \(corpus)) in \(folder)")
        say("jobs: \(jobs) (\(ProcessInfo.processInfo.activeProcessorCount) active cores)")
        var userSeconds: [(label: String, user: Double)] = []
        var runs = [("first run (writes everything)", output, "--child"), ("rerun (nothing changed)", output, "--child")]
        if withoutExtractor {
            runs += [("without the extractor, first run", output + "-without-extractor", "--child-without-extractor"),
                     ("without the extractor, rerun", output + "-without-extractor", "--child-without-extractor")]
        }
        for (label, output, mode) in runs {
            let arguments = ["annotate", input, "--out", output, "--jobs", String(jobs)]
            guard let result = runChild(arguments, mode: mode) else { return 1 }
            let rate = Double(built.bytes) / 1_000_000 / result.seconds
            let cpu = result.user + result.system
            say("\(label): \(format(result.seconds)) s, \(format(rate)) MB/s, CPU \(format(result.user)) s user + \(format(result.system)) s system "
                + "(\(format(Double(built.bytes) / 1_000_000 / cpu)) MB per CPU second), peak resident memory \(result.maxResidentKB / 1024) MB, exit \(result.status)")
            if result.status != 0 { return 1 }
            if mode == "--child" { userSeconds.append((label, result.user)) }
        }
        if keep { say("kept \(folder)") }
        guard let alone = extractorAlone() else { return 1 }
        say("extractor alone (\(jobs) threads, in-process, no files): \(mb(alone.bytes)) MB in \(format(alone.seconds)) s, "
            + "\(format(Double(alone.bytes) / 1_000_000 / alone.seconds)) MB/s; \(format(alone.cpuSeconds)) s of user CPU, "
            + "\(format(Double(alone.bytes) / 1_000_000 / alone.cpuSeconds)) MB per CPU second")
        // What the command spends outside the extractor: its user CPU less what the extractor
        // alone takes for the corpus at this run's rate (an estimate; both are noisy).
        let extractorSeconds = Double(built.bytes) / Double(alone.bytes) * alone.cpuSeconds
        for run in userSeconds {
            say("\(run.label): about \(format(run.user - extractorSeconds)) s of user CPU outside the extractor "
                + "(\(format(run.user)) s less \(format(extractorSeconds)) s for the extractor alone)")
        }
        return 0
    }

    /// Runs the default extractor over the corpus texts on `jobs` threads, again and again for
    /// about 5 seconds; the bytes annotated, the wall time and the process's user CPU time.
    func extractorAlone() -> (bytes: Int, seconds: Double, cpuSeconds: Double)? {
        // decoded once, as `isnad annotate` has them from `TextFile`
        guard let texts = try? corpusTexts().map({ (scalars: try TextFile(path: $0.0, bytes: [UInt8]($0.1)).scalars, bytes: $0.1.count) }),
              let rules = try? RuleSet.defaults() else {
            say("isnad-bench annotate: cannot read the corpus or the default rules")
            return nil
        }
        let extractor = Extractor(rules: rules)
        let started = DispatchTime.now().uptimeNanoseconds
        let startedCPU = userCPUSeconds()
        var bytes = 0
        var seconds = 0.0
        var produced = 0
        let rounds = max(1, 200 / texts.count)
        while seconds < 5 {
            // the .ann bytes as `isnad annotate` makes them, a few rounds of the texts per map
            produced += ParallelMap.indices(texts.count * rounds, workers: jobs) { index in
                extractor.annotationBytes(scalars: texts[index % texts.count].scalars).bytes.count
            }.reduce(0, +)
            bytes += texts.reduce(0) { $0 + $1.bytes } * rounds
            seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        return produced > 0 ? (bytes, seconds, userCPUSeconds() - startedCPU) : nil
    }

    /// Prints a line at once (the child writes to the same terminal).
    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// Copies the corpus's `.txt` files into `copyNNNNN/…` folders until `megabytes` is reached.
    func buildCorpus(in input: String) throws -> (files: Int, bytes: Int) {
        let texts = try corpusTexts()
        var files = 0
        var bytes = 0
        var copy = 0
        while bytes < megabytes * 1_000_000 {
            let base = input + "/" + String(format: "copy%05d", copy)
            for (relative, data) in texts {
                let path = base + "/" + relative
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: path))
                files += 1
                bytes += data.count
            }
            copy += 1
        }
        return (files, bytes)
    }

    /// The corpus's `.txt` files (relative path, bytes), sorted by path.
    func corpusTexts() throws -> [(String, Data)] {
        let walkRoot = URL(fileURLWithPath: corpus).standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: walkRoot) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        var texts: [(String, Data)] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".txt"), let data = FileManager.default.contents(atPath: walkRoot + "/" + relative) else { continue }
            texts.append((relative, data))
        }
        texts.sort { $0.0 < $1.0 }
        guard !texts.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
        return texts
    }

    /// Runs this binary as `isnad-bench annotate MODE ARGUMENTS` (`--child`: the real command;
    /// `--child-without-extractor`: with each `.ann` a copy of its text) and measures it.
    func runChild(_ arguments: [String], mode: String) -> (seconds: Double, user: Double, system: Double, maxResidentKB: Int, status: Int32)? {
        let executable = "/proc/self/exe"
        let argv = ([executable, "annotate", mode] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawned == 0 else {
            say("isnad-bench annotate: cannot start the child: \(String(cString: strerror(spawned)))")
            return nil
        }
        var status: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &status, 0, &usage) == pid else {
            say("isnad-bench annotate: wait4 failed")
            return nil
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (seconds, cpuSeconds(usage.ru_utime), cpuSeconds(usage.ru_stime), Int(usage.ru_maxrss), exitCode)
    }

    private func cpuSeconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    /// The user CPU time this process has used, in seconds (every thread).
    private func userCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return cpuSeconds(usage.ru_utime)
    }

    private func mb(_ bytes: Int) -> String { format(Double(bytes) / 1_000_000) }
    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
