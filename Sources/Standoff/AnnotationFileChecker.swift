import TextFiles

/// Checks one `DOC.ann` against `DOC.txt` beside it and its scheme; with `fix`, repairs it
/// (ending its lines with LF, and with `endOfLines` converting a CRLF text to LF first) and
/// writes both atomically, keeping the previous files as `.orig`. Reading never writes.
public struct AnnotationFileChecker: Sendable {
    /// The scheme to check against.
    public var scheme: ProjectScheme
    /// Whether to repair and write.
    public var fix: Bool
    /// Whether `--fix` also converts CRLF/CR line ends of the text to LF (and drops a BOM).
    public var endOfLines: Bool

    /// Creates a checker.
    public init(scheme: ProjectScheme, fix: Bool = false, endOfLines: Bool = false) {
        self.scheme = scheme
        self.fix = fix
        self.endOfLines = endOfLines
    }

    /// The `.txt` path of an `.ann` path (`DOC.ann` → `DOC.txt`).
    public static func textPath(for annotationPath: String) -> String {
        (annotationPath.hasSuffix(".ann") ? String(annotationPath.dropLast(4)) : annotationPath) + ".txt"
    }

    /// Checks the file at `path`.
    public func check(_ path: String) -> FileCheckResult {
        var result = FileCheckResult(path: path)
        let annotationText: String
        do {
            let bytes = try TextFile.readBytes(path)
            if let bad = UTF8Validation.firstInvalidByte(in: bytes) { throw TextFileError.invalidUTF8(path: path, byte: bad) }
            annotationText = String(decoding: bytes, as: UTF8.self)
        } catch {
            result.diagnostics = [fileError(path, error)]
            return result
        }
        let textPath = Self.textPath(for: path)
        var text: [Unicode.Scalar]?
        var textDiagnostics: [Diagnostic] = []
        do {
            text = try TextFile(contentsOf: textPath).scalars
        } catch TextFileError.unreadable(_, let reason) where reason == "no such file" {
            textDiagnostics.append(Diagnostic(path: path, line: 0, column: 0, severity: .error,
                message: "no text file \(lastComponent(textPath)) beside it; brat cannot open the document"))
        } catch {
            textDiagnostics.append(fileError(textPath, error))
        }
        var (document, diagnostics) = AnnotationDocument.parse(annotationText, path: path)
        var problemPlaces: Set<[Int]> = []
        if fix, var scalars = text {
            do {
                if endOfLines {
                    let conversion = EndOfLineConversion(scalars)
                    if conversion.changesText {
                        let backup = try AtomicFile.write(String(String.UnicodeScalarView(conversion.scalars)), to: textPath, keepingBackup: true)
                        result.written.append((textPath, backup))
                        result.repairs.append("\(lastComponent(textPath)): \(conversion.summary); offsets shifted")
                        scalars = conversion.scalars
                        text = scalars
                        document = conversion.shift(document)
                    }
                }
                let textChanged = !result.written.isEmpty
                let keptTexts = textChanged ? [] : Self.keptTexts(of: textPath)
                let repaired = Repairer().repair(document, text: scalars, path: path, keptTexts: keptTexts)
                result.repairs += repaired.repairs
                if document.hasByteOrderMark { result.repairs.append("\(lastComponent(path)): byte order mark removed") }
                let foreignLineEnds = !Validator.checkLineEnds(of: document, path: path).isEmpty
                if foreignLineEnds { result.repairs.append("\(lastComponent(path)): line ends converted to LF") }
                let rewrite = repaired.changed || textChanged || document.hasByteOrderMark || foreignLineEnds
                let written = repaired.changed ? repaired.document : (rewrite ? document.canonicalized() : document)
                let output = rewrite ? written.serialized() : annotationText
                var problems = repaired.problems
                // Bytes, not `!=`: String equality is canonical equivalence and would skip a rewrite
                // that only changes a text's Unicode form.
                if !output.utf8.elementsEqual(annotationText.utf8) {
                    let backup = try AtomicFile.write(output, to: path, keepingBackup: true)
                    result.written.append((path, backup))
                    (document, diagnostics) = AnnotationDocument.parse(output, path: path)
                    problems = Self.renumber(problems, along: written)
                }
                problemPlaces = Set(problems.map { [$0.line, $0.column] })
                let problemLines = Set(problems.map(\.line))
                diagnostics = diagnostics.filter { !problemLines.contains($0.line) } + problems
            } catch {
                diagnostics.append(fileError(path, error))
            }
        }
        if let text {
            textDiagnostics += Validator.checkText(text, path: textPath)
        }
        diagnostics += scheme.validator.validate(document, text: text, path: path).filter { !problemPlaces.contains([$0.line, $0.column]) }
        diagnostics += Validator.checkLineEnds(of: document, path: path)
        result.diagnostics = (diagnostics + textDiagnostics).sorted()
        return result
    }

    /// The older versions of the text kept beside it (`DOC.txt.orig.3`, `.orig.2`, `.orig`:
    /// newest first) that can be read; they only help re-anchoring, so unreadable ones are
    /// skipped.
    static func keptTexts(of textPath: String) -> [[Unicode.Scalar]] {
        var texts: [[Unicode.Scalar]] = []
        var number = 1
        while let file = try? TextFile(contentsOf: textPath + ".orig" + (number == 1 ? "" : ".\(number)")) {
            texts.insert(file.scalars, at: 0)
            number += 1
        }
        return texts
    }

    /// `problems` with their line numbers moved to where `reordered` (whose lines keep the
    /// numbers they were read from) puts those lines.
    static func renumber(_ problems: [Diagnostic], along reordered: AnnotationDocument) -> [Diagnostic] {
        var newNumber: [Int: Int] = [:]
        for (index, line) in reordered.lines.enumerated() where line.number > 0 { newNumber[line.number] = index + 1 }
        return problems.map { var d = $0; d.line = newNumber[d.line] ?? d.line; return d }
    }

    private func fileError(_ path: String, _ error: Error) -> Diagnostic {
        let message = (error as? TextFileError)?.message ?? "\(error)"
        return Diagnostic(path: path, line: 0, column: 0, severity: .error, message: message)
    }

    private func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
