/// One `isnad` subcommand.
public protocol Command: Sendable {
    /// The word after `isnad`, such as `tokenize`.
    static var name: String { get }
    /// One line for the command list.
    static var summary: String { get }
    /// The usage synopsis, such as `isnad tokenize [--format tsv|jsonl] [FILE…]`.
    static var synopsis: String { get }
    /// Longer help: what it does, what it prints, examples.
    static var discussion: String { get }
    /// The options it accepts.
    static var options: [OptionSpec] { get }
    /// Runs the command on parsed arguments and returns the exit code.
    /// - Throws: `UsageError` for arguments that do not fit (exit 2).
    static func run(_ arguments: ParsedArguments, console: Console) throws -> Int32
}

extension Command {
    /// The full help text of the command.
    public static var help: String {
        var text = "\(synopsis)\n\n\(summary)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        let parser = ArgumentParser(command: name, options: options)
        if !options.isEmpty { text += "\nOptions:\n\(parser.optionHelp)\n" }
        return text
    }
}
