/// `who met X`: the meetings, talks (`held talks with`) and visits to a person reported with X.
enum WhoMetCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who met",
        forms: [
            "who did <NAME> meet|visit",
            "who did <NAME> meet with",
            "who did <NAME> hold|have talks with",
            "who held|had|holds talks with <NAME...>",
            "who met|meets|visited with <NAME...>",
            "who has|have met <NAME...>",
            "who met|meets|visited <NAME...>",
        ],
        synonyms: ["who did X meet"],
        usage: "who met NAME",
        help: "Who met or held talks with NAME (meetings, talks, summits, visits), with the sentences that say so.",
        examples: ["who met Macron", "who met with Putin", "who did Blinken meet", "who did Blinken hold talks with"]
    ) { arguments, workspace in
        try ContactAnswer(kinds: [.met, .visited], verb: "met", cues: ["talks"]).answer(for: arguments["NAME"] ?? "", in: workspace.store)
    }
}
