/// UTF-8 helpers for the hot loops.
public enum UTF8Encoding {
    /// Calls `body` with each scalar value of the valid UTF-8 in `bytes[..<end]`, in order.
    @inline(__always)
    static func forEachScalar(in bytes: UnsafeBufferPointer<UInt8>, upTo end: Int, _ body: (UInt32) -> Void) {
        var i = 0
        while i < end {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                body(b0)
                i += 1
            } else if b0 < 0xE0 {
                body((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                i += 2
            } else if b0 < 0xF0 {
                body((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F))
                i += 3
            } else {
                body((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F))
                i += 4
            }
        }
    }

    /// The scalar value and length of the strict UTF-8 sequence of two to four bytes starting at
    /// `bytes[i]` and ending before `end`, or nil when it is invalid (overlong, surrogate, past U+10FFFF,
    /// a stray continuation byte, or cut off).
    @inline(__always)
    static func multibyteScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, upTo end: Int) -> (UInt32, Int)? {
        let lead = UInt32(bytes[i])
        @inline(__always) func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard i + k < end else { return nil }
            let byte = bytes[i + k]
            return byte >= low && byte <= high ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0xC2...0xDF:
            guard let c1 = continuation(1) else { return nil }
            return ((lead & 0x1F) << 6 | c1, 2)
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
            let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2) else { return nil }
            return ((lead & 0x0F) << 12 | c1 << 6 | c2, 3)
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
            let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard let c1 = continuation(1, low, high), let c2 = continuation(2), let c3 = continuation(3) else { return nil }
            return ((lead & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        default:
            return nil
        }
    }

    /// Writes the UTF-8 form of scalar value `v` at `out[count]` and advances `count`; `out` needs room
    /// for four bytes there.
    @inlinable @inline(__always)
    public static func encode(_ v: UInt32, into out: UnsafeMutablePointer<UInt8>, at count: inout Int) {
        if v < 0x80 {
            out[count] = UInt8(v)
            count += 1
        } else if v < 0x800 {
            out[count] = UInt8(0xC0 | (v >> 6))
            out[count + 1] = UInt8(0x80 | (v & 0x3F))
            count += 2
        } else if v < 0x10000 {
            out[count] = UInt8(0xE0 | (v >> 12))
            out[count + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[count + 2] = UInt8(0x80 | (v & 0x3F))
            count += 3
        } else {
            out[count] = UInt8(0xF0 | (v >> 18))
            out[count + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[count + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            out[count + 3] = UInt8(0x80 | (v & 0x3F))
            count += 4
        }
    }

    /// Writes the UTF-8 form of `scalars[range]` at `out[count]` and advances `count`; `out` needs
    /// room for four bytes a scalar there.
    @inlinable
    public static func encode(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>,
                              into out: UnsafeMutablePointer<UInt8>, at count: inout Int) {
        // the count in a local: a count behind a pointer would be loaded and stored for every byte
        var written = count
        for offset in range {
            let v = scalars[offset].value
            if v < 0x80 {
                out[written] = UInt8(truncatingIfNeeded: v)
                written &+= 1
            } else if v < 0x800 {
                // both bytes of a two-byte scalar (Arabic) in one store
                let pair = UInt16(truncatingIfNeeded: 0xC0 | v >> 6) | UInt16(truncatingIfNeeded: 0x80 | v & 0x3F) << 8
                UnsafeMutableRawPointer(out + written).storeBytes(of: pair.littleEndian, as: UInt16.self)
                written &+= 2
            } else {
                encode(v, into: out, at: &written)
            }
        }
        count = written
    }

    /// The number of UTF-8 bytes of scalar value `v`.
    @inline(__always)
    static func length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
}
