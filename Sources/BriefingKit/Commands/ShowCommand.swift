/// `show ARTICLE [N]`: an article's sentences, numbered, or sentence N with its neighbours
/// (0 is the headline).
enum ShowCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "show",
        forms: ["show [ARTICLE...]"],
        usage: "show [ARTICLE] [N]",
        help: "Show an article's sentences, numbered, or sentence N with the ones around it (0: the headline, which headline quotes cite).",
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
        if number == 0, !article.title.isEmpty {
            // Sentence 0 is the headline, which headline quotes cite.
            return Answer(article.title, results: [
                AnswerItem(article.title, evidence: [Evidence(article: article.id, sentence: 0, text: article.title)])
            ])
        }
        guard let sentence = article.sentence(number) else {
            throw CommandError("\(article.id) has sentences 1 to \(article.sentences.count), not \(number)")
        }
        let around = article.sentences[max(0, number - 2)..<min(article.sentences.count, number + 1)]
        return Answer(sentence.text, results: around.map(item))
    }
}
