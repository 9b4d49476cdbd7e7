import Foundation

/// Reads brat's `annotation.conf` the way brat's project configuration does: sections,
/// `<MACRO>=…` definitions, `!abstract` types, nesting by indentation, `|` alternatives and
/// `Role?`, `Role*`, `Role+`, `Role{n}`, `Role{n-m}` repetition.
struct ConfigurationReader {
    let path: String

    private static let sections = ["entities", "relations", "events", "attributes"]
    private static let reserved = ["<ANY>", "<ENTITY>", "<RELATION>", "<EVENT>", "<NONE>", "<EMPTY>", "<REL-TYPE>", "<URL>",
                                   "<URLBASE>", "<GLYPH-POS>", "<DEFAULT>", "<NORM>", "<OVERLAP>", "<OVL-TYPE>", "<INHERIT>"]

    /// The most UTF-8 bytes a line may grow to by macro expansion. Macros expand one after another
    /// and each may repeat the next (`<A>=<B>|<B>`, `<B>=<C>|<C>` …), so 24 lines of them made one
    /// line 16 MB long (check ran for over a minute) and each further level doubles it again. 128 KiB
    /// holds thousands of types; a line that would pass it is refused with an error naming the macro.
    static let maximumExpandedLength = 1 << 17

    func read(_ text: String) -> (BratConfiguration, [Diagnostic]) {
        var configuration = BratConfiguration(path: path)
        var diagnostics: [Diagnostic] = []
        var section: String?
        var macros: [(name: String, value: String)] = []
        var parentArguments: [Int: [String]] = [:]
        let lines = LineBreaks.universalLines(of: text)
        for (index, rawLine) in lines.enumerated() {
            let number = index + 1
            let line = String(rawLine)
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if trimmed.hasPrefix("["), trimmed.hasSuffix("]") {
                var name = String(trimmed.dropFirst().dropLast())
                if name == "spans" { name = "entities" }
                section = name
                macros = []
                parentArguments = [:]
                if !Self.sections.contains(name) {
                    diagnostics.append(Diagnostic(path: path, line: number, column: 1, severity: .warning,
                        message: "unexpected section [\(name)]; brat ignores its contents (expected [entities], [relations], [events] or [attributes])"))
                }
                continue
            }
            guard let current = section, Self.sections.contains(current) else {
                if section == nil {
                    diagnostics.append(Diagnostic(path: path, line: number, column: 1, severity: .warning,
                        message: "line before any [section]; brat ignores it"))
                }
                continue
            }
            if trimmed.allSatisfy({ $0 == "-" }) { continue }
            if let macro = macroDefinition(trimmed) {
                if Self.reserved.contains(macro.name) {
                    diagnostics.append(Diagnostic(path: path, line: number, column: 1, severity: .error,
                        message: "\(macro.name) is reserved and cannot be redefined"))
                } else {
                    macros.append(macro)
                }
                continue
            }
            var expanded = line
            var overgrown: String?
            for macro in macros {
                let growth = expanded.occurrenceCount(of: macro.name) * (macro.value.utf8.count - macro.name.utf8.count)
                guard expanded.utf8.count + growth <= Self.maximumExpandedLength else { overgrown = macro.name; break }
                expanded = expanded.replacingAll(macro.name, with: macro.value)
            }
            if let overgrown {
                let first = macros.first { line.contains($0.name) }?.name ?? overgrown
                diagnostics.append(Diagnostic(path: path, line: number, column: column(of: first, in: line), severity: .error,
                    message: "the macros make this line longer than \(Self.maximumExpandedLength) bytes when \(overgrown) is expanded "
                        + "(macros that each repeat the next, such as <A>=<B>|<B> and <B>=<C>|<C>, double it each time)"))
                continue
            }
            if let undefined = firstUndefinedMacro(in: expanded) {
                diagnostics.append(Diagnostic(path: path, line: number, column: column(of: undefined, in: line), severity: .error,
                    message: "undefined macro \(undefined) (macros are defined per section with <NAME>=…)"))
                continue
            }
            let indent = expanded.prefix { $0 == " " || $0 == "\t" }.count
            let body = expanded.dropFirst(indent)
            let termsEnd = body.firstIndex { $0 == " " || $0 == "\t" } ?? body.endIndex
            let terms = body[..<termsEnd].split(separator: "|").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            var arguments = body[termsEnd...].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            if arguments.contains("<INHERIT>") {
                let inherited = parentArguments[indent - 1] ?? []
                arguments = arguments.flatMap { $0 == "<INHERIT>" ? inherited : [$0] }
            }
            parentArguments[indent] = arguments
            guard var name = terms.first else { continue }
            let isAbstract = name.hasPrefix("!")
            if isAbstract { name.removeFirst() }
            var definition = TypeDefinition(name: name, isAbstract: isAbstract, line: number)
            do {
                try fill(&definition, arguments: arguments, isAttribute: current == "attributes")
            } catch let problem as ConfigurationProblem {
                diagnostics.append(Diagnostic(path: path, line: number, column: column(of: problem.near, in: line), severity: .error,
                                              message: problem.message))
                continue
            } catch {
                continue
            }
            switch current {
            case "entities": configuration.entities.append(definition)
            case "events": configuration.events.append(definition)
            case "relations": configuration.relations.append(definition)
            default: configuration.attributes.append(definition)
            }
        }
        return (configuration, diagnostics)
    }

