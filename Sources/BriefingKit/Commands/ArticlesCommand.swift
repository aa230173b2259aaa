/// `articles`: id, title, date and sentence count of every loaded article.
enum ArticlesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "articles",
        forms: ["articles"],
        usage: "articles",
        help: "List the loaded articles: id, title, date, sentences.",
        examples: ["articles"]
    ) { _, workspace in
        let articles = workspace.store.articles
        let items = articles.map { article in
            AnswerItem(
                article.id,
                fields: ["title": article.title, "sentences": "\(article.sentences.count)"]
                    .merging(article.date.map { ["date": $0] } ?? [:]) { $1 },
                detail: [article.title, article.date, "\(article.sentences.count) sentences"]
                    .compactMap { $0 }.joined(separator: " · "))
        }
        return Answer(articles.count == 1 ? "1 article" : "\(articles.count) articles", results: items)
    }
}
