/// The `.ann` text the extractor made of one document, as UTF-8 bytes, with its counts.
public struct SerializedAnnotations: Sendable {
    /// The `.ann` text, as UTF-8 bytes.
    public var bytes: [UInt8]
    /// Text-bound (`T`) annotations.
    public var spans: Int
    /// Events (`E`): attributions.
    public var attributions: Int

    /// Annotations given by their parts.
    public init(bytes: [UInt8], spans: Int, attributions: Int) {
        self.bytes = bytes
        self.spans = spans
        self.attributions = attributions
    }
}
