/// `help` and `help COMMAND`, written from the command table.
enum HelpCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "help",
        forms: ["help|?", "help|? <COMMAND...>"],
        usage: "help [COMMAND]",
        help: "List the commands, or show one command's usage and examples.",
        examples: ["help", "help who spoke with"]
    ) { arguments, _ in
        let catalog = CommandCatalog.standard
        guard let name = arguments["COMMAND"] else {
            let width = catalog.commands.map(\.usage.count).max() ?? 0
            let lines = catalog.commands.map { spec in
                AnswerItem(spec.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.help)
            }
            return Answer("Commands:", results: lines)
        }
        guard let spec = catalog.command(named: name) else {
            throw CommandError("no command '\(name)' (try 'help')")
        }
        var items = [AnswerItem("usage: \(spec.usage)")]
        items += spec.examples.map { AnswerItem("example: \($0)") }
        if !spec.synonyms.isEmpty { items.append(AnswerItem("also: " + spec.synonyms.joined(separator: ", "))) }
        return Answer(spec.help, results: items)
    }
}

import Foundation
