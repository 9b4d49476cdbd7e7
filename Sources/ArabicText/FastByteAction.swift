/// A normalization action reduced to UTF-8 bytes, for the scalars of one or two bytes whose action
/// needs no context beyond "was the last output a space": copy, replace, drop, or collapse to a space.
/// Packed in 32 bits so that the normalizer's fast path reads one table entry per scalar.
struct FastByteAction: RawRepresentable, Sendable {
    /// Bits 0–1: kind; bits 2–3: output length; bit 4: the output is U+0020; bits 16–31: the output bytes.
    let rawValue: UInt32

    /// The kinds, in bits 0–1.
    static let slowKind: UInt32 = 0, emitKind: UInt32 = 1, dropKind: UInt32 = 2, spaceKind: UInt32 = 3

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Needs the full action (Farsi yeh, expansions, or output longer than the input).
    static let slow = FastByteAction(rawValue: 0)

    /// The kind (`slowKind`, `emitKind`, `dropKind` or `spaceKind`).
    @inline(__always) var kind: UInt32 { rawValue & 3 }
    /// The number of output bytes of an emit (1 or 2).
    @inline(__always) var length: Int { Int((rawValue >> 2) & 3) }
    /// Whether the emitted output is U+0020.
    @inline(__always) var emitsSpace: Bool { rawValue & 0x10 != 0 }
    /// The first output byte.
    @inline(__always) var first: UInt8 { UInt8(truncatingIfNeeded: rawValue >> 16) }
    /// The second output byte.
    @inline(__always) var second: UInt8 { UInt8(truncatingIfNeeded: rawValue >> 24) }

    /// The packed form of `action` for scalar `v` (when no alignment is recorded).
    static func packing(_ action: NormalizationAction, of v: UInt32) -> FastByteAction {
        func emit(_ output: UInt32) -> FastByteAction {
            let length = UTF8Encoding.length(output)
            // Output longer than the input would break the fast path's room estimate.
            guard length <= UTF8Encoding.length(v), length <= 2 else { return .slow }
            let bytes: UInt32 = length == 1 ? output : (0xC0 | output >> 6) | (0x80 | output & 0x3F) << 8
            let space: UInt32 = output == 0x20 ? 0x10 : 0
            return FastByteAction(rawValue: emitKind | UInt32(length) << 2 | space | bytes << 16)
        }
        switch action.kind {
        case .copy: return emit(v)
        case .replace: return emit(action.first)
        case .dropAttached, .dropFree: return FastByteAction(rawValue: dropKind)
        case .space: return FastByteAction(rawValue: spaceKind | 1 << 2 | 0x20 << 16)
        case .positionalYeh, .expand: return .slow
        }
    }
}
