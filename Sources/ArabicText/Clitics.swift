/// Light clitic segmentation: candidate splits of an Arabic word for a lexicon to choose from.
///
/// For فقال it offers فقال and ف + قال; for بأنها: بانها, ب + انها, بان + ها, ب + ان + ها; for
/// للوزارة: ل + ال + وزاره. Every piece keeps its original offsets (marks included), and its text is in
/// `search` normalization, so look the stem up in a lexicon normalized the same way. The stem has at
/// least two letters. A stem that ends in ت before a pronoun is also offered with ه (teh marbuta,
/// as `search` writes it): وزارته → وزاره + ه.
public enum Clitics {
    /// The fewest letters a stem may have.
    public static let minimumStemLetters = 2

    /// Builds the shared clitic tables now (a few hundred thousand instructions, once per process):
    /// an extractor calls it when it is made, so that its first document does not pay for them.
    public static func prepare() {
        _ = CliticTables.shared
    }

    /// The candidate splits of `token`; the first is the unsegmented word. Tokens that are not
    /// Arabic words get only that one.
    public static func candidates(for token: Token) -> [CliticSplit] {
        let whole = CliticSplit(proclitics: [], stem: CliticPiece(text: token.normalized, start: token.start, end: token.end),
                                enclitic: nil)
        guard token.kind == .word, mightSplit(token.normalized) else { return [whole] }
        var result: [CliticSplit] = []
        result.reserveCapacity(6)
        result.append(whole)
        WrittenLetters.withLetters(of: token) { appendSplits(of: $0, to: &result, CliticTables.shared) }
        return result
    }

    /// Appends every split of `word` the patterns allow to `result`.
    private static func appendSplits(of word: WrittenLetters, to result: inout [CliticSplit], _ tables: CliticTables) {
        var proclitics: [CliticPiece] = []
        var lastPattern = -1
        forEachSplit(of: word, tables) { number, stemEnd, suffixLength, restoresTehMarbuta in
            if number != lastPattern {
                proclitics = procliticPieces(of: word, pattern: number, tables)
                lastPattern = number
            }
            result.append(split(of: word, pattern: number, stemEnd: stemEnd, suffixLength: suffixLength,
                                restoresTehMarbuta: restoresTehMarbuta, proclitics: proclitics, tables))
        }
    }

    /// The split of `word` with proclitic pattern `number` (whose pieces are `proclitics`), a stem up to
    /// letter `stemEnd` and an enclitic of `suffixLength` letters.
    static func split(of word: WrittenLetters, pattern number: Int, stemEnd: Int, suffixLength: Int,
                      restoresTehMarbuta: Bool, proclitics: [CliticPiece], _ tables: CliticTables) -> CliticSplit {
        var stem = word.piece(tables.procliticLengths[number], stemEnd)
        if restoresTehMarbuta { stem.text = String(stem.text.unicodeScalars.dropLast()) + "ه" }
        let pronoun = suffixLength > 0 ? word.piece(stemEnd, word.count) : nil
        return CliticSplit(proclitics: proclitics, stem: stem, enclitic: pronoun)
    }

    /// The proclitic pieces of proclitic pattern `number` at the start of `word`.
    static func procliticPieces(of word: WrittenLetters, pattern number: Int, _ tables: CliticTables) -> [CliticPiece] {
        guard tables.procliticLengths[number] > 0 else { return [] }
        let pattern = tables.proclitics[number]
        var proclitics: [CliticPiece] = []
        proclitics.reserveCapacity(pattern.pieces.count)
        var position = 0
        for piece in pattern.pieces {
            proclitics.append(CliticPiece(text: piece.text, start: word.start(of: position),
                                          end: word.start(of: position + piece.letters)))
            position += piece.letters
        }
        return proclitics
    }

    /// Calls `body` with every split of `word` the patterns allow, besides the word left whole, in
    /// candidate order: the proclitic pattern's number, the letter where the stem ends, the enclitic's
    /// letter count (0: none), and whether the stem's final ت is to be read as ه.
    @inline(__always)
    static func forEachSplit(of word: WrittenLetters, _ tables: CliticTables,
                             _ body: (_ pattern: Int, _ stemEnd: Int, _ suffixLength: Int, _ restoresTehMarbuta: Bool) -> Void) {
        let count = word.count
        guard word.isArabic, count > minimumStemLetters else { return }

        let encliticLetters = tables.encliticLetters
        let encliticLengths = tables.encliticLengths
        var matching: UInt32 = 1  // bit 0: no enclitic; bit k + 1: enclitic k
        let last = word.key(count - 1)
        var possible = last >= 0x0620 && last <= 0x064A ? tables.encliticsByLastLetter[Int(last - 0x0620)] : 0
        while possible != 0 {
            let number = possible.trailingZeroBitCount
            possible &= possible - 1
            if word.hasSuffix(encliticLetters, at: 4 * number, length: encliticLengths[number]) {
                matching |= 2 << UInt32(number)
            }
        }
        let procliticLetters = tables.procliticLetters
        let procliticLengths = tables.procliticLengths
        let first = word.key(0)
        // Bit k: proclitic pattern k may start the word (bit 0, the empty pattern, always).
        var patterns = first >= 0x0620 && first <= 0x064A ? tables.patternsByFirstLetter[Int(first - 0x0620)] : 1
        while patterns != 0 {
            let number = patterns.trailingZeroBitCount
            patterns &= patterns - 1
            let prefixLength = procliticLengths[number]
            guard word.hasPrefix(procliticLetters, at: 4 * number, length: prefixLength), word.isBoundary(prefixLength) else {
                continue
            }
            let endsWithArticle = tables.procliticEndsWithArticle[number]
            var remaining = matching
            while remaining != 0 {
                let bit = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                let suffixLength = bit == 0 ? 0 : encliticLengths[bit - 1]
                if number == 0 && suffixLength == 0 { continue }
                if suffixLength > 0, endsWithArticle { continue }
                let stemEnd = count - suffixLength
                guard stemEnd - prefixLength >= minimumStemLetters, word.isBoundary(stemEnd) else { continue }
                body(number, stemEnd, suffixLength, false)
                if suffixLength > 0, word.key(stemEnd - 1) == 0x062A, word.stemEndsWithTeh(prefixLength, stemEnd) {
                    body(number, stemEnd, suffixLength, true)
                }
            }
        }
    }

    /// Whether the normalized word starts with a letter a proclitic starts with, or ends with one an
    /// enclitic ends with (a cheap test before the letter-by-letter work).
    static func mightSplit(_ normalized: String) -> Bool {
        var text = normalized
        return text.withUTF8(mightSplit)
    }

    /// `mightSplit` of the UTF-8 bytes of a normalized word.
    @inline(__always)
    static func mightSplit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Arabic letters are two bytes in UTF-8.
        guard bytes.count >= 4, bytes[0] & 0xE0 == 0xC0, bytes[bytes.count - 2] & 0xE0 == 0xC0 else { return false }
        let first = UInt32(bytes[0] & 0x1F) << 6 | UInt32(bytes[1] & 0x3F)
        let last = UInt32(bytes[bytes.count - 2] & 0x1F) << 6 | UInt32(bytes[bytes.count - 1] & 0x3F)
        switch first {
        case 0x0648, 0x0641, 0x0628, 0x0644, 0x0643, 0x0633, 0x0627: return true
        default: break
        }
        switch last {
        case 0x0647, 0x0627, 0x0645, 0x0646, 0x064A, 0x0643: return true
        default: return false
        }
    }
}
