/// `who spoke with X`: everyone reported in contact with X (talks, calls, meetings, told, asked).
enum WhoSpokeWithCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who spoke with",
        forms: [
            "who did|will|does|would <NAME> speak|talk|spoke|talked with|to",
            "who did|will|does|would <NAME> speak|talk",
            "who did <NAME> hold|have talks|discussions|conversations|negotiations with",
            "who did <NAME> hold|have a call|conversation|discussion with",
            "who did <NAME> hold|have a phone|telephone call with",
            "with|to whom did <NAME> speak|talk",
            "who has|have spoken|talked with|to <NAME...>",
            "who spoke|talked|speaks|talks|communicated|conversed with|to <NAME...>",
            "who contacted <NAME...>",
        ],
        synonyms: ["who talked to", "who did X speak with", "with whom did X speak"],
        usage: "who spoke with NAME",
        help: "Who spoke with, called, met, told or asked NAME, with the sentences that say so.",
        examples: ["who spoke with Pashinyan", "who talked to Macron", "who did Pashinyan speak with", "with whom did Putin speak"]
    ) { arguments, workspace in
        try ContactAnswer(kinds: nil, verb: "spoken with").answer(for: arguments["NAME"] ?? "", in: workspace.store)
    }
}
