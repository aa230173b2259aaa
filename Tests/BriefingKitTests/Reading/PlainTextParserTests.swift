import Testing
@testable import BriefingKit

@Suite struct PlainTextParserTests {
    @Test func lineOneIsTheHeadline() throws {
        let draft = try PlainTextParser().parse(["", "Harbour reopens after storm", "", "Boats left at dawn.", "", "Crews cheered."], path: "harbour.txt")
        #expect(draft.title == "Harbour reopens after storm")
        #expect(draft.paragraphs == ["Boats left at dawn.", "Crews cheered."])
        #expect(draft.date == nil)
    }

    @Test func dateComesFromTheFileName() throws {
        let draft = try PlainTextParser().parse(["Vote counted", "Results came late."], path: "corpus/paper_2019-04-07_vote.txt")
        #expect(draft.date == "2019-04-07")
    }

    @Test(arguments: [
        ("x_2019-13-07_y.txt", nil), ("x_12019-04-07.txt", nil), ("2021-02-28.txt", "2021-02-28"), ("short.txt", nil),
    ] as [(String, String?)])
    func isoDatesOnlyWhenPlausible(_ name: String, _ date: String?) {
        #expect(PlainTextParser.isoDate(inFileName: name) == date)
    }

    @Test(arguments: [
        ("Mayor wins second term.", "Mayor wins second term"), ("Talks with the U.S.", "Talks with the U.S."),
        ("Wait for it...", "Wait for it..."), ("No period", "No period"),
    ])
    func headlineLosesAnAddedPeriod(_ line: String, _ headline: String) {
        #expect(PlainTextParser.headline(line) == headline)
    }

    @Test func aSingleLineIsItsOwnBody() throws {
        let draft = try PlainTextParser().parse(["The council met. It voted to close the bridge."], path: "note.txt")
        #expect(draft.paragraphs == ["The council met. It voted to close the bridge."])
        #expect(draft.title == "The council met.")
    }
}
