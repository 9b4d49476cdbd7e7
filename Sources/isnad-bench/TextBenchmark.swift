import ArabicText
import Foundation

/// Runs the text benchmark and returns the exit code.
///
/// Builds a corpus of at least 100 MB by repeating the files of `Corpora/`, then prints, on one
/// core: MB/s of streaming normalization (search profile), of normalization with alignment, of
/// tokenization with clitic candidates for every word (through `[Token]` and through the reused
/// `TokenBuffer` and `CliticCandidates`), and the peak resident memory of the release
/// `isnad normalize` run as a child process on a 1 GB file (built in a temporary folder, deleted after).
/// Options: `--megabytes N` (corpus size, default 100), `--gigabyte-megabytes N` (child input, default 1024),
/// `--corpus DIR` (default: the repository's Corpora).
func runTextBenchmark(_ arguments: [String]) -> Int32 {
    var corpusMegabytes = 100
    var childMegabytes = 1024
    var corpusFolder = TextBenchmark.defaultCorpusFolder()
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        let value = index + 1 < arguments.count ? arguments[index + 1] : ""
        switch argument {
        case "--megabytes": corpusMegabytes = Int(value) ?? corpusMegabytes
        case "--gigabyte-megabytes": childMegabytes = Int(value) ?? childMegabytes
        case "--corpus": corpusFolder = value
        case "--skip-child": childMegabytes = 0; index -= 1
        default:
            print("isnad-bench text: unknown option '\(argument)'")
            return 2
        }
        index += 2
    }
    let documents = TextBenchmark.corpusDocuments(in: corpusFolder)
    guard !documents.isEmpty else {
        print("isnad-bench text: no .txt files under \(corpusFolder)")
        return 1
    }
    let benchmark = TextBenchmark(documents: documents, targetBytes: corpusMegabytes << 20)
    print("corpus: \(documents.count) files repeated to \(String(format: "%.1f", benchmark.megabytes)) MB; MB/s per CPU second, one thread")
    benchmark.measureStreamingNormalize()
    benchmark.measureAlignedNormalize()
    benchmark.measureTokenizeWithClitics()
    return childMegabytes > 0 ? benchmark.measureChildPeakMemory(megabytes: childMegabytes) : 0
}

/// The text-layer measurements.
struct TextBenchmark {
    /// The corpus documents (UTF-8 bytes), in order; repeated to reach the target size.
    let documents: [[UInt8]]
    /// How many times the documents are repeated.
    let repetitions: Int
    /// Total size in bytes.
    let totalBytes: Int

    init(documents: [[UInt8]], targetBytes: Int) {
        self.documents = documents
        let once = documents.reduce(0) { $0 + $1.count }
        repetitions = max(1, (targetBytes + once - 1) / once)
        totalBytes = once * repetitions
    }

    var megabytes: Double { Double(totalBytes) / 1_048_576 }

