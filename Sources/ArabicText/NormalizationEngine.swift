/// The normalizer's state machine: scalars go in one at a time, UTF-8 comes out.
///
/// The only context it needs is the last output (to collapse spaces) and a Farsi yeh waiting
/// for the next letter (to choose ي or ى), so feeding a text in pieces gives the same output
/// as feeding it whole.
struct NormalizationEngine {
    /// The compiled profile.
    let table: NormalizationTable
    /// Whether to record, for each output scalar, the original range it came from.
    let tracksAlignment: Bool
    /// The output so far, UTF-8.
    let output: ByteBuffer
    /// Original start of each output scalar (when tracking).
    var starts: [Int32] = []
    /// Original end of each output scalar (when tracking).
    var ends: [Int32] = []
    /// Whether the last scalar written was U+0020.
    private var lastWasSpace = false
    /// A Farsi yeh whose position is not known yet: its two forms and its original index.
    private var pendingYeh: (inside: UInt32, end: UInt32, index: Int)?
    /// Marks and tatweel that came after the pending yeh.
    private var pendingTail: [(action: NormalizationAction, scalar: UInt32, index: Int)] = []
    /// How many marks may wait behind a Farsi yeh before it is taken as word-final.
    private static let pendingLimit = 256

    /// Creates an engine for a compiled profile, writing after what `output` holds (a new buffer
    /// unless given).
    init(table: NormalizationTable, tracksAlignment: Bool, output: ByteBuffer = ByteBuffer()) {
        self.table = table
        self.tracksAlignment = tracksAlignment
        self.output = output
    }

    /// Feeds the scalar `v` found at original index `index`.
    @inline(__always)
    mutating func push(_ v: UInt32, at index: Int) {
        if pendingYeh == nil, table.isLowCopy(v) {
            emit(v, index)
            return
        }
        let action = table.action(v)
        if action.kind == .copy, pendingYeh == nil {
            emit(v, index)
            return
        }
        apply(action, v, index)
    }

    /// Whether `pushRun` may be used: no alignment is recorded and no Farsi yeh waits.
    var canPushRun: Bool { !tracksAlignment && pendingYeh == nil }

