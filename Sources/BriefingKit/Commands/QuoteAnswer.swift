/// Turns quotes into answer items: value is the quote, fields carry `speaker` and `quote`.
///
/// ```swift
/// QuoteAnswer.item(quote, in: model)  // AnswerItem("There are plenty.", fields: ["speaker": ...])
/// ```
enum QuoteAnswer {
    static func speakerName(_ quote: Quote, in model: ArticleModel) -> String {
        NameLookup.name(of: Party(entity: quote.speaker, text: quote.speakerText), in: model)
    }

    static func item(_ quote: Quote, in model: ArticleModel) -> AnswerItem {
        let speaker = speakerName(quote, in: model)
        return AnswerItem(
            quote.text, evidence: [quote.evidence],
            fields: ["speaker": speaker, "quote": quote.text, "kind": quote.isDirect ? "direct" : "reported", "cue": quote.cue],
            detail: "\(speaker) (\(quote.isDirect ? "" : "reported, ")\(quote.cue))")
    }

    /// Direct quotes first, then reported speech, each in article order; a quote the same
    /// speaker is quoted saying again in the same article (a pull quote repeating it) once.
    static func ordered(_ quotes: [(Quote, ArticleModel)]) -> [(Quote, ArticleModel)] {
        let all = quotes.filter { $0.0.isDirect } + quotes.filter { !$0.0.isDirect }
        let words = all.map { " " + folded($0.0.text) + " " }
        return all.indices.filter { i in
            !all.indices.contains { j in
                j != i && all[j].1.article.id == all[i].1.article.id && all[j].0.speaker == all[i].0.speaker
                    && words[j].contains(words[i]) && (words[j] != words[i] || j < i)
            }
        }.map { all[$0] }
    }

    /// The quote's letters and digits, lowercased, one space between words.
    static func folded(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }
}