    static func defaultCorpusFolder() -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path + "/Corpora"
    }

    /// Every `.txt` under `folder` (recursively), sorted by path.
    static func corpusDocuments(in folder: String) -> [[UInt8]] {
        let fm = FileManager.default
        let paths = (fm.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return paths.compactMap { fm.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
    }

    private func report(_ label: String, seconds: Double, bytes: Int, extra: String = "") {
        let rate = Double(bytes) / 1_048_576 / seconds
        print("\(label.padding(toLength: 38, withPad: " ", startingAt: 0)) \(String(format: "%7.1f", rate)) MB/s  (\(String(format: "%.2f", seconds)) s)\(extra)")
    }

    /// Runs `pass` once per repetition of the corpus, in ten rounds, and prints the rate over the whole
    /// run and the rate of the fastest round (the machine is shared: the best round is the closest to
    /// an unloaded core).
    private func measure(_ label: String, _ pass: () -> Void) {
        let rounds = min(10, repetitions)
        var total = 0.0
        var best = Double.infinity
        var done = 0
        for round in 0..<rounds {
            let count = repetitions * (round + 1) / rounds - done
            let seconds = time { for _ in 0..<count { pass() } }
            done += count
            total += seconds
            best = min(best, seconds / Double(count))
        }
        let bestRate = Double(totalBytes / repetitions) / 1_048_576 / best
        report(label, seconds: total, bytes: totalBytes, extra: String(format: "  best round %.1f MB/s", bestRate))
    }

    /// The CPU time of this thread while `body` runs, in seconds: the figure for one core, which the
    /// other processes on a shared machine do not inflate the way they inflate wall time.
    private func time(_ body: () -> Void) -> Double {
        let start = TextBenchmark.threadCPUSeconds()
        body()
        return TextBenchmark.threadCPUSeconds() - start
    }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// What `isnad normalize` does: UTF-8 in, UTF-8 out, in 1 MB chunks.
    func measureStreamingNormalize() {
        let normalizer = Normalizer(profile: .search)
        let stream = documents.reduce([], +)
        var streaming = StreamingNormalizer(normalizer: normalizer)
        var outputBytes = 0
        measure("normalize (streaming, search)") {
            var offset = 0
            while offset < stream.count {
                let end = min(stream.count, offset + (1 << 20))
                outputBytes += (try? streaming.feed(Array(stream[offset..<end])))?.count ?? 0
                offset = end
            }
        }
        outputBytes += (try? streaming.finish())?.count ?? 0
    }

    /// `Normalizer.normalize` on each document's String, alignment included.
    func measureAlignedNormalize() {
        let normalizer = Normalizer(profile: .search)
        let texts = documents.map { String(decoding: $0, as: UTF8.self) }
        var scalars = 0
        measure("normalize (with alignment)") {
            for text in texts { scalars += normalizer.normalize(text).count }
        }
    }

    /// Tokenize each document (from its String) and ask for the clitic candidates of every word;
    /// then each part alone, and tokenization with sentence splitting.
    func measureTokenizeWithClitics() {
        let texts = documents.map { String(decoding: $0, as: UTF8.self) }
        let tokenizer = Tokenizer()
        var tokens = 0
        var candidates = 0
        measure("tokenize + clitic candidates") {
            for text in texts {
                for token in tokenizer.tokenize(text) {
                    tokens += 1
                    if token.kind == .word { candidates += Clitics.candidates(for: token).count }
                }
            }
        }
        print("  \(tokens / repetitions) tokens and \(candidates / repetitions) clitic candidates per copy of the corpus")
        var buffer = CliticCandidates()
        var stemLetters = 0
        measure("tokenize + candidates (reused buffer)") {
            for text in texts {
                for token in tokenizer.tokenize(text) where token.kind == .word {
                    buffer.fill(for: token)
                    for index in 0..<buffer.count { stemLetters += buffer.stemRange(index).count }
                }
            }
        }
        print("  \(stemLetters / repetitions) stem scalars over all candidates per copy (offsets only; texts on request)")
        // The fast path: tokens in a reused TokenBuffer (no String per token), candidates from its entries.
        var tokenBuffer = TokenBuffer()
        var fastStemLetters = 0
        measure("tokenize + candidates (TokenBuffer)") {
            for text in texts {
                tokenizer.tokenize(text, into: &tokenBuffer)
                for index in 0..<tokenBuffer.count where tokenBuffer.kind(index) == .word {
                    buffer.fill(tokenBuffer, at: index)
                    for candidate in 0..<buffer.count { fastStemLetters += buffer.stemRange(candidate).count }
                }
            }
        }
        if fastStemLetters != stemLetters {
            print("  MISMATCH: \(fastStemLetters / repetitions) stem scalars per copy from the TokenBuffer path")
        }
        measure("tokenize alone (TokenBuffer)") {
            for text in texts {
                tokenizer.tokenize(text, into: &tokenBuffer)
                tokens += tokenBuffer.count
            }
        }
        let allTokens = texts.map { tokenizer.tokenize($0) }
        measure("clitic candidates alone") {
            for tokens in allTokens {
                for token in tokens where token.kind == .word { candidates += Clitics.candidates(for: token).count }
            }
        }
        measure("tokenize alone") {
            for text in texts { tokens += tokenizer.tokenize(text).count }
        }
        var sentences = 0
        measure("tokenize + sentences") {
            for text in texts {
                let scalars = Tokenizer.scalars(of: text)
                sentences += SentenceSplitter().sentences(in: scalars, tokens: tokenizer.tokenize(scalars)).count
            }
        }
    }

    /// Writes a file of `megabytes` MB by repetition, runs the sibling `isnad normalize` on it with
    /// standard output to /dev/null, and prints its peak resident memory (wait4's ru_maxrss).
    func measureChildPeakMemory(megabytes: Int) -> Int32 {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path + "/isnad"
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("isnad normalize peak memory: skipped (no \(executable); run 'swift build -c release' first)")
            return 1
        }
        let folder = NSTemporaryDirectory() + "isnad-bench-" + UUID().uuidString
        let path = folder + "/big.txt"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            print("isnad-bench text: cannot create \(folder)")
            return 1
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            print("isnad-bench text: cannot write \(path)")
            return 1
        }
        let block = Data(documents.reduce([], +))
        var written = 0
        while written < megabytes << 20 {
            handle.write(block)
            written += block.count
        }
        handle.closeFile()

        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = [executable, "normalize", path]
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable, &actions, nil, &cArguments, environ) == 0 else {
            print("isnad-bench text: cannot start \(executable)")
            return 1
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        report("isnad normalize on \(written >> 20) MB (child)", seconds: cpu, bytes: written,
               extra: "  CPU time; wall \(String(format: "%.1f", wall)) s; peak RSS \(usage.ru_maxrss / 1024) MB, exit \(status >> 8)")
        return status == 0 ? 0 : 1
    }
}
