import Foundation
import Testing
@testable import BriefingKit

@Suite struct SummarizerTests {
    let model = SummaryExamples.floodModel()

    @Test func defaultSummaryIsOneParagraphWithinTheHardLimit() throws {
        let briefing = try Summarizer().summarize([model])
        #expect(briefing.wordCount <= SummaryOptions.defaultLimit)
        #expect(briefing.wordCount >= 40)
        #expect(!briefing.paragraph.contains("\n"))
        #expect(briefing.parts.first?.kind == .lead)
    }

    @Test(arguments: [20, 40, 60])
    func lengthOptionIsRespected(words: Int) throws {
        let briefing = try Summarizer().summarize([model], options: SummaryOptions(words: words))
        #expect(briefing.wordCount <= SummaryOptions(words: words).limit)
    }

    @Test func noBoilerplateNoHeadlineNoDanglingPronoun() throws {
        let briefing = try Summarizer().summarize([model], options: SummaryOptions(words: 130))
        #expect(!briefing.paragraph.contains("Leave a Comment"))
        #expect(!briefing.paragraph.contains(SummaryExamples.floodTitle))
        for part in briefing.parts {
            let first = part.text.split(separator: " ").first.map(String.init) ?? ""
            #expect(!["He", "She", "They", "His", "Her", "But"].contains(first), "\(part.text)")
        }
    }

    @Test(arguments: [
        ("The flood report listed the worst problems:", false),  // introduces a list it is not
        ("Floods: Velt counts the cost .", false),  // a period a corpus added to a link line
        ("Leave a Comment", false),
        ("The river rose two metres overnight.", true),
    ])
    func onlyWhatEndsLikeASentenceIsACandidate(text: String, expected: Bool) {
        #expect(Summarizer.endsLikeASentence(text) == expected)
    }

    @Test func aListItemLosesItsBullet() throws {
        let article = TextSegmenter().segment(id: "b", title: "Velt floods", paragraphs: [
            "• The river Velt rose two metres overnight and flooded the harbour district.",
            "• Rescue crews moved four hundred people from the harbour district to the town hall.",
        ])
        let briefing = try Summarizer().summarize([ArticleAnalyzer().analyze(article)])
        #expect(briefing.paragraph.hasPrefix("The river Velt rose"))
        #expect(!briefing.paragraph.contains("•"))
    }

    @Test func everyPartCitesItsSentences() throws {
        let briefing = try Summarizer().summarize([model])
        for part in briefing.parts {
            #expect(!part.evidence.isEmpty)
            for e in part.evidence { #expect(model.article.sentence(e.sentence)?.text == e.text) }
        }
    }

    @Test func focusKeepsToSentencesAboutThePerson() throws {
        let briefing = try Summarizer().summarize([model], options: SummaryOptions(focus: "Brand"))
        #expect(briefing.paragraph.contains("Brand"))
        #expect(!briefing.paragraph.contains("Insurance"))
        #expect(throws: CommandError.self) {
            try Summarizer().summarize([model], options: SummaryOptions(focus: "Nobody Known"))
        }
    }

    @Test func aFactStatedInTwoArticlesAppearsOnce() throws {
        var second = SummaryExamples.floodArticle()
        second.id = "floods-2"
        let models = [model, ArticleAnalyzer().analyze(second)]
        let briefing = try Summarizer().summarize(models, options: SummaryOptions(words: 130))
        let paragraph = briefing.paragraph
        #expect(paragraph.components(separatedBy: "evacuation of three river towns").count == 2)
    }

    @Test func contactsAreMergedAcrossArticles() throws {
        func contactModel(_ id: String, _ other: String) -> ArticleModel {
            let text = "Ada Varga spoke with \(other) on Monday about the floods and the rebuilding of the bridges."
            let article = TextSegmenter().segment(id: id, title: "T", paragraphs: [text])
            let entities = [Entity(id: 0, kind: .person, name: "Ada Varga"), Entity(id: 1, kind: .person, name: other)]
            let relation = Relation(
                kind: .spokeWith, source: Party(entity: 0, text: "Ada Varga"), target: Party(entity: 1, text: other),
                cue: "spoke with", evidence: Evidence(article: id, sentence: 1, text: text))
            return ArticleModel(article: article, entities: EntityTable(entities: entities), relations: [relation])
        }
        let briefing = try Summarizer().summarize([contactModel("a", "Ivo Lind"), contactModel("b", "Mara Holt")])
        let contacts = briefing.parts.first { $0.kind == .contacts }
        #expect(contacts?.text == "Ada Varga spoke with Ivo Lind and Mara Holt.")
        #expect(contacts?.evidence.count == 2)
    }

    @Test func seedSummaryNamesTheActorsAndLeavesBoilerplateOut() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Briefings/armenia-azerbaijan.txt").path
        let article = try ArticleReader().read(path: path)
        let briefing = try Summarizer().summarize([ArticleAnalyzer().analyze(article)])
        let text = briefing.paragraph
        for name in ["Putin", "Armenia", "Azerbaijan"] { #expect(text.contains(name)) }
        for junk in ["Leave a Comment", "NDTV", "syndicated feed"] { #expect(!text.contains(junk)) }
        #expect(briefing.wordCount <= 130)
        #expect(!text.contains(article.title))
    }
}
