import Testing
@testable import BriefingKit

@Suite struct EntityTableTests {
    func mention(_ entity: Int, _ sentence: Int, _ start: Int) -> Mention {
        Mention(entity: entity, sentence: sentence, range: start..<(start + 3), text: "Ana", form: .name)
    }

    @Test(arguments: [1, 2, 3, 4, 7])
    func mentionsInSentenceMatchAFilter(sentence: Int) {
        let table = EntityTable(mentions: [
            mention(0, 3, 9), mention(1, 1, 0), mention(0, 3, 2), mention(2, 7, 4), mention(1, 1, 8), mention(2, 4, 0),
        ])
        #expect(table.mentions(inSentence: sentence) == table.mentions.filter { $0.sentence == sentence })
    }

    @Test func mentionsInSentenceOfAnEmptyTableOrMissingSentence() {
        #expect(EntityTable().mentions(inSentence: 1).isEmpty)
        #expect(EntityTable(mentions: [mention(0, 2, 0)]).mentions(inSentence: 5).isEmpty)
        #expect(EntityTable(mentions: [mention(0, 2, 0)]).mentions(inSentence: 1).isEmpty)
    }
}
