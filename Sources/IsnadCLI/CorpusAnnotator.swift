import Foundation
import Parallelism
import Standoff
import TextFiles

/// Annotates the documents of a corpus on several cores and writes `OUTDIR/…/DOC.ann` with a
/// copy of `DOC.txt`, never overwriting a `.ann` or `.txt` a person has edited unless forced.
///
/// Each worker holds one document at a time; the output bytes of a document depend on that
/// document alone, so they are the same whatever the number of jobs.
struct CorpusAnnotator: Sendable {
    /// Produces the `.ann` of one document, with its counts.
    typealias Annotate = @Sendable (TextFile) throws -> DocumentAnnotation

    /// The per-document function.
    let annotate: Annotate
    /// The output folder.
    let outFolder: String
    /// What Isnad wrote there before (read at the start of the run).
    let manifest: AnnotateManifest
    /// Rewrite edited `.ann` files (keeping the old ones as `.orig`).
    let force: Bool
    /// How many documents are processed at once.
    let jobs: Int
    /// The folders below `outFolder`, made once.
    let folders: AnnotateOutputFolders
    /// Where the CPU time of each phase is added up, when a benchmark asks.
    let phases: AnnotatePhaseTimes?

    /// An annotator writing below `outFolder` (which exists).
    init(annotate: @escaping Annotate, outFolder: String, manifest: AnnotateManifest, force: Bool, jobs: Int,
         phases: AnnotatePhaseTimes? = nil) {
        self.annotate = annotate
        self.phases = phases
        self.outFolder = outFolder
        self.manifest = manifest
        self.force = force
        self.jobs = jobs
        self.folders = AnnotateOutputFolders(outFolder: outFolder)
    }

    /// Processes every document, reporting outcomes to `tally` in document order.
    func run(_ documents: [CorpusDocument], tally: AnnotateTally) {
        _ = ParallelMap.indices(documents.count, workers: jobs) { index in
            let outcome = process(documents[index])
            phases.measure(.tallying) { tally.record(outcome, at: index) }
        }
    }

    /// Reads, annotates and writes one document.
    func process(_ document: CorpusDocument) -> AnnotateOutcome {
        var outcome = AnnotateOutcome(status: .failed, annotationPath: document.annotationRelativePath)
        let file: TextFile
        let annotation: DocumentAnnotation
        var warnings: [String] = []
        do {
            file = try phases.measure(.reading) {
                let bytes = try TextFile.readBytes(document.sourcePath, expectedSize: document.byteCount)
                outcome.byteCount = bytes.count
                return try TextFile(path: document.sourcePath, bytes: bytes)
            }
            annotation = try phases.measure(.extracting) { try annotate(file) }
            warnings = CorpusAnnotator.bratReadingWarnings(file, copy: { outFolder + "/" + document.relativePath })
        } catch let error as TextFileError {
            outcome.message = error.description
            return outcome
        } catch {
            outcome.message = "\(document.sourcePath): cannot annotate: \(error)"
            return outcome
        }
        outcome.spans = annotation.spans
        outcome.attributions = annotation.attributions
        do {
            try phases.measure(.writing) { try write(annotation.bytes, text: file.bytes, for: document, into: &outcome) }
        } catch {
            outcome.status = .failed
            outcome.manifestEntries = []
            outcome.message = "\(error)"
        }
        if !warnings.isEmpty {
            outcome.message = (warnings + [outcome.message].compactMap { $0 }).joined(separator: "\n")
        }
        return outcome
    }

    /// Warnings (`path:line:column: warning: …`) for a text brat would read with other offsets than
    /// Isnad writes: a byte order mark, CRLF or CR line ends. Only such texts are scanned. They name
    /// the `copy` in the output folder, which their advice (`isnad check --fix --eol`) converts with
    /// its `.ann`; the source text has no `.ann` beside it.
    static func bratReadingWarnings(_ file: TextFile, copy: () -> String) -> [String] {
        let hasByteOrderMark = file.bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let hasCarriageReturn = file.bytes.withUnsafeBytes { raw in
            raw.baseAddress.map { memchr($0, 0x0D, raw.count) != nil } ?? false
        }
        guard hasByteOrderMark || hasCarriageReturn else { return [] }
        return Validator.checkText(file.scalars, path: copy()).map(\.description)
    }

    /// Writes the `.ann` and the `.txt` copy of `document`, unless either is a person's (its
    /// bytes differ from what is to be written and from what the manifest says Isnad wrote):
    /// then the pair is left alone, or with `force` rewritten keeping the person's file as `.orig`.
    private func write(_ annotation: [UInt8], text: [UInt8], for document: CorpusDocument, into outcome: inout AnnotateOutcome) throws {
        let isNew = try folders.prepare(folderOf: document.relativePath)
        let annotationFile = AnnotateOutputFile(
            relativePath: document.annotationRelativePath, outFolder: outFolder, bytes: annotation, manifest: manifest, isNew: isNew)
        let textFile = AnnotateOutputFile(relativePath: document.relativePath, outFolder: outFolder, bytes: text, manifest: manifest, isNew: isNew)
        let edited = [textFile, annotationFile].filter(\.isEdited)
        if !edited.isEmpty && !force {
            outcome.status = .kept
            outcome.message = edited.map { "\($0.path): edited since isnad wrote it; kept, use --force to rewrite" }.joined(separator: "\n")
            return
        }
        var messages: [String] = []
        for file in [textFile, annotationFile] {
            let written = try file.write()
            if file.isEdited {
                messages.append("\(file.path): edited since isnad wrote it; rewritten, the old one kept as \(written.backup ?? "?")")
            }
            if written.entry != file.recorded {
                outcome.manifestEntries.append((file.relativePath, written.entry))
            }
        }
        outcome.status = !edited.isEmpty ? .rewritten : annotationFile.isCurrent && textFile.isCurrent ? .unchanged : .written
        outcome.message = messages.isEmpty ? nil : messages.joined(separator: "\n")
    }
}
