/// Repairs the hand edits `isnad check --fix` understands, so that a reviewer never counts
/// characters:
///
/// - `T?<TAB>Source<TAB>دميتري موسياكوف` (or `Source @2` for the 2nd occurrence): a span given by
///   its text gets its offsets (one fragment per line when the text runs over lines) and a fresh
///   identifier. Any line may start with `E?`, `A?`, `R?`, `N?` or `#?` to get a fresh identifier.
/// - `@L12` in a reference (`E?<TAB>Cue:@L12 Source:T1`) becomes the identifier of line 12.
/// - A span whose text and offsets disagree is re-anchored to an occurrence of its text chosen
///   by its context in a kept old text and by how far its neighbours moved (see `Reanchoring`);
///   near ties and missing texts stay errors listing the candidates. A span with no text gets
///   the covered text.
///
/// Lines with nothing to repair keep their bytes.
public struct Repairer: Sendable {
    /// Creates a repairer.
    public init() {}

    /// Repairs `document` (read from `path`) against the scalars of its text; `keptTexts` are
    /// older versions of the text (newest first, such as `DOC.txt.orig`) whose context helps
    /// re-anchor spans.
    public func repair(_ document: AnnotationDocument, text: [Unicode.Scalar], path: String,
                       keptTexts: [[Unicode.Scalar]] = []) -> RepairResult {
        var state = RepairState(document: document, text: text, path: path)
        state.assignIdentifiers()
        state.resolveLineReferences()
        state.reanchor(keptTexts: keptTexts)
        var result = RepairResult(document: state.document, repairs: state.repairs, problems: state.problems)
        if result.changed { result.document = Self.renumberingLineReferences(in: result.document.canonicalized()) }
        result.problems = (result.problems + state.unresolvedReferences(in: result.document)).sorted()
        return result
    }

    /// `document` (reordered, its lines keeping the numbers they were read from) with every
    /// `@L` reference left unresolved pointing at the line's new number, so that a later
    /// `--fix` still finds the line it meant.
    static func renumberingLineReferences(in document: AnnotationDocument) -> AnnotationDocument {
        var newNumber: [Int: Int] = [:]
        for (index, line) in document.lines.enumerated() where line.number > 0 { newNumber[line.number] = index + 1 }
        func moved(_ id: String) -> String {
            guard let old = LineReference.number(in: id), let new = newNumber[old] else { return id }
            return "@L\(new)"
        }
        var result = document
        for index in result.lines.indices {
            let annotation = result.lines[index].annotation
            guard annotation.references.contains(where: { LineReference.number(in: $0) != nil }) else { continue }
            result.lines[index].annotation = annotation.mappingReferences(moved)
        }
        return result
    }
}
