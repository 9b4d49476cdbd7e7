import Foundation

/// A growable byte buffer written through a raw pointer (faster than `Array.append` per byte).
final class ByteBuffer {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    private(set) var count = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes.
    init(capacity: Int = 64) {
        self.capacity = max(16, capacity)
        pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { pointer.deallocate() }

    /// Makes room for at least `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newPointer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newPointer.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = newPointer
        capacity = newCapacity
    }

    /// Appends the UTF-8 form of scalar value `v`.
    @inline(__always)
    func append(scalar v: UInt32) {
        reserve(4)
        UTF8Encoding.encode(v, into: pointer, at: &count)
    }

    /// Sets the byte count after bytes were written through `pointer` (within the reserved room).
    @inline(__always)
    func commit(count newCount: Int) { count = newCount }

    /// Forgets the contents, keeping the memory.
    @inline(__always)
    func removeAll() { count = 0 }

    /// The bytes written.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: pointer, count: count) }

    /// The bytes written, as an array.
    var array: [UInt8] { Array(bytes) }

    /// The bytes written, as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the contents equal `other`'s.
    func hasSameBytes(as other: ByteBuffer) -> Bool {
        count == other.count && (count == 0 || memcmp(pointer, other.pointer, count) == 0)
    }
}
