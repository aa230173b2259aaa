/// Every command the shell knows, in the order forms are tried.
///
/// ```swift
/// let catalog = CommandCatalog.standard
/// let (spec, arguments) = try catalog.parse("who is Aliyev")
/// ```
public struct CommandCatalog: Sendable {
    public let commands: [CommandSpec]

    public init(_ commands: [CommandSpec]) {
        self.commands = commands
    }

    /// The commands of the shipped shell. More specific forms come first.
    public static let standard: CommandCatalog = CommandCatalog([
        HelpCommand.spec,
        ArticlesCommand.spec,
        SentencesCommand.spec,
        SummaryCommand.spec,
        QuitCommand.spec,
    ])

    /// The command `line` asks for and its slot values.
    public func parse(_ line: String) throws -> (CommandSpec, CommandArguments) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        for spec in commands {
            for form in spec.forms {
                if let values = form.match(trimmed) {
                    return (spec, CommandArguments(line: trimmed, values: values))
                }
            }
        }
        throw CommandError(unknownMessage(for: trimmed))
    }

    /// The command called `name` or one of its synonyms.
    public func command(named name: String) -> CommandSpec? {
        let key = name.lowercased()
        return commands.first { $0.name == key || $0.synonyms.contains(key) }
    }

    private func unknownMessage(for line: String) -> String {
        let first = line.split(separator: " ").first.map(String.init) ?? line
        if let known = command(named: first) ?? commands.first(where: { $0.name.hasPrefix(first.lowercased() + " ") }) {
            return "'\(line)' does not fit: usage: \(known.usage)"
        }
        let names = commands.flatMap { [$0.name] + $0.synonyms }
        if let closest = names.min(by: { editDistance(first, $0) < editDistance(first, $1) }),
            editDistance(first, closest) <= max(2, first.count / 3)
        {
            return "unknown command '\(first)'; did you mean '\(closest)'? (try 'help')"
        }
        return "unknown command '\(first)' (try 'help')"
    }
}

import Foundation

/// Levenshtein distance, case-insensitive.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased()), b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
