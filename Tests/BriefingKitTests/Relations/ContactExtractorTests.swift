import Testing
@testable import BriefingKit

/// Builds an analyzed article from our own example paragraphs.
func analyzed(_ paragraphs: [String]) -> ArticleModel {
    ArticleAnalyzer().analyze(TextSegmenter().segment(id: "t", title: "Test", paragraphs: paragraphs))
}

/// `source -> target` pairs of one kind, by canonical names.
func pairs(_ model: ArticleModel, _ kind: RelationKind? = nil) -> [String] {
    model.relations.filter { kind == nil || $0.kind == kind }.map {
        "\(NameLookup.name(of: $0.source, in: model)) -> \(NameLookup.name(of: $0.target, in: model))"
    }
}

@Suite struct ContactExtractorTests {
    @Test func coordinatedObjectsAfterTitles() {
        let model = analyzed([
            "Karl Brandt also spoke with Dutch Prime Minister Anna Visser and UN Secretary General Tomas Lind, officials said."
        ])
        #expect(pairs(model, .spokeWith) == ["Karl Brandt -> Anna Visser", "Karl Brandt -> Tomas Lind"])
    }
}

