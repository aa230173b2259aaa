import Testing
@testable import BriefingKit

@Suite struct CommandCatalogTests {
    let catalog = CommandCatalog.standard

    @Test(arguments: [
        ("help", "help", [:]), ("? show", "help", ["COMMAND": "show"]), ("load a.txt b/", "load", ["PATH": "a.txt b/"]),
        ("articles", "articles", [:]), ("show", "show", [:]), ("show ferry 2", "show", ["ARTICLE": "ferry 2"]),
        ("sentences", "sentences", [:]), (".read x.briefing", ".read", ["FILE": "x.briefing"]),
        ("source x.briefing", ".read", ["FILE": "x.briefing"]), ("exit", "quit", [:]), ("  QUIT  ", "quit", [:]),
    ] as [(String, String, [String: String])])
    func parsesEachCommand(_ line: String, _ name: String, _ values: [String: String]) throws {
        let (spec, arguments) = try catalog.parse(line)
        #expect(spec.name == name)
        #expect(arguments.values == values)
    }

    @Test func everyCommandDeclaresUsageHelpAndExamples() {
        for spec in catalog.commands {
            #expect(!spec.usage.isEmpty && !spec.help.isEmpty && !spec.examples.isEmpty, "\(spec.name)")
            #expect(!spec.forms.isEmpty)
        }
        #expect(Set(catalog.commands.map(\.name)).count == catalog.commands.count)
    }

    @Test func everyExampleParsesToItsOwnCommand() throws {
        for spec in catalog.commands {
            for example in spec.examples {
                #expect(try catalog.parse(example).0.name == spec.name, "\(example)")
            }
        }
    }

    @Test(arguments: [
        ("shw 3", "unknown command 'shw 3'; did you mean 'show'? (usage: show [ARTICLE] [N]; try 'help')"),
        ("artciles", "unknown command 'artciles'; did you mean 'articles'? (usage: articles; try 'help')"),
        ("xyzzy plugh", "unknown command 'xyzzy' (try 'help')"),
        ("who sp Nadia", "unknown command 'who sp Nadia'; did you mean 'who spoke with'? (usage: who spoke with NAME; try 'help')"),
        ("load", "'load' does not fit: usage: load PATH..."),
        ("articles now", "'articles now' does not fit: usage: articles"),
    ])
    func unknownCommandsGetAClearMessage(_ line: String, _ message: String) {
        #expect(throws: CommandError(message)) { try catalog.parse(line) }
    }

    @Test func synonymsFindTheirCommand() {
        #expect(catalog.command(named: "exit")?.name == "quit")
        #expect(catalog.command(named: "source")?.name == ".read")
        #expect(catalog.command(startingWith: "show ferry 2")?.name == "show")
    }
}
