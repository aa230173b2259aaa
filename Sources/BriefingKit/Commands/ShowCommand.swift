/// `show ARTICLE [N]`: an article's sentences, numbered, or sentence N with its neighbours.
enum ShowCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "show",
        forms: ["show [ARTICLE...]"],
        usage: "show [ARTICLE] [N]",
        help: "Show an article's sentences, numbered, or sentence N with the ones around it.",
        examples: ["show", "show armenia-azerbaijan", "show armenia-azerbaijan 4", "show 4"]
    ) { arguments, workspace in
        var words = (arguments["ARTICLE"] ?? "").split(separator: " ").map(String.init)
        var number: Int?
        if let last = words.last, let n = Int(last) {
            number = n
            words.removeLast()
        }
        let article = try workspace.store.resolveArticle(words.isEmpty ? nil : words.joined(separator: " "))
        func item(_ sentence: Sentence) -> AnswerItem {
            AnswerItem(sentence.text, evidence: [Evidence(article: article.id, sentence: sentence.number, text: sentence.text)])
        }
        guard let number else {
            let heading = [article.title, article.date, article.source].compactMap { $0 }.joined(separator: " · ")
            return Answer(heading, results: article.sentences.map(item))
        }
        guard let sentence = article.sentence(number) else {
            throw CommandError("\(article.id) has sentences 1 to \(article.sentences.count), not \(number)")
        }
        let around = article.sentences[max(0, number - 2)..<min(article.sentences.count, number + 1)]
        return Answer(sentence.text, results: around.map(item))
    }
}
