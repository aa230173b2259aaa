/// `what did X say`: X's direct quotes, then X's reported speech.
enum WhatDidSayCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "what did",
        forms: ["what did|does|has <NAME> say|said|tell|told|claim|claimed", "what was <NAME> quoted saying|as"],
        synonyms: ["what did X say"],
        usage: "what did NAME say",
        help: "What NAME said: direct quotes first, then reported speech. What the headline attributes (`Reid: ...`, `Reid Says ...`) counts too, cited as sentence 0; words said twice are shown once.",
        examples: ["what did Simonyan say", "what has Putin said"]
    ) { arguments, workspace in
        let name = arguments["NAME"] ?? ""
        let hits = try NameLookup(store: workspace.store).require(name)
        let display = NameLookup.displayName(hits, typed: name)
        var quotes: [(Quote, ArticleModel)] = []
        for hit in hits {
            for quote in hit.model.quotes where QuoteAnswer.isSpoken(quote, by: hit.ids) {
                quotes.append((quote, hit.model))
            }
        }
        let ordered = QuoteAnswer.ordered(quotes)
        guard !ordered.isEmpty else { return Answer("No quotes or reported statements by \(display).") }
        let direct = ordered.filter { $0.0.isDirect }.count
        let reported = ordered.count - direct
        var parts: [String] = []
        if direct > 0 { parts.append(direct == 1 ? "1 quote" : "\(direct) quotes") }
        if reported > 0 { parts.append(reported == 1 ? "1 reported statement" : "\(reported) reported statements") }
        return Answer(
            "\(display): " + parts.joined(separator: ", "),
            results: ordered.map { QuoteAnswer.item($0.0, in: $0.1) })
    }
}
