/// A sequence of proclitics as it is written at the start of a word.
struct CliticPattern: Sendable {
    /// The letters as written (after `search` folding), such as `و ب ا ل` for وبال.
    let letters: [UInt32]
    /// Each piece's normalized text and how many written letters it takes (the article in لل takes one).
    let pieces: [(text: String, letters: Int)]
    /// Whether the last piece is the article (no pronoun can follow the stem then).
    var endsWithArticle: Bool { pieces.last?.text == "ال" }

    private static let waw: UInt32 = 0x0648, feh: UInt32 = 0x0641, beh: UInt32 = 0x0628
    private static let lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643, seen: UInt32 = 0x0633, alef: UInt32 = 0x0627

    /// Every proclitic sequence: conjunction (و ف), then preposition or future (ب ل ك س), then the
    /// article ال; ل + ال is written لل. The first is the empty sequence, then shortest first.
    static let proclitics: [CliticPattern] = {
        var patterns: [CliticPattern] = []
        for conjunction in [nil, waw, feh] {
            for particle in [nil, beh, lam, kaf, seen] {
                for article in [false, true] {
                    if particle == seen && article { continue }
                    var letters: [UInt32] = []
                    var pieces: [(String, Int)] = []
                    if let conjunction { letters.append(conjunction); pieces.append((text(conjunction), 1)) }
                    if let particle { letters.append(particle); pieces.append((text(particle), 1)) }
                    if article {
                        if particle == lam {
                            letters.append(lam)
                            pieces.append(("ال", 1))
                        } else {
                            letters += [alef, lam]
                            pieces.append(("ال", 2))
                        }
                    }
                    patterns.append(CliticPattern(letters: letters, pieces: pieces))
                }
            }
        }
        return patterns.enumerated().sorted { ($0.element.letters.count, $0.offset) < ($1.element.letters.count, $1.offset) }
            .map(\.element)
    }()

    /// The proclitic patterns' letters, four slots each (zero-padded), for matching without copying patterns.
    static let procliticLetters: [UInt32] = proclitics.flatMap { $0.letters + Array(repeating: 0, count: 4 - $0.letters.count) }
    /// The number of letters of each proclitic pattern.
    static let procliticLengths: [Int] = proclitics.map(\.letters.count)
    /// The enclitics' letters, four slots each (zero-padded).
    static let encliticLetters: [UInt32] = enclitics.flatMap { $0 + Array(repeating: 0, count: 4 - $0.count) }
    /// The number of letters of each enclitic.
    static let encliticLengths: [Int] = enclitics.map(\.count)

    /// For each Arabic letter U+0620–U+064A (index `letter - 0x0620`), the proclitic patterns that start
    /// with it, by index into `proclitics`; the empty pattern (index 0) is not listed.
    static let patternsByFirstLetter: [[Int]] = (0x0620...0x064A).map { letter in
        proclitics.indices.filter { proclitics[$0].letters.first == UInt32(letter) }
    }

    /// Pronoun enclitics, longest first.
    static let enclitics: [[UInt32]] = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ي", "ك"]
        .map { $0.unicodeScalars.map(\.value) }

    private static func text(_ letter: UInt32) -> String {
        String(Character(Unicode.Scalar(letter) ?? " "))
    }
}
