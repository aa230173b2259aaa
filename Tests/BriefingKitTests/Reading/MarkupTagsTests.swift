import Testing
@testable import BriefingKit

@Suite struct MarkupTagsTests {
    @Test(arguments: [
        (#"<tweet id="42" author="@harbourlee" datetime="2020-05-01">The pier reopens today</tweet>."#, "The pier reopens today."),
        (#"<tweet tweet-id="42"><tweet/>."#, "."),
        ("Crews lost <b>two</b> boats.", "Crews lost two boats."),
        // Not tags: a comparison, a heart, an unclosed bracket.
        ("The toll is < 5 euros and > 2 euros.", "The toll is < 5 euros and > 2 euros."),
        ("Crews <3 the pier", "Crews <3 the pier"),
        ("The price <a", "The price <a"),
    ])
    func stripsTagsOnly(line: String, expected: String) {
        #expect(MarkupTags.stripped(line) == expected)
    }

    @Test func aPlainTextArticleLosesItsTags() throws {
        let draft = try PlainTextParser().parse(
            ["Pier news", "", #"<tweet author="@harbourlee">The pier “reopens” today</tweet>."#, "Crews cheered."], path: "pier.txt")
        #expect(draft.paragraphs == ["The pier “reopens” today.", "Crews cheered."])
    }
}
