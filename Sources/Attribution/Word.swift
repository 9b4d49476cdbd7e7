/// A normalized word as the extractor compares it: the text with a 64-bit FNV-1a hash of its UTF-8
/// bytes computed once, so dictionary and set look-ups hash a number instead of Unicode text.
struct Word: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The normalized text.
    let text: String
    /// FNV-1a over the UTF-8 bytes of `text`.
    let hash: UInt64

    init(_ text: String) {
        var text = text
        self.hash = text.withUTF8 { Word.fnv($0[...]) }
        self.text = text
    }

    /// The word whose text is the (valid) UTF-8 `bytes`, hashed from the bytes without reading the
    /// new string back.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        hash = Word.fnv(bytes[...])
        text = String(decoding: bytes, as: UTF8.self)
    }

    init(stringLiteral value: String) { self.init(value) }

    /// FNV-1a of some UTF-8 bytes.
    static func fnv(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        fnv(bytes, continuing: 0xcbf2_9ce4_8422_2325)
    }

    /// FNV-1a of the bytes hashed into `hash` followed by `bytes`.
    static func fnv(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func == (lhs: Word, rhs: Word) -> Bool {
        guard lhs.hash == rhs.hash else { return false }
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                guard a.count == b.count else { return false }
                for index in 0..<a.count where a[index] != b[index] { return false }
                return true
            }
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    var description: String { text }

    /// Whether the text starts with `prefix`.
    func hasPrefix(_ prefix: String) -> Bool {
        var text = self.text, prefix = prefix
        return text.withUTF8 { bytes in
            prefix.withUTF8 { start in
                guard bytes.count >= start.count else { return false }
                for index in 0..<start.count where bytes[index] != start[index] { return false }
                return true
            }
        }
    }

    /// The first Unicode scalar.
    var firstScalar: Unicode.Scalar? { text.unicodeScalars.first }
}
