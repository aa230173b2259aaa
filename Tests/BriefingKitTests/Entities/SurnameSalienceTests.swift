import Testing
@testable import BriefingKit

/// A bare surname shared by relatives goes to the one the story is about, not to the one named
/// as a wife, son or daughter. Sentences written for these tests (fictional people).
@Suite struct SurnameSalienceTests {
    func speaker(of sentence: Int, in paragraphs: [String]) -> String? {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
        guard let mention = table.mentions.first(where: { $0.sentence == sentence && $0.form == .name }) else { return nil }
        return table.entities[mention.entity].name
    }

    @Test func theSurnameIsNotTheRelative() {
        let paragraphs = [
            "Former Governor Frank Delaney spoke at a rally for his wife Ruth Delaney.",
            "The crowd cheered.",
            "\"It makes no sense at all,\" Delaney said.",
        ]
        #expect(speaker(of: 3, in: paragraphs) == "Frank Delaney")
    }

    @Test func aRelativeNamedFirstStillYieldsToTheMainPerson() {
        let paragraphs = [
            "Senator Tom Hartley arrived with his daughter, Joan Hartley.",
            "Hartley said the vote would be close.",
        ]
        #expect(speaker(of: 2, in: paragraphs) == "Tom Hartley")
    }
}
