/// UTF-8 helpers for the hot loops.
enum UTF8Encoding {
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

    /// The number of UTF-8 bytes of scalar value `v`.
    @inline(__always)
    static func length(_ v: UInt32) -> Int {
        v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
}
