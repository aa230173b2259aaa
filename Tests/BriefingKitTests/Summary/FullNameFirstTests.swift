import Testing
@testable import BriefingKit

@Suite struct FullNameFirstTests {
    func model() -> ArticleModel {
        let article = TextSegmenter().segment(
            id: "n", title: "T",
            paragraphs: ["Mr Lind called the mayor to wish him well.", "Ivo Lind named the mayor to the post last year."])
        let lind = Entity(id: 0, kind: .person, name: "Ivo Lind", aliases: ["Lind"])
        let mentions = [
            Mention(entity: 0, sentence: 1, range: 3..<7, text: "Lind", form: .alias),
            Mention(entity: 0, sentence: 2, range: 0..<8, text: "Ivo Lind", form: .name),
        ]
        return ArticleModel(article: article, entities: EntityTable(entities: [lind], mentions: mentions))
    }

    func part(_ m: ArticleModel, _ number: Int) -> Briefing.Part {
        let sentence = m.article.sentences[number - 1]
        return Briefing.Part(kind: .sentence, text: sentence.text,
                             evidence: [Evidence(article: "n", sentence: number, text: sentence.text)], reasons: [])
    }

    @Test func theFullNameMovesToTheFirstMention() {
        let m = model()
        let parts = FullNameFirst(models: [m]).apply([part(m, 1), part(m, 2)])
        #expect(parts.map(\.text) == [
            "Ivo Lind called the mayor to wish him well.", "Lind named the mayor to the post last year.",
        ])
    }

    @Test func inArticleOrderNothingChanges() {
        let m = model()
        let parts = FullNameFirst(models: [m]).apply([part(m, 2), part(m, 1)])
        #expect(parts.map(\.text) == [
            "Ivo Lind named the mayor to the post last year.", "Mr Lind called the mayor to wish him well.",
        ])
    }

    @Test func aNameWithAParticleIsItsOwnShortForm() {
        let article = TextSegmenter().segment(
            id: "n", title: "T", paragraphs: ["He was a friend of bin Laden's killers.", "The doctor helped find Bin Laden."])
        let laden = Entity(id: 0, kind: .person, name: "Bin Laden", aliases: ["Laden"])
        let m = ArticleModel(article: article, entities: EntityTable(entities: [laden], mentions: [
            Mention(entity: 0, sentence: 1, range: 23..<28, text: "Laden", form: .alias),
            Mention(entity: 0, sentence: 2, range: 23..<32, text: "Bin Laden", form: .name),
        ]))
        let parts = FullNameFirst(models: [m]).apply([part(m, 1), part(m, 2)])
        #expect(parts.map(\.text) == ["He was a friend of bin Laden's killers.", "The doctor helped find Bin Laden."])
    }
}
