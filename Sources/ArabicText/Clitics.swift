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

    /// The candidate splits of `token`; the first is the unsegmented word. Tokens that are not
    /// Arabic words get only that one.
    public static func candidates(for token: Token) -> [CliticSplit] {
        let whole = CliticSplit(proclitics: [], stem: CliticPiece(text: token.normalized, start: token.start, end: token.end),
                                enclitic: nil)
        guard token.kind == .word else { return [whole] }
        let scalars = Array(token.surface.unicodeScalars)
        guard let firstScalar = scalars.first(where: { !ArabicScalars.isTransparent($0.value) }),
              ArabicScalars.isLetter(firstScalar.value) else { return [whole] }
        let letters = WrittenLetters(scalars, start: token.start)
        let count = letters.keys.count
        guard count > minimumStemLetters else { return [whole] }

        var engine = NormalizationEngine(table: Normalizer.search.table, tracksAlignment: false)
        func normalized(_ range: Range<Int>) -> String {
            engine.reset()
            for index in range { engine.push(scalars[index - token.start].value, at: index) }
            engine.finish()
            return String(decoding: engine.output, as: UTF8.self)
        }

        var result = [whole]
        let enclitics: [[UInt32]?] = [nil] + CliticPattern.enclitics
        for pattern in [nil] + CliticPattern.proclitics {
            let prefixLength = pattern?.letters.count ?? 0
            if let pattern, !letters.hasPrefix(pattern.letters) { continue }
            for enclitic in enclitics {
                let suffixLength = enclitic?.count ?? 0
                if pattern == nil && enclitic == nil { continue }
                if let enclitic, !letters.hasSuffix(enclitic) { continue }
                if suffixLength > 0, pattern?.pieces.last?.text == "ال" { continue }
                guard count - prefixLength - suffixLength >= minimumStemLetters,
                      letters.isBoundary(prefixLength), letters.isBoundary(count - suffixLength) else { continue }
                var proclitics: [CliticPiece] = []
                var position = 0
                for piece in pattern?.pieces ?? [] {
                    proclitics.append(CliticPiece(text: piece.text, start: letters.start(of: position),
                                                  end: letters.start(of: position + piece.letters)))
                    position += piece.letters
                }
                let stemRange = letters.start(of: prefixLength)..<letters.start(of: count - suffixLength)
                let stem = CliticPiece(text: normalized(stemRange), start: stemRange.lowerBound, end: stemRange.upperBound)
                let pronoun = enclitic.map { _ in
                    CliticPiece(text: normalized(stemRange.upperBound..<token.end), start: stemRange.upperBound, end: token.end)
                }
                result.append(CliticSplit(proclitics: proclitics, stem: stem, enclitic: pronoun))
                if pronoun != nil, letters.keys[count - suffixLength - 1] == 0x062A, stem.text.unicodeScalars.last == "ت" {
                    var restored = stem
                    restored.text = String(stem.text.unicodeScalars.dropLast()) + "ه"
                    result.append(CliticSplit(proclitics: proclitics, stem: restored, enclitic: pronoun))
                }
            }
        }
        return result
    }
}

/// The written letters of a word: a folded key and an original start for each, marks looked through.
struct WrittenLetters {
    /// Each letter's `search`-folded scalar (teh marbuta kept apart from heh); 0 when it cannot be matched.
    private(set) var keys: [UInt32] = []
    /// Each letter's original start; one more entry holds the word's end.
    private var starts: [Int] = []

    /// Reads the letters of `scalars`, whose first scalar is at original offset `start`.
    init(_ scalars: [Unicode.Scalar], start: Int) {
        let table = Normalizer.search.table
        for (offset, scalar) in scalars.enumerated() {
            let v = scalar.value
            if ArabicScalars.isTransparent(v) || ScalarCategory.of(v) == .format { continue }
            let action = table.action(v)
            let key: UInt32
            switch action.kind {
            case .copy: key = v
            case .replace: key = (v == 0x0629 || v == 0x0649) ? v : action.first
            case .positionalYeh: key = 0x064A
            default: key = 0
            }
            keys.append(key)
            starts.append(keys.count == 1 ? start : start + offset)
        }
        starts.append(start + scalars.count)
    }

    /// The original start of letter `index` (the word's end for `keys.count`).
    func start(of index: Int) -> Int { starts[index] }

    /// Whether a split before letter `index` falls between two original scalars.
    func isBoundary(_ index: Int) -> Bool {
        index == 0 || index == keys.count || starts[index] > starts[index - 1]
    }

    /// Whether the word starts with `letters`.
    func hasPrefix(_ letters: [UInt32]) -> Bool {
        letters.count <= keys.count && zip(keys, letters).allSatisfy { $0 == $1 }
    }

    /// Whether the word ends with `letters`.
    func hasSuffix(_ letters: [UInt32]) -> Bool {
        letters.count <= keys.count && zip(keys.suffix(letters.count), letters).allSatisfy { $0 == $1 }
    }
}
