import Attribution

/// `isnad rules`: Print the default rule files, to copy and edit.
public enum RulesCommand: Command {
    public static let name = "rules"
    public static let summary = "Print the default rule files, to copy and edit."
    public static let synopsis = "isnad rules [--list] [NAME]"
    public static let discussion = """
    Without NAME, prints every default rule file, each after a line '# ==> NAME <=='. With NAME
    (cues, words, disclaimers, english; '.rules' optional), prints that file alone, ready to save,
    edit and pass back with 'isnad annotate --rules FILE'. A record in your file with the same kind
    and name as a default replaces it; new names add; 'drop KIND NAME' removes one. A 'words NAME'
    record adds its words to that named list ('drop words NAME' before it replaces the list).
    The comment at the top of cues.rules explains the constructions and the restrictions a cue
    record lists (clause-initial, mention, no-addressee, comma-object, provided-that); they belong to
    the record, so a copy under a new name keeps them. A malformed line stops with
    'path:line:column: message'.

    Example: isnad rules cues > my-cues.rules
    """
    public static let options: [OptionSpec] = [
        .flag("--list", help: "Print only the names of the default rule files."),
    ]

    public static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32 {
        let files = RuleSet.defaultFiles
        if arguments.flag("--list") {
            guard arguments.operands.isEmpty else { throw UsageError("--list takes no NAME", command: name) }
            for file in files { console.output.line(file.name) }
            return 0
        }
        switch arguments.operands.count {
        case 0:
            for (index, file) in files.enumerated() {
                if index > 0 { console.output.line("") }
                console.output.line("# ==> \(file.name) <==")
                console.output.write(file.text)
            }
        case 1:
            let wanted = arguments.operands[0]
            guard let file = files.first(where: { $0.name == wanted || $0.name == wanted + ".rules" }) else {
                let names = files.map(\.name).joined(separator: ", ")
                throw UsageError("no default rule file '\(wanted)' (there are: \(names))", command: name)
            }
            console.output.write(file.text)
        default:
            throw UsageError("give at most one rule file NAME", command: name)
        }
        return 0
    }
}