    /// Feeds the valid one- and two-byte scalars of `bytes` from `start` through the precomputed
    /// byte actions, up to `end` or the first scalar that needs the full action (a longer sequence,
    /// invalid UTF-8, Farsi yeh, an expansion); returns where it stopped. `index` counts the scalars.
    /// Only when `canPushRun`; the output equals `push` of each scalar.
    mutating func pushRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, upTo end: Int, index: inout Int) -> Int {
        // Every fast action writes at most as many bytes as it reads.
        output.reserve(end - start)
        var written = output.count
        let out = output.pointer
        var lastWasSpace = self.lastWasSpace
        var scalars = index
        var i = start
        while i < end {
            let lead = UInt32(bytes[i])
            let v: UInt32
            let length: Int
            if lead < 0x80 {
                v = lead
                length = 1
            } else if lead >= 0xC2, lead < 0xE0, i + 1 < end, bytes[i + 1] & 0xC0 == 0x80 {
                v = (lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                length = 2
            } else {
                break
            }
            guard NormalizationEngine.apply(table.fastByteAction(v), to: out, &written, &lastWasSpace) else {
                index = scalars
                output.commit(count: written)
                self.lastWasSpace = lastWasSpace
                return i
            }
            i += length
            scalars += 1
        }
        index = scalars
        output.commit(count: written)
        self.lastWasSpace = lastWasSpace
        return i
    }

    /// Feeds `scalars[range]` (original indices), through the precomputed byte actions while they apply.
    mutating func push(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            if canPushRun {
                // Every fast action writes at most two bytes.
                output.reserve(2 * (end - i))
                var written = output.count
                let out = output.pointer
                var lastWasSpace = self.lastWasSpace
                while i < end {
                    let v = scalars[i].value
                    guard v < NormalizationTable.byteLimit,
                          NormalizationEngine.apply(table.fastByteAction(v), to: out, &written, &lastWasSpace) else { break }
                    i += 1
                }
                output.commit(count: written)
                self.lastWasSpace = lastWasSpace
                guard i < end else { return }
            }
            push(scalars[i].value, at: i)
            i += 1
        }
    }

    /// Feeds the scalars of `scalars` from `start` on while `NormalizationTable.wordBytesTable` has their
    /// output (Arabic letters and marks below `NormalizationTable.lowLimit` with a plain action), and
    /// returns where it stopped: the end of the text or the first other scalar (the word may go on
    /// there). Only when `canPushRun`, at the start of a segment (the last output no space, which
    /// every emit and drop here leaves so); the output equals `push` of each scalar.
    @inline(__always)
    mutating func pushWordRun(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        let count = scalars.count
        // two bytes a scalar at most
        output.reserve(2 &* (count &- start))
        var written = output.count
        let out = UnsafeMutableRawPointer(output.pointer)
        let wordBytes = table.wordBytesTable
        var i = start
        while i < count {
            let v = scalars[i].value
            guard v < NormalizationTable.lowLimit else { break }
            let bytes = wordBytes[Int(v)]
            if bytes > NormalizationTable.wordDrop {
                out.storeBytes(of: bytes.littleEndian, toByteOffset: written, as: UInt16.self)
                written &+= 2
            } else if bytes == NormalizationTable.wordStop {
                break
            }
            i &+= 1
        }
        output.commit(count: written)
        return i
    }

    /// Feeds the one scalar `v` of a token through its precomputed byte action, when it has one
    /// (below `NormalizationTable.byteLimit`, not `.slow`); false (and nothing fed) otherwise. Only
    /// when `canPushRun`; the output equals `push` of the scalar.
    @inline(__always)
    mutating func pushFast(_ v: UInt32) -> Bool {
        guard v < NormalizationTable.byteLimit else { return false }
        let action = table.fastByteAction(v)
        guard action.kind != FastByteAction.slowKind else { return false }
        output.reserve(2)
        var written = output.count
        var lastWasSpace = self.lastWasSpace
        _ = NormalizationEngine.apply(action, to: output.pointer, &written, &lastWasSpace)
        output.commit(count: written)
        self.lastWasSpace = lastWasSpace
        return true
    }

    /// Writes `action`'s output at `out[written]`; false (and nothing written) when it is `.slow`.
    @inline(__always)
    private static func apply(_ action: FastByteAction, to out: UnsafeMutablePointer<UInt8>, _ written: inout Int,
                              _ lastWasSpace: inout Bool) -> Bool {
        switch action.kind {
        case FastByteAction.emitKind:
            out[written] = action.first
            if action.length == 2 { out[written + 1] = action.second }
            written += action.length
            lastWasSpace = action.emitsSpace
        case FastByteAction.dropKind:
            break
        case FastByteAction.spaceKind:
            if !lastWasSpace {
                out[written] = 0x20
                written += 1
                lastWasSpace = true
            }
        default:
            return false
        }
        return true
    }

    /// Starts a new piece of text whose output follows the last one's, unrelated to it (the next
    /// token): call after `finish()`.
    mutating func startSegment() {
        lastWasSpace = false
    }

    /// Writes everything still waiting (a Farsi yeh at the very end is word-final).
    @inline(__always)
    mutating func finish() {
        if pendingYeh != nil { resolvePendingYeh(insideWord: false) }
    }

    /// Forgets output and context: ready for an unrelated text.
    mutating func reset() {
        output.removeAll()
        if !starts.isEmpty {
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
        }
        lastWasSpace = false
        pendingYeh = nil
        if !pendingTail.isEmpty { pendingTail.removeAll(keepingCapacity: true) }
    }

    /// Clears the output (and alignment), keeping the context (for streaming).
    mutating func takeOutput() -> [UInt8] {
        defer { output.removeAll() }
        return output.array
    }

    private mutating func apply(_ action: NormalizationAction, _ v: UInt32, _ index: Int) {
        if pendingYeh != nil {
            if action.isTransparent, pendingTail.count < NormalizationEngine.pendingLimit {
                pendingTail.append((action, v, index))
                return
            }
            resolvePendingYeh(insideWord: action.isLetter)
        }
        switch action.kind {
        case .copy: emit(v, index)
        case .replace: emit(action.first, index)
        case .dropAttached: attach(index)
        case .dropFree: break
        case .space:
            if lastWasSpace { attach(index) } else { emit(0x20, index) }
        case .positionalYeh:
            pendingYeh = (action.first, action.second, index)
        case .expand:
            let start = Int(action.second)
            for k in start..<(start + Int(action.count)) {
                var part = table.expansions[k]
                part.isLetter = action.isLetter
                part.isTransparent = false
                apply(part, v, index)
            }
        }
    }

    private mutating func resolvePendingYeh(insideWord: Bool) {
        guard let yeh = pendingYeh else { return }
        pendingYeh = nil
        emit(insideWord ? yeh.inside : yeh.end, yeh.index)
        let tail = pendingTail
        pendingTail.removeAll(keepingCapacity: true)
        for waiting in tail { apply(waiting.action, waiting.scalar, waiting.index) }
    }

    /// Extends the last output scalar's original range over `index`.
    @inline(__always)
    private mutating func attach(_ index: Int) {
        if tracksAlignment, !ends.isEmpty { ends[ends.count - 1] = Int32(truncatingIfNeeded: index + 1) }
    }

    @inline(__always)
    private mutating func emit(_ v: UInt32, _ index: Int) {
        lastWasSpace = v == 0x20
        if tracksAlignment {
            starts.append(Int32(truncatingIfNeeded: index))
            ends.append(Int32(truncatingIfNeeded: index + 1))
        }
        output.append(scalar: v)
    }
}
