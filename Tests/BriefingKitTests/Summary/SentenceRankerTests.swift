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

    @Test func headlineOverlapIsShareOfHeadlineWords() {
        let article = TextSegmenter().segment(
            id: "h", title: "Harbour bridge closed after storm",
            paragraphs: ["The harbour bridge was closed on Tuesday after a storm damaged its cables.",
                         "Commuters took ferries across the bay instead of driving."])
        let features = SentenceRanker().features(ArticleModel(article: article))
        #expect(features[0].headline > 0.5)
        #expect(features[1].headline == 0)
    }

    @Test func titleTakenFromTheLeadIsNoHeadline() {
        let article = TextSegmenter().segment(
            id: "d", title: "The harbour bridge was closed…",
            paragraphs: ["The harbour bridge was closed on Tuesday after a storm damaged its cables."])
        #expect(SentenceRanker.headlineWords(article).isEmpty)
    }

    @Test func learnedWeightsReplaceTheHandBlend() {
        let model = SummaryExamples.floodModel()
        let width = SentenceFeatures.names.count
        // Only "is first" weighted: the first sentence wins, the rest tie at the floor.
        var linear = Array(repeating: 0.0, count: width)
        linear[SentenceFeatures.names.firstIndex(of: "is first")!] = 1
        var weights = SentenceRanker.Weights.handSet
        weights.linear = linear
        let ranked = SentenceRanker(weights: weights).rank(model)
        #expect(ranked[0].score == ranked[0].fitness)
        #expect(ranked.dropFirst().allSatisfy { $0.score < 0.001 })
        #expect(SentenceFeatures.vector(ranked[0], lead: ranked[0]).count == width)
    }
}
