/// What `TokenScanner.link(from:)` knows about the run of link characters it read last.
///
/// Every ASCII letter or digit that starts a token asks whether a URL or an e-mail address starts
/// there, and in a long run of link characters without a space (`Mr.Mr.Mr.…`, `a.b.c.…`,
/// `x@y.zx@y.z…`, pasted base64 or tracking strings) every word of the run is such a start. Reading
/// the run again from each start made tokenizing quadratic: a 900 KB line of `Mr.` took minutes. So
/// the run is read once, and each question `link(from:)` asks of it (where the next `@`, `/` or dot
/// is, whether a host or an address part goes on that far) is answered by a cursor that only moves
/// forward while the starts do, or from a value kept for the `@` or host end it concerns. The answers
/// are the ones reading the run from the start would give.
final class LinkRun {
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The first start asked about in this run (where the run was read from).
    private var from = 0
    /// The end of the run: the first scalar after it that is no link character.
    private(set) var end = -1
    /// The latest start asked about; an earlier one reads the run again.
    private var latest = 0
    /// The last `.`, `@` or `:` of the run, or -1.
    private(set) var lastSpecial = -1
    /// The run's end without the trailing `. , ; : ! ? ' *` that belong to the sentence.
    private(set) var trimmedEnd = 0
    /// Cursors: the first index at or after the latest start where the property holds (or `end`).
    private var nextAt = -1, nextSlash = -1, nextDot = -1, nextDoubleDot = -1, nextNonHost = -1, nextNonLocal = -1
    /// How many `(` and `)` the run holds before each of its offsets (read when a `)` is trimmed).
    private var parentheses: (opening: [Int], closing: [Int])?
    /// The `)` at the run's end (`closingTail()`), read when a candidate ends with one.
    private var tail: (ends: [Int], lowest: [Int], stop: Int)?
    /// The address end found after the `@` at `at`, or nil when what follows is no host.
    private var address: (at: Int, end: Int?)?
    /// The last label of a host ending at `hostEnd`: the dot before it, its length, whether it
    /// is letters only, and whether it is a known top-level domain.
    private var lastLabel: (hostEnd: Int, dot: Int, length: Int, letters: Bool, known: Bool)?

