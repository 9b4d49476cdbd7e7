/// The lookup arrays of a compiled `NormalizationTable`, kept behind raw pointers so that the hot
/// loops read them without reference counting. Written once in `init`, never changed afterwards.
final class NormalizationTableStorage: @unchecked Sendable {
    /// Page index (in units of 256 actions) for each high byte of a BMP scalar.
    let pages: UnsafeMutablePointer<UInt16>
    /// The actions, page by page.
    let actions: UnsafeMutablePointer<NormalizationAction>
    /// For U+0000 up to `lowLimit`, 1 when the scalar is copied unchanged.
    let lowCopies: UnsafeMutablePointer<UInt8>
    /// For U+0000 up to `NormalizationTable.byteLimit`, the packed `FastByteAction` of the scalar.
    let fastBytes: UnsafeMutablePointer<UInt32>
    /// For U+0000 up to `lowLimit`, what an Arabic word's fast path writes for the scalar (see
    /// `NormalizationTable.wordBytesTable`).
    let wordBytes: UnsafeMutablePointer<UInt16>

    /// Copies the arrays.
    init(pages: [UInt16], actions: [NormalizationAction], lowCopies: [UInt8], fastBytes: [UInt32], wordBytes: [UInt16]) {
        self.pages = UnsafeMutablePointer.allocate(capacity: pages.count)
        self.pages.initialize(from: pages, count: pages.count)
        self.actions = UnsafeMutablePointer.allocate(capacity: actions.count)
        self.actions.initialize(from: actions, count: actions.count)
        self.lowCopies = UnsafeMutablePointer.allocate(capacity: lowCopies.count)
        self.lowCopies.initialize(from: lowCopies, count: lowCopies.count)
        self.fastBytes = UnsafeMutablePointer.allocate(capacity: fastBytes.count)
        self.fastBytes.initialize(from: fastBytes, count: fastBytes.count)
        self.wordBytes = UnsafeMutablePointer.allocate(capacity: wordBytes.count)
        self.wordBytes.initialize(from: wordBytes, count: wordBytes.count)
    }

    deinit {
        pages.deallocate()
        actions.deallocate()
        lowCopies.deallocate()
        fastBytes.deallocate()
        wordBytes.deallocate()
    }
}
