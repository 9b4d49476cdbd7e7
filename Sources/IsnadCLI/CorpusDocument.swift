/// One `.txt` file of an annotate run: where it is read from, and where its output goes.
struct CorpusDocument: Hashable, Sendable {
    /// The path it is read from, as found (used in messages).
    let sourcePath: String
    /// Its path below the output folder, such as `dev/article.txt`.
    let relativePath: String
    /// Its size in bytes when it was found (for progress and time left).
    let byteCount: Int

    /// The relative path of its `.ann`, such as `dev/article.ann`.
    var annotationRelativePath: String {
        String(relativePath.dropLast(CorpusWalker.textExtension.count)) + ".ann"
    }
}
