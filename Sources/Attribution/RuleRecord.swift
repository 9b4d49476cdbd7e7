/// One record of a rule file.
public enum RuleRecord: Sendable, Hashable {
    /// `cue NAME | CLASS | STANCE | CONSTRUCTIONS | FORMS`.
    case cue(CueRule)
    /// `negator|complementizer|source-end|disclaimer|not-claim|signature NAME | PHRASES`.
    case phrases(PhraseList)
    /// `quote NAME | OPEN | CLOSE`.
    case quote(QuotePair)
    /// `setting NAME | VALUE`.
    case setting(RuleSetting, Int, RuleLocation)
    /// `words NAME | WORDS`: words added to the named list (as written, not yet normalized).
    case words(WordListName, [String], RuleLocation)
    /// `drop KIND NAME`: removes an earlier record.
    case drop(kind: String, name: String, RuleLocation)

    /// The record's kind word and name, which identify it for overriding.
    public var key: RuleKey {
        switch self {
        case .cue(let rule): return RuleKey(kind: "cue", name: rule.name)
        case .phrases(let list): return RuleKey(kind: list.kind.rawValue, name: list.name)
        case .quote(let pair): return RuleKey(kind: "quote", name: pair.name)
        case .setting(let setting, _, _): return RuleKey(kind: "setting", name: setting.rawValue)
        case .words(let list, _, _): return RuleKey(kind: "words", name: list.rawValue)
        case .drop(let kind, let name, _): return RuleKey(kind: kind, name: name)
        }
    }

    /// Where the record was read: its line and the column of its name.
    public var location: RuleLocation {
        switch self {
        case .cue(let rule): return rule.location
        case .phrases(let list): return list.location
        case .quote(let pair): return pair.location
        case .setting(_, _, let location), .words(_, _, let location), .drop(_, _, let location): return location
        }
    }

    /// Whether the record is a list that belongs to the cue record `name` (`governed NAME`,
    /// `claim-object NAME`, `relay NAME`).
    func belongsToCue(named name: String) -> Bool {
        guard case .phrases(let list) = self, list.name == name else { return false }
        return list.kind == .governed || list.kind == .claimObject || list.kind == .relay
    }
}
