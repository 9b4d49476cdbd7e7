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
    ///
    /// A worker takes a batch of documents (`batches(of:jobs:)`), reads and annotates them all,
    /// then writes them all: making files is kernel work that evicts the extractor's tables from
    /// the core's caches, so the extractor runs faster when it annotates documents back to back.
    func run(_ documents: [CorpusDocument], tally: AnnotateTally) {
        let batches = CorpusAnnotator.batches(of: documents, jobs: jobs)
        _ = ParallelMap.indices(batches.count, workers: jobs) { batch in
            let range = batches[batch]
            // consecutive documents mostly share their folders: each is opened once for them
            var sources = FolderDescriptor()
            var annotated: [AnnotatedDocument] = []
            annotated.reserveCapacity(range.count)
            for index in range { annotated.append(readAndAnnotate(documents[index], from: &sources)) }
            var outputs = FolderDescriptor()
            for (index, document) in zip(range, annotated) {
                let outcome = write(document, into: &outputs)
                phases.measure(.tallying) { tally.record(outcome, at: index) }
            }
        }
    }

    /// The most documents in a batch (64 measured no better than 16).
    static let batchDocuments = 16
    /// A batch ends once its texts reach this many bytes.
    static let batchBytes = 1 << 18

    /// The documents cut into consecutive batches, in order: `batchDocuments` a batch, or fewer
    /// when there are too few documents to give each of `jobs` workers eight batches; a batch ends
    /// early once its texts reach `batchBytes`, so that a worker never holds many large texts.
    static func batches(of documents: [CorpusDocument], jobs: Int) -> [Range<Int>] {
        let most = max(1, min(batchDocuments, documents.count / max(1, 8 * jobs)))
        var batches: [Range<Int>] = []
        var start = 0
        var bytes = 0
        for index in documents.indices {
            bytes += documents[index].byteCount
            if index + 1 - start >= most || bytes >= batchBytes {
                batches.append(start..<(index + 1))
                start = index + 1
                bytes = 0
            }
        }
        if start < documents.count { batches.append(start..<documents.count) }
        return batches
    }

    /// A document read and annotated, to be written; or its failure, in `outcome`.
    private struct AnnotatedDocument {
        var document: CorpusDocument
        var outcome: AnnotateOutcome
        var file: TextFile?
        var annotation: DocumentAnnotation?
        var warnings: [String] = []
    }

    /// Reads (relative to its folder, kept open in `sources`) and annotates one document.
    private func readAndAnnotate(_ document: CorpusDocument, from sources: inout FolderDescriptor) -> AnnotatedDocument {
        var result = AnnotatedDocument(document: document, outcome: AnnotateOutcome(status: .failed, annotationPath: document.annotationRelativePath))
        do {
            let (folder, name) = FolderDescriptor.split(document.sourcePath)
            let descriptor = sources.descriptor(for: folder)
            let file = try phases.measure(.reading) {
                let bytes = try descriptor.map {
                    try TextFile.readBytes(named: String(name), in: $0, path: document.sourcePath, expectedSize: document.byteCount)
                } ?? TextFile.readBytes(document.sourcePath, expectedSize: document.byteCount)
                result.outcome.byteCount = bytes.count
                return try TextFile(path: document.sourcePath, bytes: bytes)
            }
            let annotation = try phases.measure(.extracting) { try annotate(file) }
            result.warnings = CorpusAnnotator.bratReadingWarnings(file, copy: { outFolder + "/" + document.relativePath })
            result.file = file
            result.annotation = annotation
        } catch let error as TextFileError {
            result.outcome.message = error.description
        } catch {
            result.outcome.message = "\(document.sourcePath): cannot annotate: \(error)"
        }
        return result
    }

    /// Writes one annotated document (unless it failed) into its folder, kept open in `outputs`,
    /// and returns its outcome.
    private func write(_ annotated: AnnotatedDocument, into outputs: inout FolderDescriptor) -> AnnotateOutcome {
        var outcome = annotated.outcome
        guard let file = annotated.file, let annotation = annotated.annotation else { return outcome }
        outcome.spans = annotation.spans
        outcome.attributions = annotation.attributions
        do {
            try phases.measure(.writing) { try write(annotation.bytes, text: file.bytes, for: annotated.document, into: &outcome, folder: &outputs) }
        } catch {
            outcome.status = .failed
            outcome.manifestEntries = []
            outcome.message = "\(error)"
        }
        if !annotated.warnings.isEmpty {
            outcome.message = (annotated.warnings + [outcome.message].compactMap { $0 }).joined(separator: "\n")
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
    private func write(
        _ annotation: [UInt8], text: [UInt8], for document: CorpusDocument, into outcome: inout AnnotateOutcome,
        folder: inout FolderDescriptor
    ) throws {
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
        // the folder is opened only when a file is to be made in it (not on a rerun)
        let descriptor = textFile.state == .absent || annotationFile.state == .absent
            ? folder.descriptor(for: FolderDescriptor.split(annotationFile.path).folder) : nil
        for file in [textFile, annotationFile] {
            let written = try file.write(in: descriptor)
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
