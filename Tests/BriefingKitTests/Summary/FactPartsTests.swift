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
}
