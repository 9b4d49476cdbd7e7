/// The `isnad` command line: dispatches to subcommands and handles help.
public enum Isnad {
    /// Every subcommand, in the order `isnad --help` lists them.
    public static let commands: [any Command.Type] = [
        NormalizeCommand.self,
        TokenizeCommand.self,
        AnnotateCommand.self,
        RulesCommand.self,
        CheckCommand.self,
        EvalCommand.self,
        AgreeCommand.self,
    ]

    /// The top-level help text.
    public static var help: String {
        let width = (commands.map { $0.name.count }.max() ?? 0) + 2
        let list = commands.map { "  " + $0.name + String(repeating: " ", count: width - $0.name.count) + $0.summary }
        return """
        isnad: who said what in Arabic news.

        Usage: isnad COMMAND [options] [operands]

        Commands:
        \(list.joined(separator: "\n"))

        'isnad help COMMAND' or 'isnad COMMAND --help' shows a command's options.
        Offsets are 0-based, end-exclusive Unicode scalar (code point) offsets.
        """
    }

    /// Runs `isnad` with `arguments` (without the program name) and returns the exit code.
    public static func main(_ arguments: [String], console: Console) -> Int32 {
        defer { console.output.flush(); console.error.flush() }
        guard let first = arguments.first else {
            console.error.line(help)
            return 2
        }
        if first == "--help" || first == "-h" {
            console.output.line(help)
            return 0
        }
        if first == "help" {
            guard arguments.count > 1, arguments[1] != "help" else { console.output.line(help); return 0 }
            guard let command = command(named: arguments[1]) else {
                return usage(UsageError("no command '\(arguments[1])'", command: nil), console)
            }
            console.output.write(command.help)
            return 0
        }
        guard let command = command(named: first) else {
            let problem = first.hasPrefix("-") ? "unknown option '\(first)' (a COMMAND comes first)" : "no command '\(first)'"
            return usage(UsageError(problem, command: nil), console)
        }
        let rest = Array(arguments.dropFirst())
        let options = rest.prefix { $0 != "--" }
        if options.contains("--help") || options.contains("-h") {
            console.output.write(command.help)
            return 0
        }
        do {
            let parsed = try ArgumentParser(command: command.name, options: command.options).parse(rest)
            return try command.run(parsed, console: console)
        } catch let error as UsageError {
            return usage(error, console)
        } catch {
            console.error.line("isnad \(command.name): \(error)")
            return 1
        }
    }

    /// The subcommand called `name`, if there is one.
    public static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.name == name }
    }

    /// Prints `error` with the synopsis of its command (of `isnad` itself at the top level).
    private static func usage(_ error: UsageError, _ console: Console) -> Int32 {
        let synopsis = error.command.map { command(named: $0)?.synopsis } ?? "isnad COMMAND [options] [operands]"
        console.error.line(error.description(usage: synopsis))
        return 2
    }
}
