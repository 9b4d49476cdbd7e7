import Foundation
import TextFiles

/// The rules the extractor reads: cues, word lists, quotation marks and settings, from the default rule
/// files compiled into the binary and from files a user adds.
public struct RuleSet: Sendable {
    /// The records in effect, in the order they were read; a later record with the same key replaced
    /// an earlier one in place (but `words` records with the same key add up: each is kept).
    public private(set) var records: [RuleRecord] = []

    /// An empty rule set (no cues: the extractor finds nothing).
    public init() {}

    /// The default rule files compiled into the binary, by file name (`cues.rules` …).
    public static var defaultFiles: [(name: String, text: String)] {
        [
            ("cues.rules", String(decoding: PackageResources.cues_rules, as: UTF8.self)),
            ("words.rules", String(decoding: PackageResources.words_rules, as: UTF8.self)),
            ("disclaimers.rules", String(decoding: PackageResources.disclaimers_rules, as: UTF8.self)),
            ("english.rules", String(decoding: PackageResources.english_rules, as: UTF8.self)),
        ]
    }

    /// The rules of the default files.
    /// - Throws: `RuleFileError` if a default file is malformed (a build defect the tests catch).
    public static func defaults() throws -> RuleSet {
        var rules = RuleSet()
        for file in defaultFiles {
            rules = try rules.adding(text: file.text, path: file.name)
        }
        return rules
    }

    /// These rules with the records of the rule file at `path` added; a record with the kind and name
    /// of an existing one replaces it (a `words` record adds its words to the list instead), and `drop
    /// KIND NAME` removes one (`drop cue NAME` with the `governed` and `claim-object` lists named after
    /// the cue, `drop words NAME` every word of the list so far).
    /// - Throws: `RuleFileError` (`path:line:column: message`) for an unreadable or malformed file.
    public func adding(contentsOf path: String) throws -> RuleSet {
        let file: TextFile
        do {
            file = try TextFile(contentsOf: path)
        } catch let error as TextFileError {
            switch error {
            case .invalidUTF8(_, let byte): throw RuleFileError.unreadable(path: path, reason: "not valid UTF-8 at byte \(byte)")
            case .unreadable(_, let reason), .unwritable(_, let reason): throw RuleFileError.unreadable(path: path, reason: "cannot read the rule file: \(reason)")
            }
        }
        return try adding(text: file.text, path: path)
    }

    /// These rules with the records of `text` (read from `path`, for messages) added or overriding.
    /// - Throws: `RuleFileError` for a malformed line.
    public func adding(text: String, path: String) throws -> RuleSet {
        var result = self
        let records = try RuleFileParser().parse(text, path: path)
        var droppedCues: [String] = []
        for record in records {
            try result.merge(record)
            if case .drop(let kind, let name, _) = record, kind == "cue" { droppedCues.append(name) }
        }
        if !droppedCues.isEmpty { result.dropLists(ofCues: droppedCues, from: self) }
        try result.checkCueLists(from: records)
        return result
    }

    /// Removes the `governed` and `claim-object` lists of `earlier` rules named after one of the `dropped`
    /// cues: a governed list left without its cue would apply to every cue.
    private mutating func dropLists(ofCues dropped: [String], from earlier: RuleSet) {
        records.removeAll { record in
            dropped.contains { record.belongsToCue(named: $0) } && earlier.records.contains(record)
        }
    }

    /// Every `claim-object` list of `records` belongs to a cue record of these rules.
    private func checkCueLists(from records: [RuleRecord]) throws {
        let cueNames = Set(cues.map(\.name))
        for record in records {
            guard case .phrases(let list) = record, list.kind == .claimObject, !cueNames.contains(list.name) else { continue }
            throw RuleFileError.unknownCue(path: list.location.path, line: list.location.line, column: list.location.column,
                                          kind: list.kind.rawValue, name: list.name)
        }
    }

    private mutating func merge(_ record: RuleRecord) throws {
        if case .words = record {
            // a word list grows with each file that names it
            records.append(record)
            return
        }
        let key = record.key
        let existing = records.firstIndex { $0.key == key }
        if case .drop(_, _, let location) = record {
            guard existing != nil else {
                throw RuleFileError.nothingToDrop(path: location.path, line: location.line, column: location.column,
                                                  key: key.description)
            }
            // (a word list may be made of records from several files: they all go)
            records.removeAll { $0.key == key }
        } else if let existing {
            records[existing] = record
        } else {
            records.append(record)
        }
    }

    /// The cue records.
    public var cues: [CueRule] {
        records.compactMap { if case .cue(let rule) = $0 { return rule } else { return nil } }
    }

    /// The phrase lists of one kind.
    public func phraseLists(_ kind: PhraseListKind) -> [PhraseList] {
        records.compactMap { if case .phrases(let list) = $0, list.kind == kind { return list } else { return nil } }
    }

    /// Every phrase of one kind, across its lists.
    public func phrases(_ kind: PhraseListKind) -> [String] {
        phraseLists(kind).flatMap(\.phrases)
    }

    /// The words of the list `name` as written, across the records that add to it (none once it is dropped).
    public func words(_ name: WordListName) -> [String] {
        records.flatMap { record -> [String] in
            if case .words(let list, let words, _) = record, list == name { return words } else { return [] }
        }
    }

    /// The quotation-mark pairs.
    public var quotePairs: [QuotePair] {
        records.compactMap { if case .quote(let pair) = $0 { return pair } else { return nil } }
    }

    /// The value of a setting (its default when no file sets it).
    public func value(of setting: RuleSetting) -> Int {
        for record in records.reversed() {
            if case .setting(let named, let value, _) = record, named == setting { return value }
        }
        return setting.defaultValue
    }
}
