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

    /// Direct quotes first, then reported speech, each in article order.
    static func ordered(_ quotes: [(Quote, ArticleModel)]) -> [(Quote, ArticleModel)] {
        quotes.filter { $0.0.isDirect } + quotes.filter { !$0.0.isDirect }
    }
}
