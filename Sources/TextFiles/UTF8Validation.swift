/// Strict UTF-8 validation that reports where the first invalid byte is.
public enum UTF8Validation {
    /// The 0-based offset of the first byte that does not begin or continue a valid
    /// UTF-8 sequence (overlong forms, surrogates and values past U+10FFFF are invalid),
    /// or `nil` when all of `bytes` is valid.
    ///
    /// A sequence cut off by the end of `bytes` is reported at its first byte unless
    /// `allowTruncatedTail` is set, in which case it is not an error (for streaming).
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
            var count = 0
            for byte in input where byte & 0xC0 != 0x80 { count += 1 }
            var valid = true
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { output, initialized in
                initialized = 0
                valid = decode(input, into: output, count: &initialized)
            }
            return valid ? scalars : nil
        }
    }

    /// Decodes `input` into `output` (room for one scalar per non-continuation byte), counting
    /// the scalars written in `count`; false at the first invalid sequence.
    private static func decode(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<Unicode.Scalar>, count: inout Int
    ) -> Bool {
        var i = 0
        let end = input.count
        var written = 0
        defer { count = written }
        while i < end {
            let b0 = input[i]
            if b0 < 0x80 {
                output.initializeElement(at: written, to: Unicode.Scalar(b0))
                written += 1
                i += 1
                continue
            }
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
            default: return false
            }
            guard i + length <= end else { return false }
            let b1 = input[i + 1]
            guard b1 >= lower, b1 <= upper else { return false }
            value = value << 6 | UInt32(b1 & 0x3F)
            for k in 2..<max(2, length) {
                let b = input[i + k]
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(b & 0x3F)
            }
            // The checks above exclude surrogates and values past U+10FFFF.
            guard let scalar = Unicode.Scalar(value) else { return false }
            output.initializeElement(at: written, to: scalar)
            written += 1
            i += length
        }
        return true
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
