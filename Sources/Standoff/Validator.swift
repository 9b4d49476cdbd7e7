/// Checks an annotation document against its text and its scheme, the way brat does.
///
/// Structural problems brat refuses (offsets outside the text, overlapping fragments, text that
/// differs from the `.txt`, events whose type is not their trigger's label, references to missing
/// identifiers, attributes and notes on triggers) are errors. Scheme problems (labels, roles,
/// argument types, attribute values outside annotation.conf) are errors when the scheme is
/// enforced (the Isnad scheme, or a brat project whose tools.conf says `Validation validate:all`)
/// and warnings otherwise, as brat then does not check them.
public struct Validator: Sendable {
    /// The scheme documents are checked against.
    public var configuration: BratConfiguration
    /// Whether scheme problems are errors (true) or warnings (false).
    public var enforcesScheme: Bool

    /// A validator for `configuration`; by default the scheme is enforced only for Isnad's scheme.
    public init(configuration: BratConfiguration = .isnad, enforcesScheme: Bool? = nil) {
        self.configuration = configuration
        self.enforcesScheme = enforcesScheme ?? configuration.isIsnadScheme
    }

    /// The problems of `document` (read from `path`), given the scalars of its `.txt` (nil when
    /// there is no text to compare with), sorted.
    public func validate(_ document: AnnotationDocument, text: [Unicode.Scalar]?, path: String) -> [Diagnostic] {
        var run = ValidationRun(validator: self, document: document, text: text, path: path)
        run.checkAll()
        return run.diagnostics.sorted()
    }

    /// A warning about an `.ann` file whose lines end in CRLF or a lone CR: brat reads them as
    /// LF and writes LF back, so the file changes on brat's first save; `--fix` converts them.
    public static func checkLineEnds(of document: AnnotationDocument, path: String) -> [Diagnostic] {
        let ends = document.lines.filter { $0.terminator == "\r\n" || $0.terminator == "\r" }
        guard let first = ends.first else { return [] }
        let crlf = ends.filter { $0.terminator == "\r\n" }.count, lone = ends.count - crlf
        var counts: [String] = []
        if crlf > 0 { counts.append("\(crlf) CRLF") }
        if lone > 0 { counts.append("\(lone) lone CR") }
        return [Diagnostic(path: path, line: first.number, column: first.text.unicodeScalars.count + 1, severity: .warning,
            message: "the file has \(counts.joined(separator: " and ")) line end\(ends.count == 1 ? "" : "s") (first here, \(first.terminator == "\r\n" ? "CRLF" : "CR")); brat writes LF: convert with 'isnad check --fix'")]
    }

    /// Warnings about a `.txt` file brat reads differently from Isnad: a byte order mark, CRLF
    /// or CR line ends (brat's universal newlines turn them into LF, shifting every offset).
    public static func checkText(_ scalars: [Unicode.Scalar], path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if scalars.first == "\u{FEFF}" {
            diagnostics.append(Diagnostic(path: path, line: 1, column: 1, severity: .warning,
                message: "the text begins with a byte order mark (U+FEFF), which counts as offset 0; remove it with 'isnad check --fix --eol'"))
        }
        var line = 1
        var crlf = 0
        var lone = 0
        var first: (line: Int, kind: String)?
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" {
                let isPair = index + 1 < scalars.count && scalars[index + 1] == "\n"
                if isPair { crlf += 1 } else { lone += 1 }
                if first == nil { first = (line, isPair ? "CRLF" : "CR") }
                if isPair { index += 1 }
                line += 1
            } else if scalar == "\n" {
                line += 1
            }
            index += 1
        }
        if let first {
            var counts: [String] = []
            if crlf > 0 { counts.append("\(crlf) CRLF") }
            if lone > 0 { counts.append("\(lone) lone CR") }
            diagnostics.append(Diagnostic(path: path, line: first.line, column: 0, severity: .warning,
                message: "the text has \(counts.joined(separator: " and ")) line end\(crlf + lone == 1 ? "" : "s") (first here, \(first.kind)); brat reads them as LF, so its offsets differ from the file's: convert with 'isnad check --fix --eol'"))
        }
        return diagnostics
    }
}
