import Testing

@testable import BriefingKit

/// The examples in the text layer's `///` comments, kept true.
@Suite struct DocumentationExampleTests {
    @Test func tokenizer() {
        let tokens = Tokenizer().tokenize("WASHINGTON (CNN) -- U.S. Gov. J.K. Smith’s 200-strong team...")
        #expect(tokens.map(\.text) == [
            "WASHINGTON", "(", "CNN", ")", "--", "U.S.", "Gov.", "J.K.", "Smith’s", "200-strong", "team", "...",
        ])
        let token = Tokenizer().tokenize("Macron’s £1.2bn plan")
        #expect(token.map(\.text) == ["Macron’s", "£1.2bn", "plan"])
        #expect(token[1].kind == .number && token[1].range == 9..<15)
    }

    @Test func splitter() {
        let text = "Gov. Brown met U.S. officials. “It went well. We agree,” he said."
        #expect(SentenceSplitter().split(text).map(\.text) == [
            "Gov. Brown met U.S. officials.", "“It went well.", "We agree,” he said.",
        ])
        #expect(SentenceSplitter().split("Mr. Smith left. He came back.").map(\.text) == ["Mr. Smith left.", "He came back."])
    }

    @Test func quotations() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["“It will hold,” he said of the “truce”."])
        #expect(article.quotations.map(\.text) == ["It will hold,", "truce"])
        #expect(article.quotations.map(\.isScareQuote) == [false, true])
        #expect(article.quotations(touching: 1).count == 2)
    }

    @Test func dateline() {
        let line = Dateline.find(in: ScalarText("WASHINGTON (CNN) -- The president said..."))
        #expect(line?.place == "WASHINGTON" && line?.outlet == "CNN" && line?.range == 0..<20)
    }

    @Test func scalarText() {
        let text = ScalarText("Macron’s visit")
        #expect(text.scalars.count == 14 && text.string(0..<8) == "Macron’s")
    }

    @Test func sentenceTokens() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["Talks ended. Gov. Lee met Okafor."])
        let names = article.sentences[1].tokens().filter { $0.kind == .word && $0.isCapitalized }.map(\.text)
        #expect(names == ["Lee", "Okafor"])
        #expect(article.sentences[1].tokens().first?.range == 0..<4)
    }
}
