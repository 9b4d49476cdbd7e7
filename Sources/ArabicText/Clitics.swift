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
        let word = WrittenLetters(token)
        let count = word.count
        guard word.isArabic, count > minimumStemLetters else { return [whole] }

        var suffixes: [Int] = [0]
        for enclitic in CliticPattern.enclitics where word.hasSuffix(enclitic) { suffixes.append(enclitic.count) }
        var result = [whole]
        result.reserveCapacity(8)
        for (number, pattern) in CliticPattern.proclitics.enumerated() where word.hasPrefix(pattern.letters) {
            let prefixLength = pattern.letters.count
            guard word.isBoundary(prefixLength) else { continue }
            var proclitics: [CliticPiece] = []
            if prefixLength > 0 {
                proclitics.reserveCapacity(pattern.pieces.count)
                var position = 0
                for piece in pattern.pieces {
                    proclitics.append(CliticPiece(text: piece.text, start: word.start(of: position),
                                                  end: word.start(of: position + piece.letters)))
                    position += piece.letters
                }
            }
            for suffixLength in suffixes {
                if number == 0 && suffixLength == 0 { continue }
                if suffixLength > 0, pattern.endsWithArticle { continue }
                let stemEnd = count - suffixLength
                guard stemEnd - prefixLength >= minimumStemLetters, word.isBoundary(stemEnd) else { continue }
                let stem = word.piece(prefixLength, stemEnd)
                let pronoun = suffixLength > 0 ? word.piece(stemEnd, count) : nil
                result.append(CliticSplit(proclitics: proclitics, stem: stem, enclitic: pronoun))
                if pronoun != nil, word.key(stemEnd - 1) == 0x062A, stem.text.unicodeScalars.last == "ت" {
                    var restored = stem
                    restored.text = String(stem.text.unicodeScalars.dropLast()) + "ه"
                    result.append(CliticSplit(proclitics: proclitics, stem: restored, enclitic: pronoun))
                }
            }
        }
        return result
    }
}
