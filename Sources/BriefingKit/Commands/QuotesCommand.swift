/// `quotes [NAME]`: every attributed quote, or NAME's.
enum QuotesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "quotes",
        forms: ["quotes|quotations [NAME...]"],
        usage: "quotes [NAME]",
        help: "Every quote with its speaker, or only NAME's.",
        examples: ["quotes", "quotes Putin"]
    ) { arguments, workspace in
        if let name = arguments["NAME"] {
            return try WhatDidSayCommand.spec.action(CommandArguments(line: arguments.line, values: ["NAME": name]), &workspace)
        }
        let quotes = workspace.store.models.flatMap { model in model.quotes.map { ($0, model) } }
        let ordered = QuoteAnswer.ordered(quotes)
        guard !ordered.isEmpty else { return Answer("No quotes found.") }
        let speakers = Set(ordered.map { QuoteAnswer.speakerName($0.0, in: $0.1) })
        return Answer(
            "\(ordered.count) quotes from \(speakers.count) speakers",
            results: ordered.map { QuoteAnswer.item($0.0, in: $0.1) })
    }
}
