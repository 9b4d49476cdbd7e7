import Foundation

/// Where a command's bytes go: a file descriptor, or memory for tests. Buffered.
public final class OutputSink {
    private let descriptor: Int32?
    private var buffer: [UInt8] = []
    /// Everything written, when the sink is in memory.
    public private(set) var captured: [UInt8] = []

    /// A sink that writes to a file descriptor (1 for standard output, 2 for standard error).
    public init(descriptor: Int32) { self.descriptor = descriptor }
    /// A sink that keeps what is written, for tests.
    public init() { self.descriptor = nil }

    /// What was written, as text (in-memory sinks).
    public var text: String { String(decoding: captured, as: UTF8.self) }

    /// Appends text.
    public func write(_ string: String) { write(bytes: Array(string.utf8)) }
    /// Appends text and a line feed.
    public func line(_ string: String) { write(string); write(bytes: [0x0A]) }
    /// Appends bytes.
    public func write<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        guard descriptor != nil else { captured.append(contentsOf: bytes); return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }
    /// Sends buffered bytes on.
    public func flush() {
        guard let fd = descriptor, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
    deinit { flush() }
}

/// Where a command reads standard input from: a file descriptor, or memory for tests.
public final class InputSource {
    private let descriptor: Int32?
    private var remaining: ArraySlice<UInt8>

    /// Standard input of the process.
    public init(descriptor: Int32) { self.descriptor = descriptor; self.remaining = [] }
    /// Fixed bytes, for tests.
    public init(bytes: [UInt8]) { self.descriptor = nil; self.remaining = bytes[...] }

    /// Up to `maxLength` bytes; empty at the end of input.
    /// - Throws: `TextFileError.unreadable` naming `<stdin>` when standard input cannot be read
    ///   (a folder redirected into it, say): a failed read is never taken for the end.
    public func read(maxLength: Int) throws -> [UInt8] {
        guard let fd = descriptor else {
            let chunk = remaining.prefix(maxLength)
            remaining = remaining.dropFirst(chunk.count)
            return Array(chunk)
        }
        return try DescriptorReader.read(fd, maxLength: maxLength, naming: "<stdin>")
    }

    /// All remaining bytes.
    /// - Throws: `TextFileError.unreadable`, as `read(maxLength:)`.
    public func readAll() throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try read(maxLength: 1 << 16)
            if chunk.isEmpty { return all }
            all.append(contentsOf: chunk)
        }
    }
}

/// The streams a command talks to.
public struct Console {
    /// Standard output.
    public let output: OutputSink
    /// Standard error.
    public let error: OutputSink
    /// Standard input.
    public let input: InputSource
    /// Whether standard error is a terminal (progress lines are shown only then).
    public let errorIsTerminal: Bool

    /// The process's own streams.
    public static func standard() -> Console {
        Console(output: OutputSink(descriptor: 1), error: OutputSink(descriptor: 2),
                input: InputSource(descriptor: 0), errorIsTerminal: isatty(2) != 0)
    }

    /// In-memory streams, for tests.
    public static func memory(input: [UInt8] = []) -> Console {
        Console(output: OutputSink(), error: OutputSink(), input: InputSource(bytes: input), errorIsTerminal: false)
    }

    /// Creates a console from its parts.
    public init(output: OutputSink, error: OutputSink, input: InputSource, errorIsTerminal: Bool) {
        self.output = output
        self.error = error
        self.input = input
        self.errorIsTerminal = errorIsTerminal
    }
}
