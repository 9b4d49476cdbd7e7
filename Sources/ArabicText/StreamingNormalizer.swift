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
        engine = NormalizationEngine(table: Normalizer(profile: profile).table, tracksAlignment: false)
    }

    /// Normalizes the next chunk and returns the UTF-8 output that is ready.
    /// - Throws: `InvalidUTF8` with the stream offset of the first bad byte.
    public mutating func feed(_ chunk: [UInt8]) throws(InvalidUTF8) -> [UInt8] {
        let bytes: [UInt8]
        if carried.isEmpty {
            bytes = chunk
        } else {
            bytes = carried + chunk
        }
        let chunkStart = bytesSeen - carried.count
        bytesSeen += chunk.count
        let outcome = decode(bytes)
        if let bad = outcome.invalidAt { throw InvalidUTF8(byte: chunkStart + bad) }
        carried = Array(bytes[outcome.consumed...])
        return engine.takeOutput()
    }

    /// Ends the stream and returns the last output.
    /// - Throws: `InvalidUTF8` when the stream ends inside a UTF-8 sequence.
    public mutating func finish() throws(InvalidUTF8) -> [UInt8] {
        if !carried.isEmpty { throw InvalidUTF8(byte: bytesSeen - carried.count) }
        engine.finish()
        return engine.takeOutput()
    }

    /// Decodes UTF-8 strictly and pushes each scalar; stops before an incomplete sequence at the end.
    private mutating func decode(_ bytes: [UInt8]) -> (consumed: Int, invalidAt: Int?) {
        engine.output.reserveCapacity(bytes.count + 16)
        var index = scalarsSeen
        defer { scalarsSeen = index }
        return bytes.withUnsafeBufferPointer { buffer -> (consumed: Int, invalidAt: Int?) in
            let end = buffer.count
            var i = 0
            while i < end {
                let b0 = UInt32(buffer[i])
                if b0 < 0x80 {
                    engine.push(b0, at: index)
                    index += 1
                    i += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80
                var upper: UInt8 = 0xBF
                switch b0 {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return (i, i)
                }
                var v = b0 & (0x7F >> UInt32(length))
                for k in 1..<length {
                    if i + k >= end { return (i, nil) }
                    let b = buffer[i + k]
                    if b < (k == 1 ? lower : 0x80) || b > (k == 1 ? upper : 0xBF) { return (i, i) }
                    v = v << 6 | UInt32(b & 0x3F)
                }
                engine.push(v, at: index)
                index += 1
                i += length
            }
            return (end, nil)
        }
    }
}
