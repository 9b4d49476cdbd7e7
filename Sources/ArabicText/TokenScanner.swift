/// Finds token boundaries in a scalar array (one pass, left to right).
struct TokenScanner {
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    private let count: Int
    private let table: [ScalarCategory]
    /// What `link(from:)` read of the run of link characters it was last asked about.
    private let linkRun: LinkRun

    /// A scanner over `scalars`, which must stay valid while it scans.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
        self.count = scalars.count
        self.table = ScalarCategory.lowTable
        self.linkRun = LinkRun(scalars)
    }

    /// The token spans of `scalars`.
    static func spans(of scalars: [Unicode.Scalar]) -> [TokenSpan] {
        scalars.withUnsafeBufferPointer { TokenScanner($0).scan() }
    }

    @inline(__always) private func value(_ i: Int) -> UInt32 { i < count ? scalars[i].value : 0 }
    @inline(__always) private func category(_ i: Int) -> ScalarCategory {
        let v = scalars[i].value
        return v < 0x0700 ? table[Int(v)] : ScalarCategory.other(v)
    }
    @inline(__always) private func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
    }

    /// What the scanner finds at one position (`step(at:previousEnd:)`).
    enum Step {
        /// No token starts here (spaces, stray marks): go on at `next`.
        case skip(next: Int)
        /// Marks right after the previous token: it now ends at `end` (where scanning goes on).
        case extendPrevious(end: Int)
        /// A token of `kind` from here to `end` (where scanning goes on).
        case token(kind: TokenKind, end: Int)
    }

    /// Every token span, in order, never overlapping.
    func scan() -> [TokenSpan] {
        var spans: [TokenSpan] = []
        spans.reserveCapacity(count / 5 + 1)
        var i = 0
        while i < count {
            switch step(at: i, previousEnd: spans.last?.end ?? -1) {
            case .skip(let next):
                i = next
            case .extendPrevious(let end):
                spans[spans.count - 1].end = end
                i = end
            case .token(let kind, let end):
                spans.append(TokenSpan(kind: kind, start: i, end: end))
                i = end
            }
        }
        return spans
    }

    /// The token that starts at scalar `i` (below `count`), or why none does; `previousEnd` is where
    /// the previous token ends (-1 before the first).
    @inline(__always)
    func step(at i: Int, previousEnd: Int) -> Step {
        let category = category(i)
        let v = scalars[i].value
        var kind = TokenKind.word
        var end = i + 1
        switch category {
        case .space, .format:
            var next = i + 1
            while next < count, scalars[next].value == 0x20 { next += 1 }
            return .skip(next: next)
        case .mark:
            let run = endOfMarks(from: i)
            if previousEnd == i { return .extendPrevious(end: run) }
            guard run < count, self.category(run) == .arabicLetter || self.category(run) == .letter else { return .skip(next: run) }
            return .token(kind: .word, end: self.category(run) == .arabicLetter ? arabicWordEnd(from: run) : latinWordEnd(from: run))
        case .arabicLetter:
            end = arabicWordEnd(from: i)
        case .letter:
            if isASCIIAlphanumeric(v), let (linkKind, linkEnd) = link(from: i) {
                kind = linkKind
                end = linkEnd
            } else {
                end = latinWordEnd(from: i)
            }
        case .digit:
            if v < 0x80, let (linkKind, linkEnd) = link(from: i) {
                kind = linkKind
                end = linkEnd
            } else {
                kind = .number
                end = numberEnd(from: i)
            }
        case .quote:
            kind = .quote
            if v == 0x27, value(i + 1) == 0x27 { end = i + 2 }
        case .punctuation:
            kind = .punctuation
            if v == 0x40, let mentionEnd = mentionEnd(from: i) {
                kind = .mention
                end = mentionEnd
            } else if v == 0x23, let hashtagEnd = hashtagEnd(from: i) {
                kind = .hashtag
                end = hashtagEnd
            } else if v == 0x2E {
                while value(end) == 0x2E { end += 1 }
            }
        case .symbol:
            kind = .symbol
        case .emoji:
            kind = .emoji
            end = emojiEnd(from: i)
        }
        return .token(kind: kind, end: end)
    }

    // MARK: Words and numbers

    private func endOfMarks(from start: Int) -> Int {
        var j = start
        while j < count, category(j) == .mark { j += 1 }
        return j
    }

    /// Arabic letters with their marks and tatweel; an invisible format character between letters stays inside.
    func arabicWordEnd(from start: Int) -> Int {
        var j = start + 1
        while j < count {
            switch category(j) {
            case .arabicLetter, .mark: j += 1
            case .format where j + 1 < count && (category(j + 1) == .arabicLetter || category(j + 1) == .mark): j += 2
            default: return j
            }
        }
        return j
    }

    /// Letters of other scripts with combining marks, ASCII digits, and an apostrophe between letters (don't).
    private func latinWordEnd(from start: Int) -> Int {
        var j = start + 1
        while j < count {
            let v = scalars[j].value
            switch category(j) {
            case .letter, .mark: j += 1
            case .digit where v < 0x80: j += 1
            case .quote where (v == 0x27 || v == 0x2019) && j + 1 < count && category(j + 1) == .letter
                && value(j - 1) != 0x27:
                j += 2
            case .format where j + 1 < count && category(j + 1) == .letter: j += 2
            default: return j
            }
        }
        return j
    }

    /// Digits with marks, and `.` `,` `٫` `٬` between digits (3.5, 1,000, ٣٫٥).
    private func numberEnd(from start: Int) -> Int {
        var j = start + 1
        while j < count {
            switch category(j) {
            case .digit, .mark: j += 1
            default:
                let v = scalars[j].value
                let separator = v == 0x2E || v == 0x2C || v == 0x066B || v == 0x066C
                guard separator, j + 1 < count, category(j + 1) == .digit else { return j }
                j += 2
            }
        }
        return j
    }

    // MARK: Mentions, hashtags, emoji

    private func mentionEnd(from start: Int) -> Int? {
        var j = start + 1
        while j < count, isASCIIAlphanumeric(scalars[j].value) || scalars[j].value == 0x5F { j += 1 }
        return j > start + 1 ? j : nil
    }

    private func hashtagEnd(from start: Int) -> Int? {
        var j = start + 1
        while j < count {
            let v = scalars[j].value
            switch category(j) {
            case .arabicLetter, .letter, .digit: j += 1
            case .mark where j > start + 1: j += 1
            case .punctuation where v == 0x5F: j += 1
            default:
                return j > start + 1 ? j : nil
            }
        }
        return j > start + 1 ? j : nil
    }

    private func emojiEnd(from start: Int) -> Int {
        var j = start + 1
        let regional: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF
        if regional.contains(scalars[start].value), j < count, regional.contains(scalars[j].value) { j += 1 }
        while j < count {
            let v = scalars[j].value
            if v == 0xFE0F || v == 0xFE0E || v == 0x20E3 || (UInt32(0x1F3FB)...0x1F3FF).contains(v) || (UInt32(0xE0020)...0xE007F).contains(v) {
                j += 1
            } else if v == 0x200D, j + 1 < count, category(j + 1) == .emoji {
                j += 2
            } else if category(j) == .mark {
                j += 1
            } else {
                break
            }
        }
        return j
    }

    // MARK: URLs and e-mail

    /// A URL or e-mail address starting at `start`, if there is one. The run of link characters
    /// from `start` is read once for all the starts inside it (`LinkRun`).
    private func link(from start: Int) -> (TokenKind, Int)? {
        let run = linkRun
        run.enter(start, isLinkCharacter: isLinkCharacter)
        let j = run.end
        guard j - start >= 4 else { return nil }
        // Only a run with a dot, an @ or a colon can be a link.
        guard run.lastSpecial >= start else { return nil }
        let at = run.at(from: start)
        if at < j {
            guard at > start, run.isLocalPart(start, at) else { return nil }
            return run.addressEnd(after: at).map { (.email, $0) }
        }
        // Read on the scalars (link characters are ASCII, compared in any case).
        let end = run.candidateEnd(from: start)
        if hasScheme(start, end: end) {
            return end - start > 8 || starts(with: "http://", start, end) && end - start > 7 ? (.url, end) : nil
        }
        let slash = run.slash(from: start)
        let hostEnd = min(slash, end)
        guard run.isHost(start, hostEnd) else { return nil }
        if slash < end || starts(with: "www.", start, end) { return (.url, end) }
        return run.hasKnownTopLevelDomain(hostEnd) ? (.url, end) : nil
    }

    /// Whether `scalars[start..<end]` starts with a scheme `link(from:)` knows (any case).
    private func hasScheme(_ start: Int, end: Int) -> Bool {
        starts(with: "http://", start, end) || starts(with: "https://", start, end) || starts(with: "ftp://", start, end)
    }

    /// Whether `scalars[start..<end]` starts with the lower-case ASCII `prefix`, in any case.
    private func starts(with prefix: StaticString, _ start: Int, _ end: Int) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        return prefix.withUTF8Buffer { bytes in
            for index in 0..<count {
                var value = scalars[start + index].value
                if value >= 0x41, value <= 0x5A { value |= 0x20 }
                if value != UInt32(bytes[index]) { return false }
            }
            return true
        }
    }

    private func isLinkCharacter(_ v: UInt32) -> Bool {
        guard v > 0x20, v < 0x7F else { return false }
        switch v {
        case 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return false
        default: return true
        }
    }
}
