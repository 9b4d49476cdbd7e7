import Testing
@testable import IsnadCLI

@Suite struct ArgumentParserTests {
    let parser = ArgumentParser(command: "demo", options: [
        .flag("--json", help: "JSON"),
        .value("--out", alias: "-o", valueName: "DIR", help: "output"),
        .value("--fold", valueName: "OP", repeatable: true, help: "fold"),
    ])

    @Test func parsesFlagsValuesAndOperands() throws {
        let parsed = try parser.parse(["a.txt", "--json", "-o", "out", "--fold=alef", "--fold", "yeh", "-", "--", "--literal"])
        #expect(parsed.flag("--json"))
        #expect(parsed.value("--out") == "out")
        #expect(parsed.allValues("--fold") == ["alef", "yeh"])
        #expect(parsed.operands == ["a.txt", "-", "--literal"])
    }

    @Test func rejectsUnknownOptionsAndMissingValues() {
        #expect(throws: UsageError("unknown option '--jsn' for 'demo'", command: "demo")) { try parser.parse(["--jsn"]) }
        #expect(throws: UsageError("option '--out' needs a value (DIR)", command: "demo")) { try parser.parse(["--out"]) }
        #expect(throws: UsageError("option '--out' given twice", command: "demo")) { try parser.parse(["--out", "a", "--out", "b"]) }
        #expect(throws: UsageError("option '--json' takes no value", command: "demo")) { try parser.parse(["--json=yes"]) }
    }
}

@Suite struct DispatchTests {
    @Test func unknownCommandAndOptionExitTwo() {
        let console = Console.memory()
        #expect(Isnad.main(["frobnicate"], console: console) == 2)
        #expect(console.error.text.contains("no command 'frobnicate'"))
        let second = Console.memory()
        #expect(Isnad.main(["tokenize", "--bogus"], console: second) == 2)
        #expect(second.error.text.contains("unknown option '--bogus' for 'tokenize'"))
        #expect(second.error.text.contains("isnad help tokenize"))
    }

    /// Bad arguments exit 2 and show the command's synopsis, not only a pointer to its help.
    @Test func usageErrorsShowTheSynopsis() {
        for command in Isnad.commands {
            let console = Console.memory()
            #expect(Isnad.main([command.name, "--bogus"], console: console) == 2)
            #expect(console.error.text == "isnad: unknown option '--bogus' for '\(command.name)'\nusage: \(command.synopsis)\n"
                    + "see 'isnad help \(command.name)'\n", "\(console.error.text)")
        }
        let eval = Console.memory()
        #expect(Isnad.main(["eval", "gold"], console: eval) == 2)
        #expect(eval.error.text.contains("eval needs a gold folder and a prediction folder\nusage: isnad eval GOLD_DIR PRED_DIR [--json]\n"))
        let top = Console.memory()
        #expect(Isnad.main(["frobnicate"], console: top) == 2)
        #expect(top.error.text == "isnad: no command 'frobnicate'\nusage: isnad COMMAND [options] [operands]\nsee 'isnad --help'\n")
    }

    @Test func anOptionBeforeTheCommandIsCalledAnOption() {
        let console = Console.memory()
        #expect(Isnad.main(["--version"], console: console) == 2)
        #expect(console.error.text.contains("unknown option '--version' (a COMMAND comes first)"), "\(console.error.text)")
        #expect(console.error.text.contains("see 'isnad --help'"))
    }

    @Test func helpListsEveryCommand() {
        let console = Console.memory()
        #expect(Isnad.main(["--help"], console: console) == 0)
        for command in Isnad.commands {
            #expect(console.output.text.contains(command.name))
        }
        let one = Console.memory()
        #expect(Isnad.main(["help", "check"], console: one) == 0)
        #expect(one.output.text.hasPrefix("isnad check"))
        let helpHelp = Console.memory()
        #expect(Isnad.main(["help", "help"], console: helpHelp) == 0)
        #expect(helpHelp.output.text.contains("Commands:"))
        let unknown = Console.memory()
        #expect(Isnad.main(["help", "nosuch"], console: unknown) == 2)
    }

    /// After `--` every argument is an operand, `--help` too: a file may be called that.
    @Test func helpAfterDoubleDashIsAFileName() {
        for name in ["--help", "-h"] {
            let console = Console.memory()
            #expect(Isnad.main(["normalize", "--", name], console: console) == 1)
            #expect(console.output.text.isEmpty)
            #expect(console.error.text == "\(name): cannot read: no such file\n")
        }
        let help = Console.memory()
        #expect(Isnad.main(["normalize", "--help", "--", "x.txt"], console: help) == 0)
        #expect(help.output.text.hasPrefix("isnad normalize"))
    }
}
