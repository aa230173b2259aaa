/// `help` and `help COMMAND`, written from the command table.
enum HelpCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "help",
        forms: ["help|?", "help|? <COMMAND...>"],
        usage: "help [COMMAND]",
        help: "List the commands, or show one command's usage and examples.",
        examples: ["help", "help show"]
    ) { arguments, _ in
        let catalog = CommandCatalog.standard
        guard let name = arguments["COMMAND"] else {
            let width = catalog.commands.map(\.usage.count).max() ?? 0
            let lines = catalog.commands.map { spec in
                AnswerItem(
                    spec.usage.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.help,
                    fields: ["usage": spec.usage, "help": spec.help])
            }
            return Answer("Commands (help COMMAND for one):", results: lines)
        }
        guard let spec = catalog.command(named: name) ?? catalog.command(startingWith: name) else {
            throw CommandError(catalog.unknownMessage(for: name))
        }
        var items = [AnswerItem("usage: \(spec.usage)")]
        items += spec.examples.map { AnswerItem("example: \($0)") }
        if !spec.synonyms.isEmpty { items.append(AnswerItem("also: " + spec.synonyms.joined(separator: ", "))) }
        return Answer(spec.help, results: items)
    }
}

extension CommandCatalog {
    /// The command whose leading words begin `line` (`who spoke with Putin` → `who spoke with`).
    func command(startingWith line: String) -> CommandSpec? {
        let typed = line.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return commands.first { spec in
            spec.forms.contains { form in
                form.leadingPhrases.contains { typed == $0 || typed.hasPrefix($0 + " ") }
            }
        }
    }
}

import Foundation
