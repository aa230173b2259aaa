/// `who called X`: the phone calls reported with X.
enum WhoCalledCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who called",
        forms: [
            "who did <NAME> call|phone|ring",
            "who called|phoned|rang|telephoned <NAME...>",
            "who had|held a phone|call call|with <NAME...>",
        ],
        synonyms: ["who phoned", "who did X call"],
        usage: "who called NAME",
        help: "Who phoned NAME or held a call with NAME, with the sentences that say so.",
        examples: ["who called Pashinyan", "who did Putin call"]
    ) { arguments, workspace in
        try ContactAnswer(kinds: [.called], verb: "called").answer(for: arguments["NAME"] ?? "", in: workspace.store)
    }
}
