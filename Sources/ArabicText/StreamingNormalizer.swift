import TextFiles

/// Normalizes a UTF-8 byte stream chunk by chunk in constant memory.
///
/// It carries an incomplete UTF-8 sequence at the end of a chunk and the normalizer's context
/// (a collapsed space, a Farsi yeh waiting for the next letter) into the next chunk, so the output
/// is the same for any chunking, and equal to `Normalizer.normalize` of the whole text.
public struct StreamingNormalizer {
    /// Invalid UTF-8 at `byte`, a 0-based offset counted over every chunk fed so far.
    public struct InvalidUTF8: Error, Equatable, Sendable {
        /// The offset of the first invalid byte in the whole stream.
        public let byte: Int
    }

    private var engine: NormalizationEngine
    private var carried: [UInt8] = []
    private var bytesSeen = 0
    private var scalarsSeen = 0

    /// Creates a streaming normalizer for `profile`.
    public init(profile: NormalizationProfile) {
        self.init(normalizer: Normalizer(profile: profile))
    }

    /// Creates a streaming normalizer that applies `normalizer`'s profile.
    public init(normalizer: Normalizer) {
        engine = NormalizationEngine(table: normalizer.table, tracksAlignment: false)
    }

    /// Normalizes the next chunk and returns the UTF-8 output that is ready.
    /// - Throws: `InvalidUTF8` with the stream offset of the first bad byte.
    public mutating func feed(_ chunk: [UInt8]) throws(InvalidUTF8) -> [UInt8] {
        let bytes = carried.isEmpty ? chunk : carried + chunk
        let chunkStart = bytesSeen - carried.count
        bytesSeen += chunk.count
        let complete = bytes.count - UTF8Validation.incompleteTailLength(of: bytes)
        if let bad = decode(bytes, upTo: complete) {
            throw InvalidUTF8(byte: chunkStart + bad)
        }
        carried = Array(bytes[complete...])
        return engine.takeOutput()
    }

    /// Ends the stream and returns the last output.
    /// - Throws: `InvalidUTF8` when the stream ends inside a UTF-8 sequence.
    public mutating func finish() throws(InvalidUTF8) -> [UInt8] {
        if !carried.isEmpty { throw InvalidUTF8(byte: bytesSeen - carried.count) }
        engine.finish()
        return engine.takeOutput()
    }

    /// Pushes each scalar of `bytes[..<end]`; returns the offset of the first invalid byte, if any.
    ///
    /// Decoding checks validity as it goes: a separate pass (the standard library's or the generic
    /// `UTF8Validation` across a module boundary) cost a fifth of the normalizer's time.
    private mutating func decode(_ bytes: [UInt8], upTo end: Int) -> Int? {
        engine.output.reserve(end + 16)
        var index = scalarsSeen
        defer { scalarsSeen = index }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var i = 0
            while i < end {
                if engine.canPushRun {
                    i = engine.pushRun(buffer, from: i, upTo: end, index: &index)
                    guard i < end else { break }
                }
                let lead = buffer[i]
                if lead < 0x80 {
                    engine.push(UInt32(lead), at: index)
                    index += 1
                    i += 1
                    continue
                }
                guard let (v, length) = UTF8Encoding.multibyteScalar(buffer, at: i, upTo: end) else { return i }
                engine.push(v, at: index)
                index += 1
                i += length
            }
            return nil
        }
    }
}
