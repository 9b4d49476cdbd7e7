/// A normalized word as the extractor compares it: its UTF-8 bytes with a 64-bit hash of them
/// (`Word.hash(of:)`) computed once, so dictionary and set look-ups hash a number instead of Unicode
/// text. A word
/// of up to 16 bytes (8 Arabic letters, most words) keeps its bytes inline: making one builds no
/// `String`, and comparing two compares three numbers. A longer word keeps its bytes in one small
/// shared buffer (no `String`: making one copies its bytes, without validating them again).
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// `Word.hash(of:)` of the UTF-8 bytes.
    let hash: UInt64
    /// The first 8 and the next 8 bytes of a short word, zero-padded (0 for a long one).
    private let low: UInt64
    private let high: UInt64
    /// The number of UTF-8 bytes.
    private let count: Int
    /// The bytes of a word longer than 16 bytes (nil for a short one).
    private let long: LongBytes?

    /// The UTF-8 bytes of a long word, in one buffer never changed once written: the copies of a
    /// word share it, across threads too.
    private struct LongBytes: @unchecked Sendable {
        /// The bytes, stored after the header (their count).
        private final class Storage: ManagedBuffer<Int, UInt8> {}

        private let storage: Storage

        /// A buffer holding a copy of `bytes`.
        init(copying bytes: UnsafeBufferPointer<UInt8>) {
            let buffer = Storage.create(minimumCapacity: bytes.count) { _ in bytes.count }
            buffer.withUnsafeMutablePointerToElements { elements in
                if let base = bytes.baseAddress { elements.initialize(from: base, count: bytes.count) }
            }
            storage = unsafeDowncast(buffer, to: Storage.self)
        }

        /// Calls `body` with the bytes.
        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
            try storage.withUnsafeMutablePointers { count, elements in
                try body(UnsafeBufferPointer(start: elements, count: count.pointee))
            }
        }

        /// Whether both hold the same bytes.
        static func same(_ lhs: LongBytes, _ rhs: LongBytes) -> Bool {
            lhs.storage === rhs.storage || lhs.withBytes { left in rhs.withBytes { right in left.elementsEqual(right) } }
        }
    }

    /// The whole text of a word of at most 16 bytes, as numbers that are equal exactly when the texts
    /// are (`low`, `high` and the byte count); nil for a longer word.
    @inline(__always)
    var packedText: (low: UInt64, high: UInt64, count: Int)? {
        long == nil ? (low, high, count) : nil
    }

    /// The word whose text is the (valid) UTF-8 `bytes`.
    @inline(__always)
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        if count <= 16 {
            // packed with a few loads inside the bytes (little-endian, as they lie in memory), then
            // hashed from the packed words
            (low, high) = Word.pack(bytes)
            hash = Word.mix(low: low, high: high, count: count)
            long = nil
        } else {
            hash = Word.longHash(bytes)
            (low, high) = (0, 0)
            long = LongBytes(copying: bytes)
        }
    }

    /// The word whose text is the (valid) UTF-8 `bytes`, which lie inside a buffer that can be read
    /// for 16 bytes from where they start (a word of a text, not at its very end): a short word is
    /// packed with two loads instead of byte by byte.
    @inline(__always)
    init(utf8 bytes: UnsafeBufferPointer<UInt8>, sixteenReadable: Bool) {
        guard sixteenReadable, bytes.count <= 16, let base = bytes.baseAddress else {
            self.init(utf8: bytes)
            return
        }
        let count = bytes.count
        let raw = UnsafeRawPointer(base)
        var low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 8 {
            low &= (1 &<< (8 &* UInt64(count))) &- 1
            high = 0
        } else if count < 16 {
            high &= (1 &<< (8 &* UInt64(count &- 8))) &- 1
        }
        self.init(hash: Word.mix(low: low, high: high, count: count), low: low, high: high, count: count, long: nil)
    }

    /// The (at most 16) `bytes` packed little-endian into two words, zero-padded: read with at most
    /// two overlapping loads per word, never outside `bytes`.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        let count = bytes.count
        guard count >= 4, let base = bytes.baseAddress.map(UnsafeRawPointer.init) else {
            var low: UInt64 = 0
            for index in 0..<count { low |= UInt64(bytes[index]) &<< (8 &* UInt64(index)) }
            return (low, 0)
        }
        if count < 8 {
            // bytes 0..<4 and count-4..<count (overlapping: the same bits)
            let first = UInt64(UInt32(littleEndian: base.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            return (first | last &<< (8 &* UInt64(count &- 4)), 0)
        }
        let low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        guard count > 8 else { return (low, 0) }
        // bytes count-8..<count, of which 8..<count are the top count-8
        let last = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        return (low, last &>> (8 &* UInt64(16 &- count)))
    }

    /// The hash of the word whose text is the (valid) UTF-8 `bytes` (what `hash` holds): a short
    /// word's packed bytes and length mixed by three multiplications (no step per byte), a long
    /// word's bytes eight at a time. Equal texts have equal hashes; any other use of the number (a
    /// filter of hashes, a memo by hash) must compute it here.
    static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard bytes.count <= 16 else { return longHash(bytes) }
        let (low, high) = pack(bytes)
        return mix(low: low, high: high, count: bytes.count)
    }

    /// `hash(of:)` of a part of some bytes.
    static func hash(of bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        hash(of: UnsafeBufferPointer(rebasing: bytes))
    }

    /// `hash(of:)` of `bytes` followed by the two bytes `next` (a two-byte letter put in place of
    /// whatever follows `bytes`).
    static func hash(of bytes: Slice<UnsafeBufferPointer<UInt8>>, followedBy next: (UInt8, UInt8)) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 2) { copy in
            var filled = 0
            for byte in bytes {
                copy[filled] = byte
                filled += 1
            }
            copy[filled] = next.0
            copy[filled + 1] = next.1
            return hash(of: UnsafeBufferPointer(copy))
        }
    }

    /// The hash of at most 16 bytes packed little-endian in `low` and `high` (zero-padded), `count`
    /// of them: both words and the length multiplied together, then the high bits folded down and
    /// mixed again (every bit of the result depends on every input bit).
    @inline(__always)
    static func mix(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        let combined = (low &* 0x9E37_79B9_7F4A_7C15) ^ ((high &+ UInt64(truncatingIfNeeded: count)) &* 0xC2B2_AE3D_27D4_EB4F)
        return finish(combined)
    }

    /// The hash of more than 16 bytes: eight at a time (the last ones zero-padded), with the length.
    private static func longHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        if let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            while offset &+ 8 <= count {
                let chunk = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = finish(hash ^ (chunk &* 0xC2B2_AE3D_27D4_EB4F))
                offset &+= 8
            }
        }
        if offset < count {
            var chunk: UInt64 = 0
            for index in offset..<count { chunk |= UInt64(bytes[index]) &<< (8 &* UInt64(index &- offset)) }
            hash = finish(hash ^ (chunk &* 0xC2B2_AE3D_27D4_EB4F))
        }
        return hash
    }

    /// The final mixing of a 64-bit value (a bijection: distinct inputs stay distinct).
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var hash = value ^ (value &>> 32)
        hash &*= 0xD6E8_FEB8_6659_FD93
        hash ^= hash &>> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        return hash ^ (hash &>> 32)
    }

    private init(hash: UInt64, low: UInt64, high: UInt64, count: Int, long: LongBytes?) {
        self.hash = hash
        self.low = low
        self.high = high
        self.count = count
        self.long = long
    }

    /// The word `text` carrying `hash` in place of its own: lets a test make two different words
    /// collide, to check that a table keyed by hash still tells them apart.
    init(_ text: String, pretendingHash hash: UInt64) {
        let word = Word(text)
        self.init(hash: hash, low: word.low, high: word.high, count: word.count, long: word.long)
    }

    /// Whether the word is longer than 16 bytes: it holds a reference (a short one's bytes are
    /// inline, and it needs no release).
    var isLong: Bool { long != nil }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { Word(utf8: $0) }
    }

    init(stringLiteral value: String) { self.init(value) }

    /// The normalized text.
    var text: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of the text (valid only inside `body`).
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let long { return try long.withBytes(body) }
        var packed = (low, high)
        let count = count
        return try withUnsafeBytes(of: &packed) { raw in
            try body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
        }
    }

    static func == (lhs: Word, rhs: Word) -> Bool {
        guard lhs.hash == rhs.hash, lhs.count == rhs.count, lhs.low == rhs.low, lhs.high == rhs.high else { return false }
        switch (lhs.long, rhs.long) {
        case (nil, nil): return true
        case let (left?, right?): return LongBytes.same(left, right)
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    var description: String { text }

    /// The number of UTF-8 bytes of the text.
    var utf8Count: Int { count }

    /// Whether the text starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        has(prefix, atEnd: false)
    }

    /// Whether the text ends with `suffix`, compared on UTF-8 bytes: for a normalized word (letters
    /// without marks) the same as `String.hasSuffix`, without building the word's `String`.
    func hasSuffix(_ suffix: String) -> Bool {
        has(suffix, atEnd: true)
    }

    /// Whether the UTF-8 bytes of `affix` stand at the start (or, `atEnd`, at the end) of the text's.
    @inline(__always)
    private func has(_ affix: String, atEnd: Bool) -> Bool {
        var affix = affix
        return withUTF8 { bytes in
            affix.withUTF8 { part in
                guard bytes.count >= part.count else { return false }
                let offset = atEnd ? bytes.count - part.count : 0
                for index in 0..<part.count where bytes[offset + index] != part[index] { return false }
                return true
            }
        }
    }

    /// The first Unicode scalar.
    var firstScalar: Unicode.Scalar? {
        // a short word's first bytes are the low bytes of `low`: ASCII and two-byte scalars (Arabic)
        // are read from there
        if long == nil, count > 0 {
            let lead = UInt32(truncatingIfNeeded: low & 0xFF)
            if lead < 0x80 { return Unicode.Scalar(lead) }
            if lead & 0xE0 == 0xC0, count >= 2 {
                return Unicode.Scalar((lead & 0x1F) << 6 | UInt32(truncatingIfNeeded: (low >> 8) & 0x3F))
            }
        }
        return withUTF8 { bytes in
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return nil
        }
    }
}
