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
        // Reading and looking at articles
        HelpCommand.spec,
        LoadCommand.spec,
        ArticlesCommand.spec,
        ShowCommand.spec,
        SentencesCommand.spec,
        ReadCommand.spec,
        // Who is who
        WhoIsCommand.spec,
        PeopleCommand.spec,
        CountriesCommand.spec,
        OrganizationsCommand.spec,
        PlacesCommand.spec,
        EntitiesCommand.spec,
        MentionsCommand.spec,
        // Who spoke with whom, who said what, how many
        WhoSpokeWithCommand.spec,
        WhoMetCommand.spec,
        WhoCalledCommand.spec,
        WhatDidSayCommand.spec,
        WhoSaidCommand.spec,
        QuotesCommand.spec,
        HowManyCommand.spec,
        HowMuchCommand.spec,
        RelationsCommand.spec,
        // The briefing
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

    /// The error for a line no form fits: the usage when its words start a known command,
    /// else the closest command by spelling.
    func unknownMessage(for line: String) -> String {
        let words = line.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return "empty command (try 'help')" }
        var best: (spec: CommandSpec, phrase: String, distance: Int)?
        for spec in commands {
            let phrases = spec.forms.flatMap(\.leadingPhrases) + [spec.name] + spec.synonyms
            for phrase in phrases where !phrase.isEmpty {
                let count = phrase.split(separator: " ").count
                let typed = words.prefix(count).joined(separator: " ")
                if typed == phrase { return "'\(line)' does not fit: usage: \(spec.usage)" }
                let distance = editDistance(typed, phrase)
                if best == nil || distance < best!.distance { best = (spec, phrase, distance) }
            }
        }
        // "who sp Pashinyan": the first words begin a known phrase ("who spoke with").
        if words.count >= 2, words[1].count >= 2 {
            for spec in commands {
                for phrase in [spec.name] + spec.forms.flatMap(\.leadingPhrases) {
                    let known = phrase.split(separator: " ")
                    if known.count >= 2, known[0] == words[0], known[1].hasPrefix(words[1]) {
                        return "unknown command '\(line)'; did you mean '\(phrase)'? (usage: \(spec.usage); try 'help')"
                    }
                }
            }
        }
        if let best, best.distance <= max(1, best.phrase.count / 3) {
            return "unknown command '\(line)'; did you mean '\(best.phrase)'? (usage: \(best.spec.usage); try 'help')"
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
