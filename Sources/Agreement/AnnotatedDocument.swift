import Standoff

/// One annotator's annotations of one document, as spans and attributions.
public struct AnnotatedDocument: Hashable, Sendable {
    /// Every text-bound annotation.
    public var spans: [Span]
    /// Every `Cue` event.
    public var attributions: [AttributionRecord]
    /// Events whose trigger or arguments name no text-bound annotation (left out, reported).
    public var brokenEvents: [String]

    /// Spans and attributions given directly.
    public init(spans: [Span], attributions: [AttributionRecord] = []) {
        self.spans = spans
        self.attributions = attributions
        self.brokenEvents = []
    }

    /// The spans and attributions of a parsed `.ann` document.
    public init(_ document: AnnotationDocument) {
        let textBounds = document.textBounds
        spans = textBounds.map(Span.init)
        var byID: [String: Span] = [:]
        for span in spans { byID[span.id] = span }
        var records: [AttributionRecord] = []
        var broken: [String] = []
        for event in document.events where event.type == IsnadScheme.eventType {
            guard let cue = byID[event.trigger] else { broken.append(event.id); continue }
            let sources = event.arguments.filter { $0.baseRole == IsnadScheme.source }.map { byID[$0.id] }
            let contents = event.arguments.filter { $0.baseRole == IsnadScheme.content }.map { byID[$0.id] }
            guard !sources.contains(nil), !contents.contains(nil) else { broken.append(event.id); continue }
            let rule = document.notes(of: event.id).lazy.compactMap { note -> String? in
                let text = note.text.trimmingPrefixWhitespace
                guard text.hasPrefix("rule:") else { return nil }
                return String(text.dropFirst(5)).trimmingPrefixWhitespace
            }.first
            records.append(AttributionRecord(
                id: event.id, cue: cue, sources: sources.compactMap { $0 }, contents: contents.compactMap { $0 },
                stance: document.attributeValue(IsnadScheme.stanceAttribute, of: event.id),
                form: document.attributeValue(IsnadScheme.formAttribute, of: event.id), rule: rule))
        }
        attributions = records
        brokenEvents = broken
    }
}

extension StringProtocol {
    /// The text without leading spaces and tabs.
    var trimmingPrefixWhitespace: String {
        String(drop { $0 == " " || $0 == "\t" })
    }
}
