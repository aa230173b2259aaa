/// `sentences ARTICLE`: the article's sentences, one result each, as split.
enum SentencesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "sentences",
        forms: ["sentences [ARTICLE]"],
        usage: "sentences [ARTICLE]",
        help: "List an article's sentences, in order.",
        examples: ["sentences armenia-azerbaijan"]
    ) { arguments, workspace in
        let article = try workspace.store.resolveArticle(arguments["ARTICLE"])
        let items = article.sentences.map { sentence in
            AnswerItem(
                sentence.text,
                evidence: [Evidence(article: article.id, sentence: sentence.number, text: sentence.text)])
        }
        return Answer("\(article.sentences.count) sentences in \(article.id)", results: items)
    }
}
