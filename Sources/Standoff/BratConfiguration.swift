import Foundation
import TextFiles

/// The annotation scheme of a brat project, read from its `annotation.conf`: entity, event
/// and relation types with their arguments, and attributes with their values.
///
/// Like brat, a document's scheme is the nearest `annotation.conf` in its folder or above;
/// when there is none, Isnad uses its own scheme (`BratConfiguration.isnad`).
public struct BratConfiguration: Hashable, Sendable {
    /// The file it was read from, or `[Isnad scheme]` for the built-in one.
    public var path: String
    /// The `[entities]` section (brat also accepts `[spans]`), in order, nested types included.
    public var entities: [TypeDefinition]
    /// The `[events]` section.
    public var events: [TypeDefinition]
    /// The `[relations]` section (the special `ENTITY-NESTING` and `<OVERLAP>` included).
    public var relations: [TypeDefinition]
    /// The `[attributes]` section.
    public var attributes: [TypeDefinition]

    /// Creates a configuration from its sections.
    public init(path: String, entities: [TypeDefinition] = [], events: [TypeDefinition] = [],
                relations: [TypeDefinition] = [], attributes: [TypeDefinition] = []) {
        self.path = path
        self.entities = entities
        self.events = events
        self.relations = relations
        self.attributes = attributes
    }

    /// Reads the text of an `annotation.conf`. Problems brat would warn about or fail on are
    /// returned as diagnostics against `path`; the lines that could be read are kept.
    public static func parse(_ text: String, path: String) -> (BratConfiguration, [Diagnostic]) {
        ConfigurationReader(path: path).read(text)
    }

    /// Reads the `annotation.conf` at `path`.
    /// - Throws: `TextFileError` when it cannot be read or is not UTF-8.
    public static func load(contentsOf path: String) throws -> (BratConfiguration, [Diagnostic]) {
        parse(try TextFile(contentsOf: path).text, path: path)
    }

    /// The `annotation.conf` brat would use for a document in `folder`: the first found in
    /// `folder` or the folders above it, or nil.
    public static func nearestFile(from folder: String) -> String? {
        NearestFile.find("annotation.conf", from: folder)
    }

    // MARK: - The Isnad scheme

    /// The text of Isnad's canonical `annotation.conf`.
    public static var isnadAnnotationConf: String { String(decoding: PackageResources.annotation_conf, as: UTF8.self) }
    /// The text of Isnad's canonical `visual.conf` (Arabic labels, colours, right-to-left text).
    public static var isnadVisualConf: String { String(decoding: PackageResources.visual_conf, as: UTF8.self) }

    /// The Isnad scheme, parsed from the built-in `annotation.conf`.
    public static let isnad: BratConfiguration = {
        var configuration = parse(isnadAnnotationConf, path: isnadPath).0
        configuration.path = isnadPath
        return configuration
    }()

    /// The name used for the built-in scheme in messages.
    public static let isnadPath = "[Isnad scheme]"

    /// Writes `annotation.conf` and `visual.conf` of the Isnad scheme into `folder`, atomically,
    /// keeping a different existing file as `.orig`.
    /// - Throws: `TextFileError.unwritable`.
    public static func writeIsnadFiles(to folder: String) throws {
        try AtomicFile.write(isnadAnnotationConf, to: folder + "/annotation.conf", keepingBackup: true)
        try AtomicFile.write(isnadVisualConf, to: folder + "/visual.conf", keepingBackup: true)
    }

    /// Whether this scheme is Isnad's: a `Cue` event with `Stance` and `Form` attributes, so
    /// that every attribution needs exactly one of each.
    public var isIsnadScheme: Bool {
        event(named: IsnadScheme.eventType) != nil && attribute(named: IsnadScheme.stanceAttribute) != nil
            && attribute(named: IsnadScheme.formAttribute) != nil
    }

    // MARK: - Lookups

    /// The entity type `name`, if declared.
    public func entity(named name: String) -> TypeDefinition? { entities.first { $0.name == name } }
    /// The event type `name`, if declared.
    public func event(named name: String) -> TypeDefinition? { events.first { $0.name == name } }
    /// The relation definitions named `name` (brat allows several, one per argument typing).
    public func relations(named name: String) -> [TypeDefinition] { relations.filter { $0.name == name } }
    /// The attribute `name`, if declared.
    public func attribute(named name: String) -> TypeDefinition? { attributes.first { $0.name == name } }

    /// Every label a text bound may carry: entity and event types that are not abstract.
    public var textBoundLabels: [String] {
        (entities + events).filter { !$0.isAbstract }.map(\.name)
    }
}
