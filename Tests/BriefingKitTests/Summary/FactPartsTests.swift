import Testing
@testable import BriefingKit

@Suite struct FactPartsTests {
    func model(_ text: String, quantity: Quantity) -> ArticleModel {
        let article = TextSegmenter().segment(id: "f", title: "T", paragraphs: [text])
        return ArticleModel(article: article, quantities: [quantity])
    }

    func killed(_ sentence: String) -> Quantity {
        Quantity(
            value: 200, text: "200", qualifier: "more than", counted: "people", event: "killed",
            evidence: Evidence(article: "f", sentence: 1, text: sentence))
    }

    @Test func aShortSentenceStatesTheCountItself() {
        let text = "More than 200 people were killed in the clashes on the border."
        let part = FactParts(models: [model(text, quantity: killed(text))], focus: nil).countPart(notIn: "")
        #expect(part?.text == text)
        #expect(part?.kind == .count)
    }

    @Test func aLongSentenceGivesWayToTheTemplate() {
        let text = "The fighting, which began on Tuesday along a stretch of the mountain border that both sides claim and that observers have long called the most dangerous line in the region, stopped on Thursday after more than 200 people were killed."
        let part = FactParts(models: [model(text, quantity: killed(text))], focus: nil).countPart(notIn: "")
        #expect(part?.text == "More than 200 people were killed.")
        #expect(part?.evidence.first?.sentence == 1)
    }

    @Test func aCountAlreadySaidIsNotRepeated() {
        let text = "More than 200 people were killed in the clashes on the border."
        #expect(FactParts(models: [model(text, quantity: killed(text))], focus: nil).countPart(notIn: text) == nil)
    }

    @Test func countsOfOtherEventsAreLeftToTheSentences() {
        let text = "About 4,000 people left their homes because of the floods."
        let q = Quantity(value: 4000, text: "4,000", qualifier: "about", counted: "people", event: "left",
                         evidence: Evidence(article: "f", sentence: 1, text: text))
        #expect(FactParts(models: [model(text, quantity: q)], focus: nil).countPart(notIn: "") == nil)
    }

    func count(_ value: Double, _ text: String, sentence: Int, in sentenceText: String) -> Quantity {
        Quantity(value: value, text: text, qualifier: nil, counted: "people", event: "killed",
                 evidence: Evidence(article: "f", sentence: sentence, text: sentenceText))
    }

    func story(_ sentences: [String], _ quantities: [Quantity]) -> FactParts {
        let article = TextSegmenter().segment(id: "f", title: "T", paragraphs: [sentences.joined(separator: " ")])
        return FactParts(models: [ArticleModel(article: article, quantities: quantities)], focus: nil)
    }

    @Test func theStorysOwnCountComesBeforeALargerBackgroundOne() {
        let sentences = [
            "Police arrested three men over the bombing of a market in the capital on Monday.",
            "Nine people were killed when the bomb went off at noon.",
            "A similar attack on the same market killed 40 people.",
        ]
        let parts = story(sentences, [
            count(40, "40", sentence: 3, in: sentences[2]), count(9, "Nine", sentence: 2, in: sentences[1]),
        ])
        #expect(parts.countPart(notIn: sentences[0])?.evidence.first?.sentence == 2)
    }

    @Test(arguments: [
        "Gunmen killed 12 more people in a second attack on the city.",
        "Two other bombs killed 30 people in the north of the country in 2011.",
    ])
    func anAddedOrDatedCountIsNeverTheFigure(text: String) {
        let lead = "Police arrested three men over the bombing of a market in the capital on Monday."
        let number = text.contains("12") ? "12" : "30"
        let parts = story([lead, text], [count(Double(number)!, number, sentence: 2, in: text)])
        #expect(parts.countPart(notIn: lead) == nil)
    }

    @Test func aShortSentenceThatCannotStandAloneGivesNoTemplate() {
        let lead = "Police arrested three men over the bombing of a market in the capital on Monday."
        let text = "This attack killed 40 people in the north of the country."
        let parts = story([lead, text], [count(40, "40", sentence: 2, in: text)])
        #expect(parts.countPart(notIn: lead) == nil)
    }
}
