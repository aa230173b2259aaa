import Testing
@testable import BriefingKit

@Suite struct SentenceRankerTests {
    @Test func positionAloneRanksInOrder() {
        let ranker = SentenceRanker(weights: .init(position: 1, centrality: 0, density: 0, salience: 0))
        let ranked = ranker.rank(SummaryExamples.floodModel())
        let scores = ranked.filter { $0.fitness == 1 }.map(\.score)
        #expect(scores == scores.sorted(by: >))
    }

    @Test func centralSentencesBeatAsides() {
        let ranked = SentenceRanker(weights: .init(position: 0, centrality: 1, density: 0, salience: 0))
            .rank(SummaryExamples.floodModel())
        let byNumber = Dictionary(uniqueKeysWithValues: ranked.map { ($0.number, $0.score) })
        // The lead (floods, towns, evacuation) is echoed more than the weather forecast.
        #expect(byNumber[1]! > byNumber[7]!)
    }

    @Test func fragmentsAndQuestionsAreUnfit() {
        let article = TextSegmenter().segment(
            id: "q", title: "T",
            paragraphs: ["Ministers met in the capital on Monday to discuss the budget plans.", "Why now?", "Too short here."])
        let ranked = SentenceRanker().rank(ArticleModel(article: article))
        #expect(ranked[0].fitness == 1)
        #expect(ranked[1].fitness < 1)
        #expect(ranked[2].fitness < 1)
    }

    @Test func relationsAndCountsAddSalience() {
        var model = SummaryExamples.floodModel()
        let plain = SentenceRanker().features(model)
        let evidence = Evidence(article: "floods", sentence: 9, text: "")
        model.quantities = [Quantity(value: 4000, text: "4,000", qualifier: "about", counted: "people", event: "left", evidence: evidence)]
        let counted = SentenceRanker().features(model)
        #expect(counted[8].facts == ["count: about 4,000 people left"])
        #expect(counted[8].salience >= plain[8].salience)
    }
}
