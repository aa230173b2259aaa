/// `who met X`: the meetings (and visits to a person) reported with X.
enum WhoMetCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who met",
        forms: [
            "who did|will|does|would <NAME> meet|visit",
            "who did|will|does|would <NAME> meet with",
            "who did <NAME> hold|have a meeting|meetings with",
            "who held|had|holds talks with <NAME...>",
            "who met|meets|visited with <NAME...>",
            "who has|have met <NAME...>",
            "who met|meets|visited <NAME...>",
        ],
        synonyms: ["who did X meet"],
        usage: "who met NAME",
        help: "Who met NAME (meetings, summits, visits), with the sentences that say so.",
        examples: ["who met Macron", "who met with Putin", "who did Blinken meet"]
    ) { arguments, workspace in
        try ContactAnswer(kinds: [.met, .visited], verb: "met").answer(for: arguments["NAME"] ?? "", in: workspace.store)
    }
}
