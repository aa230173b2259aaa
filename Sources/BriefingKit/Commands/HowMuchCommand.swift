/// `how much THING`: amounts of money (a currency sign or unit), those whose sentence shares
/// most of the question's words first, and of those the one written nearest them
/// (`how much was the initial offer` finds `its initial £1.3bn offer`, not the raised bid).
enum HowMuchCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "how much",
        forms: ["how much <WHAT...>"],
        usage: "how much THING [EVENT]",
        help: "Amounts of money in the articles: how much was the offer, how much did X give.",
        examples: ["how much was the initial offer", "how much did the foundation give"]
    ) { arguments, workspace in
        let asked = arguments["WHAT"] ?? ""
        let words = WhoSaidCommand.words(asked).filter { !QuantityQuestion.filler.contains($0) && !moneyWords.contains($0) }
        var scored: [(score: Int, quantity: Quantity)] = []
        for model in workspace.store.models {
            for quantity in model.quantities where isAmount(quantity) {
                let score = HowMuchCommand.score(quantity, words: words)
                if score > 0 { scored.append((score, quantity)) }
            }
        }
        guard let best = scored.map(\.score).max() else {
            return Answer("No amount in the loaded articles answers 'how much \(asked)'.")
        }
        let results = scored.filter { $0.score == best }.map(\.quantity).map { quantity in
            AnswerItem(QuantityQuestion.phrase(quantity), evidence: [quantity.evidence], fields: ["number": quantity.text])
        }
        return Answer(results.map(\.value).uniqued().joined(separator: "; "), results: results)
    }

    /// Words that ask for money without naming what it paid for.
    static let moneyWords: Set<String> = ["money", "cash", "funds", "much"]

    /// Currency units: `pounds`, `dollars`.
    static let units = Set(QuantityWords.standard.currencies.values)

    /// Money: a currency the extractor read from a sign, or one written as a unit (`120,000 pounds`).
    static func isAmount(_ quantity: Quantity) -> Bool {
        quantity.counted.map { counted in WhoSaidCommand.words(counted).contains { units.contains($0) } } ?? false
    }

    /// A hundred points a question word its sentence shares, less the distance in words from the
    /// amount to each of them (`paid at least £5.05 an hour, ... will be paid £4.25`: £5.05 for
    /// `paid an hour`).
    static func score(_ quantity: Quantity, words: [String]) -> Int {
        let sentence = WhoSaidCommand.words(quantity.evidence.text)
        let text = quantity.evidence.text
        let at = quantity.evidence.range.map { WhoSaidCommand.words(String(text.unicodeScalars.prefix($0.lowerBound))).count } ?? 0
        let distances = words.compactMap { word in
            sentence.indices.filter { QuantityQuestion.related(word, sentence[$0]) }.map { abs($0 - at) }.min()
        }
        guard !distances.isEmpty else { return 0 }
        return distances.count * 100 - min(distances.reduce(0, +), 99)
    }
}
