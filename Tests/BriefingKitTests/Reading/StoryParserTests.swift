import Testing
@testable import BriefingKit

@Suite struct StoryParserTests {
    let lines = [
        "LIMA, Peru (CNN) -- Miners reached the surface on Sunday after a week underground.", "",
        "Rescuers said all twelve were in good health.", "", "",
        "@highlight", "", "Twelve miners rescued after a week", "", "@highlight", "", "All are in good health",
    ]

    @Test func highlightsAreNotBody() throws {
        let draft = try StoryParser().parse(lines, path: "x.story")
        #expect(draft.highlights == ["Twelve miners rescued after a week", "All are in good health"])
        #expect(draft.paragraphs.count == 2)
        #expect(!draft.paragraphs.joined().contains("Twelve miners rescued"))
    }

    @Test func datelineStaysInTheBodyButNotTheTitle() throws {
        let draft = try StoryParser().parse(lines, path: "x.story")
        #expect(draft.paragraphs[0].hasPrefix("LIMA, Peru (CNN) -- Miners"))
        #expect(draft.title == "Miners reached the surface on Sunday after a week underground.")
    }

    @Test func titleStopsAtTheFirstSentenceButNotAtAbbreviations() {
        let parser = StoryParser()
        #expect(parser.title(fromLead: "(CNN)Gen. Ortiz resigned. He gave no reason.") == "Gen. Ortiz resigned.")
        let long = String(repeating: "word ", count: 40)
        #expect(parser.title(fromLead: long).hasSuffix("…"))
        #expect(parser.title(fromLead: long).count <= parser.maximumTitleLength + 1)
    }

    @Test func storyWithOnlyHighlightsIsAnError() {
        #expect(throws: ReadError(path: "h.story", line: 1, reason: "no story text before the highlights")) {
            try StoryParser().parse(["@highlight", "", "Only a highlight"], path: "h.story")
        }
    }
}
