/// One option a command accepts.
public struct OptionSpec: Sendable {
    /// The long name with its dashes, such as `--profile`.
    public let name: String
    /// A one-letter alias such as `-o`, if any.
    public let alias: String?
    /// Whether the option takes a value (`--out DIR` or `--out=DIR`).
    public let takesValue: Bool
    /// Whether it may be given more than once (values accumulate).
    public let repeatable: Bool
    /// The value's placeholder in help text, such as `DIR`.
    public let valueName: String
    /// One line of help.
    public let help: String

    /// A switch with no value.
    public static func flag(_ name: String, alias: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, alias: alias, takesValue: false, repeatable: false, valueName: "", help: help)
    }

    /// An option that takes a value.
    public static func value(_ name: String, alias: String? = nil, valueName: String, repeatable: Bool = false, help: String) -> OptionSpec {
        OptionSpec(name: name, alias: alias, takesValue: true, repeatable: repeatable, valueName: valueName, help: help)
    }
}

/// The options and operands found on a command line.
public struct ParsedArguments: Equatable, Sendable {
    /// Switches that were given, by long name.
    public var flags: Set<String> = []
    /// Values of value options, by long name, in order given.
    public var values: [String: [String]] = [:]
    /// Operands (non-option arguments), in order; `-` stays an operand.
    public var operands: [String] = []

    /// Whether the switch `name` was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// The last value given for `name`.
    public func value(_ name: String) -> String? { values[name]?.last }
    /// Every value given for `name`.
    public func allValues(_ name: String) -> [String] { values[name] ?? [] }
}

/// A small, strict parser for `isnad COMMAND [options] [operands]`.
///
/// Accepts `--name value`, `--name=value`, `-x value`, and `--` to end options.
/// Anything that starts with `-` and is not declared is a usage error.
public struct ArgumentParser: Sendable {
    /// The command being parsed, for messages.
    public let command: String
    /// The options the command declares.
    public let options: [OptionSpec]

    /// Creates a parser for `command` with `options`.
    public init(command: String, options: [OptionSpec]) {
        self.command = command
        self.options = options
    }

    /// Parses `arguments` (without the command name).
    /// - Throws: `UsageError` naming the offending argument.
    public func parse(_ arguments: [String]) throws -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.operands.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inlineValue: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = options.first(where: { $0.name == name || $0.alias == name }) else {
                throw UsageError("unknown option '\(name)' for '\(command)'", command: command)
            }
            if !spec.takesValue {
                if inlineValue != nil {
                    throw UsageError("option '\(spec.name)' takes no value", command: command)
                }
                result.flags.insert(spec.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("option '\(spec.name)' needs a value (\(spec.valueName))", command: command)
            }
            if !spec.repeatable, result.values[spec.name] != nil {
                throw UsageError("option '\(spec.name)' given twice", command: command)
            }
            result.values[spec.name, default: []].append(value)
        }
        return result
    }

    /// The options as help lines, aligned.
    public var optionHelp: String {
        let heads = options.map { spec -> String in
            var head = spec.name
            if let alias = spec.alias { head = alias + ", " + head }
            if spec.takesValue { head += " " + spec.valueName }
            return head
        }
        let width = (heads.map(\.count).max() ?? 0) + 2
        return zip(heads, options).map { head, spec in
            "  " + head + String(repeating: " ", count: width - head.count) + spec.help
        }.joined(separator: "\n")
    }
}
