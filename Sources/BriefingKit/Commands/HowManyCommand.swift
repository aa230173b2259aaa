/// `how many THING EVENT`: the counts whose counted noun and event match the question
/// (word stems and event synonyms: `died` finds `were killed`).
enum HowManyCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "how many",
        forms: ["how many <WHAT...>"],
        usage: "how many THING [EVENT]",
        help: "Counts in the articles: how many people were killed, how many seats were won.",
        examples: ["how many people were killed", "how many seats did Labour win"]
    ) { arguments, workspace in
        let question = QuantityQuestion(arguments["WHAT"] ?? "")
        var scored: [(Int, Quantity)] = []
        for model in workspace.store.models {
            for quantity in model.quantities {
                let score = question.score(quantity)
                if score > 0 { scored.append((score, quantity)) }
            }
        }
        guard let best = scored.map(\.0).max() else {
            return Answer("No count in the loaded articles answers 'how many \(arguments["WHAT"] ?? "")'.")
        }
        let top = scored.filter { $0.0 == best }.map(\.1)
        let items = top.map { q in
            AnswerItem(QuantityQuestion.phrase(q), evidence: [q.evidence], fields: ["number": q.text], detail: q.event)
        }
        return Answer(items.map(\.value).uniqued().joined(separator: "; "), results: items)
    }
}
