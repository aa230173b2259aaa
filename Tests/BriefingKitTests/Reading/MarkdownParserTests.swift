import Testing
@testable import BriefingKit

@Suite struct MarkdownParserTests {
    @Test func frontMatterGivesTitleDateAndSource() throws {
        let lines = ["---", "title: \"Ferry strike ends\"", "date: 2023-05-02", "source: Harbour Gazette", "---", "",
                     "# Ignored heading", "", "Ferries ran again on Tuesday.", "Unions agreed to a deal."]
        let draft = try MarkdownParser().parse(lines, path: "ferry.md")
        #expect(draft.title == "Ferry strike ends")
        #expect(draft.date == "2023-05-02")
        #expect(draft.source == "Harbour Gazette")
        #expect(draft.paragraphs == ["Ferries ran again on Tuesday. Unions agreed to a deal."])
    }

    @Test func firstHeadingIsTheTitleWithoutFrontMatter() throws {
        let lines = ["# Ferry strike ends", "", "## Background", "Talks took *six* weeks.", "", "```", "code()", "```", "---", "Crews returned."]
        let draft = try MarkdownParser().parse(lines, path: "ferry.md")
        #expect(draft.title == "Ferry strike ends")
        #expect(draft.paragraphs == ["Talks took six weeks.", "Crews returned."])
    }

    @Test func linksKeepTheirWordsAndImagesGo() {
        let text = MarkdownParser().inline("The **mayor** [said](https://example.org) it ![pic](a.png)was `final`.")
        #expect(text == "The mayor said it was final.")
    }

    @Test func listItemsAndQuotesBecomeParagraphs() throws {
        let lines = ["Title line", "", "- First point.", "- Second point.", "", "> A quoted line."]
        let draft = try MarkdownParser().parse(lines, path: "l.md")
        #expect(draft.title == "Title line")
        #expect(draft.paragraphs == ["First point.", "Second point.", "A quoted line."])
    }

    @Test func titleWithoutBodyIsAnError() {
        #expect(throws: ReadError(path: "t.md", reason: "a title but no body text")) {
            try MarkdownParser().parse(["---", "title: Only a title", "---"], path: "t.md")
        }
    }
}
