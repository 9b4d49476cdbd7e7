import ArabicText
import TextFiles

/// `isnad tokenize`: Print tokens with kinds, scalar offsets and normalized forms.
public enum TokenizeCommand: Command {
    public static let name = "tokenize"
    public static let summary = "Print tokens with kinds, scalar offsets and normalized forms."
    public static let synopsis = "isnad tokenize [--format tsv|jsonl] [--sentences] [FILE...]"
    public static let discussion = """
        Reads each FILE (or standard input when there is none, or for '-') and prints one token a line:

          KIND  START  END  SURFACE  NORMALIZED          (TSV, the default)
          {"kind":…,"start":…,"end":…,"surface":…,"normalized":…}   (--format jsonl)

        START and END are 0-based, end-exclusive Unicode scalar offsets into the exact file text
        (a byte-order mark and every CR count), so text[START..<END] is SURFACE. NORMALIZED is the
        surface in the 'search' profile (see 'isnad help normalize').

        Kinds: word, number, punctuation, quote, url, email, mention, hashtag, emoji, symbol.
        Diacritics and tatweel stay inside their word; spaces, line breaks and invisible controls
        are not tokens. In TSV a tab, line break or backslash inside a field is written \\t, \\n, \\r, \\\\.

        --sentences adds the sentence number and the paragraph number (both 0-based, counted over
        the file). A line break ends a paragraph; . ! ? ؟ … end a sentence, except inside an open
        quotation, after an abbreviation (د. أ.د. Mr. U.S.), in a decimal (3.5, ٣٫٥) or a URL.
        With several files, each line starts with the file's path.

        Examples:
          isnad tokenize Corpora/dev/article.txt
          isnad tokenize --sentences --format jsonl Corpora/dev/news01.txt
          echo 'وقال (@CNN): "نعم"' | isnad tokenize
        """
    public static let options: [OptionSpec] = [
        .value("--format", valueName: "tsv|jsonl", help: "output format (default tsv)"),
        .flag("--sentences", help: "add sentence and paragraph numbers"),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let format = arguments.value("--format") ?? "tsv"
        guard format == "tsv" || format == "jsonl" else {
            throw UsageError("--format must be tsv or jsonl, not '\(format)'", command: name)
        }
        let paths = arguments.operands.isEmpty ? ["-"] : arguments.operands
        var status: Int32 = 0
        for path in paths {
            let file: TextFile
            do {
                file = path == "-" ? try TextFile(path: "<stdin>", bytes: console.input.readAll()) : try TextFile(contentsOf: path)
            } catch {
                console.error.line(String(describing: error))
                status = 1
                continue
            }
            let label = paths.count > 1 ? file.path : nil
            write(file, label: label, jsonl: format == "jsonl", sentences: arguments.flag("--sentences"), to: console.output)
        }
        return status
    }

    private static func write(_ file: TextFile, label: String?, jsonl: Bool, sentences: Bool, to output: OutputSink) {
        let tokens = Tokenizer().tokenize(file.scalars)
        var sentenceOf: [(sentence: Int, paragraph: Int)] = []
        if sentences {
            sentenceOf.reserveCapacity(tokens.count)
            for (number, sentence) in SentenceSplitter().sentences(in: file.scalars, tokens: tokens).enumerated() {
                for _ in sentence.tokens { sentenceOf.append((number, sentence.paragraph)) }
            }
        }
        for (index, token) in tokens.enumerated() {
            let place = sentences && index < sentenceOf.count ? sentenceOf[index] : nil
            if jsonl {
                var line = "{"
                if let label { line += "\"file\":\(json(label))," }
                line += "\"kind\":\"\(token.kind.rawValue)\",\"start\":\(token.start),\"end\":\(token.end),"
                line += "\"surface\":\(json(token.surface)),\"normalized\":\(json(token.normalized))"
                if let place { line += ",\"sentence\":\(place.sentence),\"paragraph\":\(place.paragraph)" }
                output.line(line + "}")
            } else {
                var fields = [token.kind.rawValue, String(token.start), String(token.end), tsv(token.surface), tsv(token.normalized)]
                if let place { fields += [String(place.sentence), String(place.paragraph)] }
                if let label { fields.insert(tsv(label), at: 0) }
                output.line(fields.joined(separator: "\t"))
            }
        }
    }

    /// A TSV field: tab, line breaks and backslash escaped.
    static func tsv(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\\" }) else { return text }
        return escape(text) { scalar in
            switch scalar {
            case "\t": return "\\t"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\\": return "\\\\"
            default: return nil
            }
        }
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        let body = escape(text) { scalar in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: return nil
            }
        }
        return "\"" + body + "\""
    }

    /// `text` with each scalar that `replacement` maps replaced by its replacement.
    private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                escaped.append(contentsOf: replaced.unicodeScalars)
            } else {
                escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