    /// A cache over `scalars`, which must stay valid while it is used.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
    }

    /// Makes the run the one that contains `start` (a link character): read from `start` when
    /// `start` lies outside the run read last or before the latest start asked about.
    func enter(_ start: Int, isLinkCharacter: (UInt32) -> Bool) {
        defer { latest = start }
        if start >= from, start < end, start >= latest { return }
        from = start
        var j = start
        while j < scalars.count, isLinkCharacter(scalars[j].value) { j += 1 }
        end = j
        lastSpecial = -1
        var k = j - 1
        while k >= start {
            let v = scalars[k].value
            if v == 0x2E || v == 0x40 || v == 0x3A { lastSpecial = k; break }
            k -= 1
        }
        trimmedEnd = j
        while trimmedEnd > start, LinkRun.isSentencePunctuation(scalars[trimmedEnd - 1].value) { trimmedEnd -= 1 }
        nextAt = -1; nextSlash = -1; nextDot = -1; nextDoubleDot = -1; nextNonHost = -1; nextNonLocal = -1
        parentheses = nil
        tail = nil
        address = nil
        lastLabel = nil
    }

    /// `. , ; : ! ? ' *`: what `link(from:)` trims from a candidate's end.
    static func isSentencePunctuation(_ v: UInt32) -> Bool {
        v == 0x2E || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x27 || v == 0x2A
    }

    /// The first index at or after `start` (not before the latest start) where `test` holds, or `end`.
    private func advance(_ cursor: inout Int, from start: Int, _ test: (Int) -> Bool) -> Int {
        if cursor < start {
            var k = start
            while k < end, !test(k) { k += 1 }
            cursor = k
        }
        return cursor
    }

    /// The first `@` at or after `start`, or `end`.
    func at(from start: Int) -> Int { advance(&nextAt, from: start) { self.scalars[$0].value == 0x40 } }

    /// The first `/` at or after `start`, or `end`.
    func slash(from start: Int) -> Int { advance(&nextSlash, from: start) { self.scalars[$0].value == 0x2F } }

    /// Whether `scalars[start..<at]` holds only what the local part of an address may.
    func isLocalPart(_ start: Int, _ at: Int) -> Bool {
        advance(&nextNonLocal, from: start) { !LinkRun.isLocal(self.scalars[$0].value) } >= at
    }

    /// The end of the address whose `@` is at `at`, or nil when what follows it is no host.
    func addressEnd(after at: Int) -> Int? {
        if let address, address.at == at { return address.end }
        var stop = at + 1
        while stop < end, LinkRun.isDomain(scalars[stop].value) { stop += 1 }
        while stop > at + 1, scalars[stop - 1].value == 0x2E || scalars[stop - 1].value == 0x2D { stop -= 1 }
        var host = String.UnicodeScalarView()
        for index in (at + 1)..<stop { host.append(scalars[index]) }
        let found = LinkRun.isHost(String(host)) ? stop : nil
        address = (at, found)
        return found
    }

    /// Where a link candidate from `start` ends: the run without the trailing `. , ; : ! ? ' *`
    /// and without each trailing `)` that has no `(` in the candidate, as the sentence's own.
    ///
    /// Walking down from `trimmedEnd`, punctuation is always dropped and a `)` at `e - 1` only while
    /// more `)` than `(` lie in `start..<e`, that is while `balance(e) > balance(start)` (`balance`
    /// counting `)` minus `(` from the run's start). So the candidate ends at the first `)` of the
    /// run's tail whose balance is at most `balance(start)`, found by a binary search on the
    /// running minimum of the tail's balances, or where the tail stops.
    func candidateEnd(from start: Int) -> Int {
        guard trimmedEnd > start, scalars[trimmedEnd - 1].value == 0x29 else { return max(start, trimmedEnd) }
        let tail = closingTail()
        let threshold = balance(start)
        var low = 0, high = tail.ends.count
        while low < high {
            let middle = (low + high) / 2
            if tail.lowest[middle] <= threshold { high = middle } else { low = middle + 1 }
        }
        return max(start, low < tail.ends.count ? tail.ends[low] : tail.stop)
    }

    /// `)` minus `(` in `scalars[from..<offset]`.
    private func balance(_ offset: Int) -> Int {
        let (opening, closing) = parenthesisCounts()
        return closing[offset - from] - opening[offset - from]
    }

    /// How many `(` and `)` the run holds before each of its offsets.
    private func parenthesisCounts() -> (opening: [Int], closing: [Int]) {
        if let parentheses { return parentheses }
        var opening = [0], closing = [0]
        opening.reserveCapacity(end - from + 1)
        closing.reserveCapacity(end - from + 1)
        for index in from..<end {
            let v = scalars[index].value
            opening.append(opening[opening.count - 1] + (v == 0x28 ? 1 : 0))
            closing.append(closing[closing.count - 1] + (v == 0x29 ? 1 : 0))
        }
        parentheses = (opening, closing)
        return (opening, closing)
    }

    /// The run's tail of `)` and sentence punctuation before `trimmedEnd`: the offset after each
    /// `)` (last first), the running minimum of their balances, and where the tail stops.
    private func closingTail() -> (ends: [Int], lowest: [Int], stop: Int) {
        if let tail { return tail }
        var ends: [Int] = [], lowest: [Int] = []
        var e = trimmedEnd
        while e > from {
            let v = scalars[e - 1].value
            if v == 0x29 {
                ends.append(e)
                lowest.append(min(lowest.last ?? Int.max, balance(e)))
            } else if !LinkRun.isSentencePunctuation(v) {
                break
            }
            e -= 1
        }
        let found = (ends, lowest, e)
        tail = found
        return found
    }

    /// Whether `scalars[start..<hostEnd]` is dot-separated labels of ASCII letters, digits and
    /// hyphens, at least two, the last of two letters or more.
    func isHost(_ start: Int, _ hostEnd: Int) -> Bool {
        guard hostEnd > start, scalars[start].value != 0x2E else { return false }
        guard advance(&nextNonHost, from: start, { !LinkRun.isHostCharacter(self.scalars[$0].value) }) >= hostEnd,
              advance(&nextDot, from: start, { self.scalars[$0].value == 0x2E }) < hostEnd,
              advance(&nextDoubleDot, from: start + 1, { self.scalars[$0].value == 0x2E && self.scalars[$0 - 1].value == 0x2E }) >= hostEnd
        else { return false }
        let label = lastLabel(before: hostEnd)
        return label.length >= 2 && label.letters
    }

    /// Whether the last label of a host ending at `hostEnd` (which `isHost` accepted) is a known
    /// top-level domain.
    func hasKnownTopLevelDomain(_ hostEnd: Int) -> Bool {
        lastLabel(before: hostEnd).known
    }

    private func lastLabel(before hostEnd: Int) -> (hostEnd: Int, dot: Int, length: Int, letters: Bool, known: Bool) {
        if let lastLabel, lastLabel.hostEnd == hostEnd { return lastLabel }
        var dot = hostEnd - 1
        var letters = true
        while dot >= from, scalars[dot].value != 0x2E {
            let v = scalars[dot].value
            if !((0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)) { letters = false }
            dot -= 1
        }
        var lowered = String.UnicodeScalarView()
        if letters {
            for index in (dot + 1)..<hostEnd { lowered.append(Unicode.Scalar(UInt8(truncatingIfNeeded: scalars[index].value | 0x20))) }
        }
        let label = (hostEnd, dot, hostEnd - dot - 1, letters, letters && LinkRun.knownTopLevelDomains.contains(String(lowered)))
        lastLabel = label
        return label
    }

    /// The top-level domains a host without a scheme, `www.` or a path must end with to be a link.
    static let knownTopLevelDomains: Set<String> = [
        "com", "net", "org", "gov", "edu", "int", "info", "io", "co", "me", "tv", "ly", "news",
        "ru", "uk", "us", "eg", "sa", "ae", "qa", "iq", "sy", "lb", "jo", "ma", "tn", "dz", "ir", "tr", "fr", "de",
    ]

    private static func isASCIILetter(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) }
    private static func isASCIIDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) }
    /// A letter, digit or one of `. _ % + -` (the local part of an address).
    private static func isLocal(_ v: UInt32) -> Bool {
        isASCIILetter(v) || isASCIIDigit(v) || v == 0x2E || v == 0x5F || v == 0x25 || v == 0x2B || v == 0x2D
    }
    /// A letter, digit, `-` or `.` (what an address's domain is read over).
    private static func isDomain(_ v: UInt32) -> Bool { isASCIILetter(v) || isASCIIDigit(v) || v == 0x2D || v == 0x2E }
    /// A letter, digit, `-` or `.` (a host's characters).
    private static func isHostCharacter(_ v: UInt32) -> Bool { isDomain(v) }

    /// Whether `host` is dot-separated labels of letters, digits and hyphens with an alphabetic top level.
    private static func isHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }
}
