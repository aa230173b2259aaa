import Foundation

/// `who said PHRASE`: the speaker of the quotes that contain PHRASE (quote marks, case and
/// punctuation aside; most of the words suffice).
enum WhoSaidCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "who said",
        forms: ["who said|says|wrote <PHRASE...>"],
        usage: "who said PHRASE",
        help: "Who said PHRASE (with or without quote marks), with the quote.",
        examples: ["who said there are plenty", "who said \"tangible steps\""]
    ) { arguments, workspace in
        let phrase = arguments["PHRASE"] ?? ""
        let wanted = words(phrase)
        guard !wanted.isEmpty else { throw CommandError("usage: who said PHRASE") }
        var scored: [(Double, Quote, ArticleModel)] = []
        for model in workspace.store.models {
            for quote in model.quotes {
                let have = words(quote.text)
                let joined = " " + have.joined(separator: " ") + " "
                if joined.contains(" " + wanted.joined(separator: " ") + " ") {
                    scored.append((2, quote, model))
                } else {
                    let share = Double(wanted.filter(Set(have).contains).count) / Double(wanted.count)
                    if share >= 0.7 { scored.append((share, quote, model)) }
                }
            }
        }
        guard let best = scored.map(\.0).max() else {
            return Answer("No quote in the loaded articles matches '\(phrase)'.")
        }
        let top = scored.filter { $0.0 == best }.sorted { $0.1.isDirect && !$1.1.isDirect }
        var names: [String] = []
        var items: [AnswerItem] = []
        for (_, quote, model) in top {
            let speaker = QuoteAnswer.speakerName(quote, in: model)
            if let k = names.firstIndex(of: speaker) {
                items[k].evidence.append(quote.evidence)
                continue
            }
            names.append(speaker)
            var item = QuoteAnswer.item(quote, in: model)
            item.value = speaker
            item.detail = quote.text
            items.append(item)
        }
        return Answer(names.joined(separator: ", "), results: items)
    }

    /// Lowercased words without punctuation or quote marks.
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
            .components(separatedBy: CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "'")).inverted)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            .filter { !$0.isEmpty }
    }
}
