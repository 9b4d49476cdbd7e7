import ArabicText
import Foundation
import TextFiles

/// `isnad normalize`: Normalize Arabic text (streaming) to standard output.
public enum NormalizeCommand: Command {
    public static let name = "normalize"
    public static let summary = "Normalize Arabic text (streaming) to standard output."
    public static let synopsis = "isnad normalize [--profile NAME] [--keep OP]... [--fold OP]... [FILE...]"
    public static var discussion: String {
        let profiles = NormalizationProfile.named.map { profile in
            "  \(profile.name.padding(toLength: 8, withPad: " ", startingAt: 0))"
                + (profile.operations.isEmpty ? "(nothing)" : profile.operations.sorted().map(\.rawValue).joined(separator: " "))
        }.joined(separator: "\n")
        return """
        Reads each FILE (or standard input when there is none, or for '-') and writes it normalized,
        in chunks, so memory stays constant on any input size. Line breaks are kept.

        Profiles (--profile, default search):
        \(profiles)
        light keeps letters as written and drops only invisible and decorative things;
        search folds everything below, for matching (dagger alef is removed, not made ا).

        Operations (--fold OP adds one to the profile, --keep OP takes one out; repeatable):
          diacritics          remove harakat, tanween, shadda, sukun, dagger alef, Quranic marks
                              (U+0610-061A, U+064B-065F, U+0670, U+06D6-06ED, U+08D3-08FF)
          tatweel             remove tatweel U+0640
          dagger-alef         dagger alef U+0670 becomes ا instead (السمٰوات -> السماوات)
          alef                أ إ آ ٱ ٲ ٳ ٵ -> ا
          hamza               ؤ -> و, ئ -> ي
          alef-maksura        ى -> ي
          teh-marbuta         ة -> ه
          persian             ک -> ك, ے -> ي, ە ۀ ہ ھ -> ه, ۃ -> ة; ی -> ي inside a word, ى at its end
          presentation-forms  presentation forms and lam-alef ligatures -> base letters (ﻻ -> لا)
          digits              ٠-٩ and ۰-۹ -> 0-9
          separators          ٫ -> .  and  ٬ -> ,
          punctuation         ، ؛ ؟ ٪ ۔ -> , ; ? % .
          controls            remove bidi and zero-width controls and the byte-order mark
          spaces              every Unicode space -> one space; runs of spaces collapse

        Normalizing twice gives the same text as normalizing once, for every profile.
        Invalid UTF-8 stops with 'PATH: not valid UTF-8 at byte N' (exit 1).

        Examples:
          isnad normalize Corpora/dev/article.txt
          echo 'قَالَ الرَّئِيسُ' | isnad normalize --profile light
          isnad normalize --profile none --fold diacritics --fold alef article.txt
        """
    }
    public static let options: [OptionSpec] = [
        .value("--profile", valueName: "NAME", help: "light, search (default) or none"),
        .value("--keep", valueName: "OP", repeatable: true, help: "leave operation OP out of the profile"),
        .value("--fold", valueName: "OP", repeatable: true, help: "add operation OP to the profile"),
        .value("--buffer-size", valueName: "BYTES", help: "bytes read at a time (default 262144, at most 67108864)"),
    ]

    /// The largest `--buffer-size`: the read buffer is allocated whole before the first read, so a
    /// size past what memory holds stopped the run with a trap instead of a message.
    static let maximumBufferSize = 1 << 26

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let profile = try profile(from: arguments)
        var bufferSize = 1 << 18
        if let text = arguments.value("--buffer-size") {
            guard let size = Int(text), (1...maximumBufferSize).contains(size) else {
                throw UsageError("--buffer-size needs a number of bytes from 1 to \(maximumBufferSize), not '\(text)'", command: name)
            }
            bufferSize = size
        }
        let paths = arguments.operands.isEmpty ? ["-"] : arguments.operands
        var status: Int32 = 0
        for path in paths {
            if let failure = normalize(path, profile: profile, bufferSize: bufferSize, console: console) {
                console.error.line(failure)
                status = 1
            }
        }
        return status
    }

    /// The profile the options ask for.
    /// - Throws: `UsageError` for an unknown profile or operation name.
    static func profile(from arguments: ParsedArguments) throws -> NormalizationProfile {
        let profileName = arguments.value("--profile") ?? "search"
        guard var profile = NormalizationProfile.named(profileName) else {
            let names = NormalizationProfile.named.map(\.name).joined(separator: ", ")
            throw UsageError("no profile '\(profileName)'; profiles: \(names)", command: name)
        }
        for (option, adding) in [("--keep", false), ("--fold", true)] {
            for value in arguments.allValues(option) {
                guard let operation = NormalizationOperation(rawValue: value) else {
                    throw UsageError("no operation '\(value)' for \(option); operations: \(NormalizationOperation.namesList)",
                                     command: name)
                }
                profile = adding ? profile.folding(operation) : profile.keeping(operation)
            }
        }
        return profile
    }

    /// Streams one input to standard output; returns an error message on failure.
    private static func normalize(_ path: String, profile: NormalizationProfile, bufferSize: Int, console: Console) -> String? {
        let label = path == "-" ? "<stdin>" : path
        let reader: ChunkReader
        if path == "-" {
            reader = ChunkReader(console.input)
        } else {
            switch ChunkReader.open(path) {
            case let .success(opened): reader = opened
            case let .failure(error): return error.description
            }
        }
        var normalizer = StreamingNormalizer(profile: profile)
        do {
            while true {
                let chunk = try reader.read(maxLength: bufferSize)
                if chunk.isEmpty { break }
                console.output.write(bytes: try normalized(chunk, by: &normalizer, label: label))
            }
            console.output.write(bytes: try normalized(nil, by: &normalizer, label: label))
        } catch {
            return "\(error)"
        }
        return nil
    }

    /// What `normalizer` gives for `chunk` (or at the end, for nil).
    /// - Throws: `TextFileError.invalidUTF8` naming `label`.
    private static func normalized(_ chunk: [UInt8]?, by normalizer: inout StreamingNormalizer, label: String) throws -> [UInt8] {
        do {
            guard let chunk else { return try normalizer.finish() }
            return try normalizer.feed(chunk)
        } catch {
            throw TextFileError.invalidUTF8(path: label, byte: error.byte)
        }
    }
}

/// Reads a file or standard input in chunks.
private final class ChunkReader {
    private let descriptor: Int32?
    private let input: InputSource?
    private let path: String

    /// A reader of the console's standard input.
    init(_ input: InputSource) {
        self.input = input
        self.descriptor = nil
        self.path = "<stdin>"
    }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.input = nil
        self.path = path
    }

    /// Opens `path` for reading.
    static func open(_ path: String) -> Result<ChunkReader, TextFileError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.unreadable(path: path, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(.unreadable(path: path, reason: "is a directory")) }
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            return .failure(.unreadable(path: path, reason: String(cString: strerror(errno))))
        }
        return .success(ChunkReader(descriptor: descriptor, path: path))
    }

    /// Up to `maxLength` bytes; empty at the end.
    /// - Throws: `TextFileError.unreadable` when the input cannot be read.
    func read(maxLength: Int) throws -> [UInt8] {
        if let input { return try input.read(maxLength: maxLength) }
        guard let descriptor else { return [] }
        return try DescriptorReader.read(descriptor, maxLength: maxLength, naming: path)
    }

    deinit {
        if let descriptor { close(descriptor) }
    }
}
