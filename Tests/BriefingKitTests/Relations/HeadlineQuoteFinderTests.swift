import Testing
@testable import BriefingKit

@Suite struct HeadlineQuoteFinderTests {
    static let body = [
        "Harbour chief Lena Frost met striking dockers in Velt on Monday.",
        "Tom Reid, who leads the dockers' union, said the talks would go on.",
    ]

    /// `speaker | cue | direct or reported | text` for each headline quote.
    func headlineQuotes(_ title: String, body: [String] = body) -> [String] {
        let article = TextSegmenter().segment(id: "h", title: title, paragraphs: body)
        let model = ArticleAnalyzer().analyze(article)
        return model.quotes.filter { $0.evidence.sentence == 0 }.map { quote in
            "\(QuoteAnswer.speakerName(quote, in: model)) | \(quote.cue) | \(quote.isDirect ? "direct" : "reported") | \(quote.text)"
        }
    }

    static let attributed: [(String, String)] = [
        ("Frost: Port Plan Is ‘Ready to Go’", "Lena Frost | : | reported | Port Plan Is ‘Ready to Go’"),
        ("Frost: ‘We Will Not Pay.’", "Lena Frost | : | direct | We Will Not Pay."),
        ("Harbour chief Frost on the strike: ‘No More Talks’", "Lena Frost | : | direct | No More Talks"),
        ("Lena Frost Says Dockers ‘Have Been Heard’", "Lena Frost | says | reported | Dockers ‘Have Been Heard’"),
        ("Reid Calls Port Plan ‘Reckless’", "Tom Reid | calls | reported | Port Plan ‘Reckless’"),
        ("Port Plan Is ‘Ready,’ Frost Tells Dockers", "Lena Frost | tells | reported | Port Plan Is ‘Ready,’"),
        ("The Latest: Frost Says Port ‘Will Open’", "Lena Frost | says | reported | Port ‘Will Open’"),
        // A verb with an object, then the words after a colon.
        ("Frost Hammers Board Chief: ‘You Should Resign.’", "Lena Frost | hammers | direct | You Should Resign."),
        ("Lena Frost Speaks ‘Directly To Dockers’", "Lena Frost | speaks | direct | Directly To Dockers"),
        // A plural speaker takes the verb's base form; a role noun speaks for people the story
        // may not name.
        ("Harbour Lawmakers Rip Board As A ‘Disgrace’", "Harbour Lawmakers | rip | reported | Board As A ‘Disgrace’"),
        ("Harbour Officials Say Port ‘Will Open’", "Harbour Officials | say | reported | Port ‘Will Open’"),
        ("Retired General Reveals ‘Demoralizing’ Years At The Port", "Retired General | reveals | reported | ‘Demoralizing’ Years At The Port"),
        // A headline opening with the speaker's name, then a verb of any kind.
        ("Lena Frost Hammers Port Board: ‘You Failed Us’", "Lena Frost | hammers | direct | You Failed Us"),
        ("Reid Takes Strike Threat ‘Very Seriously’", "Tom Reid | takes | reported | Strike Threat ‘Very Seriously’"),
    ]

    @Test(arguments: attributed)
    func aHeadlineAttributesToSomeoneTheStoryNames(title: String, expected: String) {
        #expect(headlineQuotes(title) == [expected])
    }

    @Test(arguments: [
        "The Latest: Port Plan Is ‘Ready to Go’",  // a label that names no one
        "Reid Backs Frost: Port Plan Is ‘Ready’",  // a story about two people, not a speaker
        "Mara Quill: ‘We Will Win’",  // someone the story never names
        "Dockers Strike in Velt",  // no speaker at all
        "Daughter Of Frost Slams Reid Over ‘Leaked’ Email",  // the daughter speaks, not Frost
        "Lena Frost Speaks At Harbour Rally",  // a verb that is no say-verb needs quoted words
        "Angry Parents Rally To ‘Save Our Port’",  // rallying is no speaking
        "Angry Dockers Rip Lena Frost Over ‘Broken’ Promise",  // the dockers speak, not Frost
        "Frost and Reid Sign ‘Harbour Pact’",  // two people: whose words is not said
    ])
    func otherHeadlinesGiveNoQuote(title: String) {
        #expect(headlineQuotes(title).isEmpty)
    }

    @Test func aTitleTakenFromTheLeadIsTheBodysNotAHeadline() {
        let lead = "Frost: ‘We will not pay,’ the harbour chief told dockers in Velt on Monday."
        #expect(headlineQuotes("Frost: ‘We will not pay,’ the harbour chief told dockers in Velt", body: [lead] + Self.body).isEmpty)
    }

    @Test func aHeadlineQuoteCitesSentenceZeroWithItsRangeInTheTitle() {
        let title = "Frost: ‘We Will Not Pay.’"
        let article = TextSegmenter().segment(id: "h", title: title, paragraphs: Self.body)
        let quote = ArticleAnalyzer().analyze(article).quotes.first { $0.evidence.sentence == 0 }
        #expect(quote?.evidence.citation == "[h:0]")
        #expect(quote?.evidence.text == title)
        #expect(quote.flatMap { $0.range }.map { ScalarText(title).string($0) } == "We Will Not Pay.")
    }
}
