/// Turns quotes into answer items: value is the quote, fields carry `speaker` and `quote`.
///
/// ```swift
/// QuoteAnswer.item(quote, in: model)  // AnswerItem("There are plenty.", fields: ["speaker": ...])
/// ```
enum QuoteAnswer {
    /// The speaker's name; `Frost and Reid` (`A, B and C`) when others said it with them.
    static func speakerName(_ quote: Quote, in model: ArticleModel) -> String {
        let main = NameLookup.name(of: Party(entity: quote.speaker, text: quote.speakerText), in: model)
        guard !quote.coSpeakers.isEmpty else { return main }
        // In the order the sentence names them.
        let mentions = model.entities.mentions.filter { $0.sentence == quote.evidence.sentence }
        func place(_ id: Int?) -> Int { mentions.first { $0.entity == id }?.range.lowerBound ?? Int.max }
        let others = quote.coSpeakers.map { (place($0), NameLookup.name(of: Party(entity: $0, text: ""), in: model)) }
        let names = (others + [(place(quote.speaker), main)]).sorted { $0.0 < $1.0 }.map(\.1)
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// Whether the quote is one of `ids`' (its speaker's or a co-speaker's).
    static func isSpoken(_ quote: Quote, by ids: Set<Int>) -> Bool {
        (quote.speaker.map(ids.contains) ?? false) || quote.coSpeakers.contains(where: ids.contains)
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
