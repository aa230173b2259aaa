import Testing

@testable import BriefingKit

@Suite struct TokenizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let tokens: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Macron’s visit", tokens: ["Macron’s", "visit"]),
        Case(text: "Macron's visit", tokens: ["Macron's", "visit"]),
        Case(text: "Nagorno-Karabakh and Moscow-led troops", tokens: ["Nagorno-Karabakh", "and", "Moscow-led", "troops"]),
        Case(text: "1,400 jobs cost £1.2bn, a 200-strong unit", tokens: ["1,400", "jobs", "cost", "£1.2bn", ",", "a", "200-strong", "unit"]),
        Case(text: "Growth of 2.5% in the ’90s and 1990s", tokens: ["Growth", "of", "2.5%", "in", "the", "’90s", "and", "1990s"]),
        Case(text: "U.S. Gov. Jane Roe met Mr. J.K. Doe at 9 a.m.", tokens: ["U.S.", "Gov.", "Jane", "Roe", "met", "Mr.", "J.K.", "Doe", "at", "9", "a.m."]),
        Case(text: "George W. Bush", tokens: ["George", "W.", "Bush"]),
        Case(text: "a Ph.D. and U.S.-led e.g. St.Louis", tokens: ["a", "Ph.D.", "and", "U.S.-led", "e.g.", "St.", "Louis"]),
        Case(text: "Visit CNN.com. Then", tokens: ["Visit", "CNN.com", ".", "Then"]),
        Case(text: "WASHINGTON (CNN) -- Officials", tokens: ["WASHINGTON", "(", "CNN", ")", "--", "Officials"]),
        Case(text: "(CNN)Rebel forces", tokens: ["(", "CNN", ")", "Rebel", "forces"]),
        Case(text: "Wait... what… no . . . fine", tokens: ["Wait", "...", "what", "…", "no", ". . .", "fine"]),
        Case(text: "left — right – centre - gone", tokens: ["left", "—", "right", "–", "centre", "-", "gone"]),
        Case(text: "two\u{00A0}words\u{200B}here\u{202F}now", tokens: ["two", "words", "here", "now"]),
        Case(text: "AT&T. Then", tokens: ["AT", "&", "T", ".", "Then"]),
        Case(text: "No. 10 said no. No. Never.", tokens: ["No.", "10", "said", "no", ".", "No", ".", "Never", "."]),
        Case(text: "He called it ''a disgrace,'' she said", tokens: ["He", "called", "it", "''", "a", "disgrace", ",", "''", "she", "said"]),
        Case(text: "“Yes,” he said", tokens: ["“", "Yes", ",", "”", "he", "said"]),
        Case(text: "See https://example.org/a?b=1. Or www.bbc.co.uk/news, or mail desk@example.org.", tokens: [
            "See", "https://example.org/a?b=1", ".", "Or", "www.bbc.co.uk/news", ",", "or", "mail", "desk@example.org", ".",
        ]),
        Case(text: "@newsdesk posted #Vote2016 at 5 #1", tokens: ["@newsdesk", "posted", "#Vote2016", "at", "5", "#1"]),
        Case(text: "", tokens: []),
        Case(text: "   \n\t ", tokens: []),
    ]

    @Test(arguments: cases)
    func tokenTexts(_ c: Case) {
        #expect(Tokenizer().tokenize(c.text).map(\.text) == c.tokens)
    }

    @Test func kinds() {
        let tokens = Tokenizer().tokenize("U.S. forces — 1,400 of them — said “no”...")
        #expect(tokens.map(\.kind) == [
            .abbreviation, .word, .dash, .number, .word, .word, .dash, .word, .quote, .word, .quote, .ellipsis,
        ])
    }

    @Test func rangesAreScalarOffsets() {
        let text = "Ünïcode café’s £5 e\u{301}clair"
        let tokens = Tokenizer().tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.range])
            #expect(String(view) == token.text)
        }
        #expect(tokens.map(\.text) == ["Ünïcode", "café’s", "£5", "e\u{301}clair"])
    }

    @Test func oddCharactersNeverCrash() {
        let text = "\u{0}\u{FFFD}bad\u{FEFF} 👩‍👩‍👧 \u{7F}x\u{301}\u{301} ’ ' \" `` \u{2028}\u{10FFFF}."
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.contains { $0.text == "bad" })
        #expect(tokens.allSatisfy { !$0.text.isEmpty })
    }

    @Test func capitalization() {
        let tokens = Tokenizer().tokenize("U.S. eBay the ’90s")
        #expect(tokens.map(\.isCapitalized) == [true, false, false, false])
    }
}