    private struct ConfigurationProblem: Error {
        var near: String
        var message: String
    }

    private func fill(_ definition: inout TypeDefinition, arguments: [String], isAttribute: Bool) throws {
        for argument in arguments {
            guard let colon = argument.firstIndex(of: ":") else {
                throw ConfigurationProblem(near: argument, message: "expected KEY:TYPE in '\(argument)'")
            }
            let key = String(argument[..<colon])
            let types = argument[argument.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if types.contains(where: \.isEmpty) {
                throw ConfigurationProblem(near: argument, message: "empty type in '\(argument)'")
            }
            if Self.reserved.contains(key) {
                definition.specialArguments[key] = key == "<REL-TYPE>" ? types.flatMap { $0.split(separator: "-").map(String.init) } : types
                continue
            }
            if isAttribute {
                if key == "Arg" { definition.targets += types; continue }
                if key == "Value" { definition.values += types; continue }
                definition.specialArguments[key] = types
                continue
            }
            let (role, minimum, maximum) = try repetition(key)
            if definition.rule(for: role) != nil {
                throw ConfigurationProblem(near: argument, message: "argument \(role) appears more than once for \(definition.name)")
            }
            definition.arguments.append(ArgumentRule(role: role, types: types, minimum: minimum, maximum: maximum))
        }
    }

    /// `Theme` → (Theme, 1, 1); `Theme?` → 0…1; `Theme*` → 0…∞; `Theme+` → 1…∞; `{n}`, `{n-m}`.
    private func repetition(_ key: String) throws -> (String, Int, Int) {
        if key.hasSuffix("?") { return (String(key.dropLast()), 0, 1) }
        if key.hasSuffix("*") { return (String(key.dropLast()), 0, Int.max) }
        if key.hasSuffix("+") { return (String(key.dropLast()), 1, Int.max) }
        guard key.hasSuffix("}"), let open = key.lastIndex(of: "{") else { return (key, 1, 1) }
        let role = String(key[..<open])
        let range = key[key.index(after: open)..<key.index(before: key.endIndex)].split(separator: "-", omittingEmptySubsequences: false)
        let bounds = range.compactMap { Int($0) }
        guard !role.isEmpty, bounds.count == range.count, (1...2).contains(bounds.count) else {
            throw ConfigurationProblem(near: key, message: "cannot read the repetition in '\(key)' (expected ROLE{N} or ROLE{MIN-MAX})")
        }
        let low = bounds[0], high = bounds.count == 2 ? bounds[1] : bounds[0]
        guard low <= high, high > 0 else {
            throw ConfigurationProblem(near: key, message: "invalid repetition range in '\(key)'")
        }
        return (role, low, high)
    }

    private func macroDefinition(_ line: String) -> (name: String, value: String)? {
        guard line.hasPrefix("<"), let close = line.firstIndex(of: ">") else { return nil }
        let after = line.index(after: close)
        guard after < line.endIndex, line[after] == "=" else { return nil }
        let name = String(line[...close])
        let inner = name.dropFirst().dropLast()
        guard !inner.isEmpty, inner.allSatisfy({ $0.isLetter && $0.isASCII || $0 == "_" || $0 == "-" }) else { return nil }
        return (name, String(line[line.index(after: after)...]).trimmingSpaces())
    }

    private func firstUndefinedMacro(in line: String) -> String? {
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "<"), let close = rest[open...].firstIndex(of: ">") {
            let candidate = String(rest[open...close])
            if !Self.reserved.contains(candidate) { return candidate }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    private func column(of needle: String, in line: String) -> Int {
        guard let range = line.range(of: needle) else { return 1 }
        return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\r" }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// How many times `target` occurs, counted as `replacingAll(_:with:)` replaces it.
    func occurrenceCount(of target: String) -> Int {
        guard !target.isEmpty else { return 0 }
        var count = 0
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }

    /// The text with every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
