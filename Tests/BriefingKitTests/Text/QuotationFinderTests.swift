import Testing

@testable import BriefingKit

@Suite struct QuotationFinderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let quotes: [String]
        var scare: [Bool]? = nil
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "He said “we will win this” today.", quotes: ["we will win this"]),
        Case(text: "He said \"we will win this\" today.", quotes: ["we will win this"]),
        Case(text: "Il a dit « nous allons gagner » hier.", quotes: ["nous allons gagner"]),
        Case(text: "Er sagte „wir werden gewinnen“ heute.", quotes: ["wir werden gewinnen"]),
        Case(text: "She said: “They called it ‘a disgrace’ and left.”", quotes: ["They called it ‘a disgrace’ and left."]),
        Case(text: "She said: \"They called it 'a disgrace' and left.\"", quotes: ["They called it 'a disgrace' and left."]),
        Case(text: "He called it ''a total disgrace,'' the senator said.", quotes: ["a total disgrace,"]),
        Case(text: "The so-called “reforms” failed.", quotes: ["reforms"], scare: [true]),
        Case(text: "They dismissed it as \"desperate\", and \"deeply cynical\".", quotes: ["desperate", "deeply cynical"], scare: [true, true]),
        Case(text: "“No,” he said.", quotes: ["No,"], scare: [false]),
        Case(text: "She told “Meet the Press” and “The Evening Show” so.", quotes: ["Meet the Press", "The Evening Show"], scare: [true, true]),
        Case(text: "He said “we will win the vote” then.", quotes: ["we will win the vote"], scare: [false]),
        Case(text: "She starred in “Full House.” He said “Not yet.” and “No.”", quotes: ["Full House.", "Not yet.", "No."], scare: [true, false, false]),
        Case(text: "“They may not be.” “It's all Facebook, Instagram and Snapchat,” she said.", quotes: ["They may not be.", "It's all Facebook, Instagram and Snapchat,"], scare: [false, false]),
        Case(text: "His book “The Fixers: Three Men and the Studio Publicity Machine” sold.", quotes: ["The Fixers: Three Men and the Studio Publicity Machine"], scare: [true]),
        Case(text: "“We are ready,” he said.", quotes: ["We are ready,"], scare: [false]),
        // Title case capitalizes every word but the small ones (articles, short prepositions,
        // conjunctions): `is`, `not`, `grew` in lower case make speech.
        Case(text: "“It is not new in Utah,” said Bo Rask.", quotes: ["It is not new in Utah,"], scare: [false]),
        Case(text: "“It grew in Utah,” said Bo Rask.", quotes: ["It grew in Utah,"], scare: [false]),
        Case(text: "She sang “Born in the Bayou” twice.", quotes: ["Born in the Bayou"], scare: [true]),
        Case(text: "He answered “Never!” at once.", quotes: ["Never!"], scare: [false]),
        Case(text: "Macron’s visit in the ’90s was dancin’ time for the Smiths’ firm.", quotes: []),
        Case(text: "He said 'no' twice.", quotes: ["no"]),
        Case(text: "Trump‘s rally in the ‘80s style", quotes: []),
        Case(text: "On CBS‘ evening show she said, “We will not back down this time,” and left.", quotes: ["We will not back down this time,"]),
        Case(text: "” … if the mayor can visit, so can the governor,” it read.", quotes: ["… if the mayor can visit, so can the governor,"]),
        Case(text: "\u{202A}”We are all tired of it!!!” wrote a reader.", quotes: ["We are all tired of it!!!"]),
        Case(text: "A chief, Lee Dunn, ''had me at 'freedom,''' Mr. Roe wrote.", quotes: ["had me at 'freedom,'"]),
        Case(text: "‘”We are all tired of this campaign”, one reader wrote.", quotes: ["We are all tired of this campaign"]),
        Case(text: "‘He told me “never again” and left’, she said.", quotes: ["He told me “never again” and left"]),
        Case(text: "He said: ''They called it 'a disgrace.''' Then he left.", quotes: ["They called it 'a disgrace.'"]),
        Case(text: "He is 6' 2\" tall.", quotes: []),
        Case(text: "It ended” there.", quotes: []),
        Case(text: "“ “ “ ” ’ ‘ \" '' `` » «", quotes: []),
        Case(text: "She said: \"We have doubled it. \"We will double it again.\"", quotes: ["We have doubled it.", "We will double it again."]),
        Case(text: "She said: “We have doubled it. “We will double it again,” she added.", quotes: ["We have doubled it.", "We will double it again,"]),
    ]

    @Test(arguments: cases)
    func spans(_ c: Case) {
        let spans = QuotationFinder().quotations(in: c.text)
        #expect(spans.map(\.text) == c.quotes)
        if let scare = c.scare { #expect(spans.map(\.isScareQuote) == scare) }
    }

    @Test func rangesPointAtTheQuotedWords() {
        let article = TextSegmenter().segment(
            id: "a", title: "T", paragraphs: ["Élan’s chief said “prices will rise” soon.", "“Not yet,” said a rival."])
        let body = Array(article.body.unicodeScalars)
        for span in article.quotations {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body[span.range])
            #expect(String(view) == span.text)
        }
        #expect(article.quotations.map(\.paragraph) == [0, 1])
        #expect(article.quotations.map(\.sentenceNumbers) == [1...1, 2...2])
    }

    @Test func quotationRunsOverParagraphs() {
        let article = TextSegmenter().segment(
            id: "a", title: "T",
            paragraphs: ["He said: “The first part is done.", "“The second part is harder,” he added.", "Then he left."])
        #expect(article.quotations.count == 1)
        let span = article.quotations[0]
        #expect(span.text == "The first part is done. The second part is harder,")
        #expect(span.paragraph == 0)
        #expect(span.sentenceNumbers == 1...2)
        #expect(span.isClosed)
        #expect(!span.isScareQuote)
    }

    @Test func unclosedQuotationStopsAtItsParagraph() {
        let article = TextSegmenter().segment(
            id: "a", title: "T",
            paragraphs: ["He said: “The first part is done.", "Then he left. Nobody “followed” him.", "Last words."])
        #expect(article.quotations.map(\.text) == ["The first part is done.", "followed"])
        #expect(article.quotations.map(\.isClosed) == [false, true])
        #expect(article.quotations[0].sentenceNumbers == 1...1)
    }

    @Test func unclosedAtTheEndOfTheArticle() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["One.", "He said “it is over"])
        #expect(article.quotations.map(\.text) == ["it is over"])
        #expect(article.quotations.first?.isClosed == false)
        #expect(article.quotations.first?.paragraph == 1)
    }
}
