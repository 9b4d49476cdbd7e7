/// Strict UTF-8 validation that reports where the first invalid byte is.
public enum UTF8Validation {
    /// The 0-based offset of the first byte that does not begin or continue a valid
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF are invalid),
    /// or `nil` when all of `bytes` is valid.
    ///
    /// A sequence cut off by the end of `bytes` is reported at its first byte unless
    /// `allowTruncatedTail` is set, in which case it is not an error (for streaming).
    @inlinable
    public static func firstInvalidByte<Bytes: RandomAccessCollection>(
        in bytes: Bytes, allowTruncatedTail: Bool = false
    ) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
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
            default: return i - bytes.startIndex
            }
            for k in 1..<length {
                let j = i + k
                if j >= end { return allowTruncatedTail ? nil : i - bytes.startIndex }
                let b = bytes[j]
                let lo = k == 1 ? lower : 0x80
                let hi = k == 1 ? upper : 0xBF
                if b < lo || b > hi { return i - bytes.startIndex }
            }
            i += length
        }
        return nil
    }

    /// The Unicode scalars of `bytes`, decoded and validated in one pass (the rules of
    /// `firstInvalidByte(in:)`), or nil when `bytes` is not valid UTF-8.
    public static func scalars(decoding bytes: [UInt8]) -> [Unicode.Scalar]? {
        bytes.withUnsafeBufferPointer { input in
            // In valid UTF-8 every scalar has exactly one byte that is not a continuation byte.
            let count = leadByteCount(input)
            var valid = true
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, initialized in
                initialized = 0
                valid = decode(input, into: output, count: &initialized)
            }
            return valid ? scalars : nil
        }
    }

    /// The number of bytes of `input` that are not continuation bytes (`10xxxxxx`), counted
    /// eight at a time (the flags summed by one multiplication: `nonzeroBitCount` is a loop of
    /// shifts and adds on processors without a population count instruction, as Swift targets by
    /// default).
    private static func leadByteCount(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        if let base = input.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= input.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                // bit 7 set and bit 6 clear: a continuation byte; its flag moved to bit 0 of its byte
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                // the sum of the eight flags (at most 8) lands in the top byte
                count += 8 - Int(truncatingIfNeeded: (continuations &* 0x0101_0101_0101_0101) >> 56)
                i += 8
            }
        }
        while i < input.count {
            if input[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Decodes `input` into `output` (room for one scalar per non-continuation byte), counting
    /// the scalars written in `count`; false at the first invalid sequence. ASCII and two-byte
    /// sequences (Arabic) take a short path; longer ones are checked byte by byte.
    private static func decode(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<Unicode.Scalar>, count: inout Int
    ) -> Bool {
        guard let source = input.baseAddress, let target = output.baseAddress else { return input.isEmpty }
        var i = 0
        let end = input.count
        var written = 0
        defer { count = written }
        while i < end {
            let b0 = source[i]
            if b0 < 0x80 {
                (target + written).initialize(to: Unicode.Scalar(b0))
                written += 1
                i += 1
                continue
            }
            if b0 >= 0xC2, b0 <= 0xDF, i + 1 < end, source[i + 1] & 0xC0 == 0x80 {
                // U+0080...U+07FF: always a scalar
                let value = UInt32(b0 & 0x1F) << 6 | UInt32(source[i + 1] & 0x3F)
                (target + written).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
                written += 1
                i += 2
                continue
            }
            guard let length = decodeLonger(source + i, available: end - i, into: target + written) else { return false }
            written += 1
            i += length
        }
        return true
    }

    /// Decodes the sequence of two to four bytes at `start` (at most `available` bytes) into
    /// `target`; its length, or nil when it is not valid UTF-8.
    private static func decodeLonger(_ start: UnsafePointer<UInt8>, available: Int, into target: UnsafeMutablePointer<Unicode.Scalar>) -> Int? {
        let b0 = start[0]
        let length: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0: length = 3; lower = 0xA0; value = 0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xED: length = 3; upper = 0x9F; value = 0x0D
        case 0xF0: length = 4; lower = 0x90; value = 0
        case 0xF1...0xF3: length = 4; value = UInt32(b0 & 0x07)
        case 0xF4: length = 4; upper = 0x8F; value = 4
        default: return nil
        }
        guard length <= available else { return nil }
        let b1 = start[1]
        guard b1 >= lower, b1 <= upper else { return nil }
        value = value << 6 | UInt32(b1 & 0x3F)
        for k in 2..<max(2, length) {
            let b = start[k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        // The checks above exclude surrogates and values past U+10FFFF.
        guard let scalar = Unicode.Scalar(value) else { return nil }
        target.initialize(to: scalar)
        return length
    }

    /// The number of bytes at the end of `bytes` that start an incomplete (but so far
    /// valid) UTF-8 sequence: what a streaming reader must carry into the next chunk.
    public static func incompleteTailLength(of bytes: [UInt8]) -> Int {
        let n = bytes.count
        var back = 1
        while back <= min(3, n) {
            let b = bytes[n - back]
            if b & 0xC0 != 0x80 {
                let needed: Int
                switch b {
                case 0xC0...0xDF: needed = 2
                case 0xE0...0xEF: needed = 3
                case 0xF0...0xF7: needed = 4
                default: needed = 1
                }
                return needed > back ? back : 0
            }
            back += 1
        }
        return 0
    }
}
