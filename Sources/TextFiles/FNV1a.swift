/// The 64-bit FNV-1a hash of bytes (Fowler–Noll–Vo): the change detector of version-1 annotate
/// manifests. A lookup hash, not a security measure.
public enum FNV1a {
    /// The offset basis: the hash of no bytes.
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The prime each step multiplies by.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of the bytes hashed into `hash` followed by `bytes` (from `offset`: the hash of `bytes`).
    @inlinable
    public static func hash<Bytes: Sequence>(_ bytes: Bytes, continuing hash: UInt64 = offset) -> UInt64
    where Bytes.Element == UInt8 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }
}
