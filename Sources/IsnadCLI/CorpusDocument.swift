/// One `.txt` file of an annotate run: where it is read from, and where its output goes.
struct CorpusDocument: Hashable, Sendable {
    /// The path it is read from, as found (used in messages).
    let sourcePath: String
    /// Its path below the output folder, such as `dev/article.txt`.
    let relativePath: String
    /// Its size in bytes when it was found (for progress and time left).
    let byteCount: Int
    /// The relative path of its `.ann`, such as `dev/article.ann` (made once: a run asks for it
    /// twice a document).
    let annotationRelativePath: String

    /// The document read from `sourcePath`, written below the output folder at `relativePath`
    /// (which ends in `.txt`), `byteCount` bytes long when it was found.
    init(sourcePath: String, relativePath: String, byteCount: Int) {
        self.sourcePath = sourcePath
        self.relativePath = relativePath
        self.byteCount = byteCount
        annotationRelativePath = String(relativePath.dropLast(CorpusWalker.textExtension.count)) + ".ann"
    }
}
