/// `mentions NAME`: every sentence that mentions an entity, pronouns and titles included.
enum MentionsCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "mentions",
        forms: ["mentions of <NAME...>", "mentions <NAME...>"],
        usage: "mentions NAME",
        help: "Show every sentence that mentions someone or something, pronouns included.",
        examples: ["mentions Putin", "mentions of Armenia"]
    ) { arguments, workspace in
        let store = workspace.store
        let ref = try store.findEntity(arguments["NAME"] ?? "")
        var items: [AnswerItem] = []
        var last: (String, Int)?
        for (article, mention) in store.mentions(of: ref) {
            guard let sentence = article.sentence(mention.sentence) else { continue }
            if let last, last == (article.id, sentence.number) {
                items[items.count - 1].detail! += ", " + mention.text
                items[items.count - 1].evidence.append(
                    Evidence(article: article.id, sentence: sentence.number, text: sentence.text, range: mention.range))
                continue
            }
            items.append(
                AnswerItem(
                    sentence.text,
                    evidence: [Evidence(article: article.id, sentence: sentence.number, text: sentence.text, range: mention.range)],
                    fields: ["mention": mention.text, "form": mention.form.rawValue],
                    detail: "[\(article.id):\(sentence.number)] as " + mention.text))
            last = (article.id, sentence.number)
        }
        let count = items.count == 1 ? "1 sentence" : "\(items.count) sentences"
        return Answer("\(ref.name): \(count)", results: items)
    }
}
