import Testing

@testable import BriefingKit

@Suite struct TextSegmenterTests {
    @Test func sentenceRangesPointIntoTheBody() {
        let article = TextSegmenter().segment(
            id: "a", title: "T",
            paragraphs: ["Ünited’s £1.2bn bid failed. Mr. Okoro left.", "", "“Fine,” he said. The U.S. firm agreed."])
        let body = Array(article.body.unicodeScalars)
        #expect(article.sentences.map(\.number) == Array(1...4))
        for sentence in article.sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: body[sentence.range])
            #expect(String(view) == sentence.text)
        }
        #expect(article.paragraphs.map(\.sentenceNumbers) == [1..<3, 3..<3, 3..<5])
        #expect(article.sentences.map(\.paragraph) == [0, 0, 2, 2])
    }

    @Test func emptyArticle() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: [])
        #expect(article.sentences.isEmpty && article.quotations.isEmpty && article.body.isEmpty)
    }

    @Test func whitespaceParagraphs() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["  ", "\u{00A0}\u{200B}", "Word."])
        #expect(article.sentences.map(\.text) == ["Word."])
        #expect(article.sentences.first?.paragraph == 2)
    }

    @Test func datelineGivesTheSource() {
        let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["(CNN)Rebel forces took the town."])
        #expect(article.source == "CNN")
        #expect(article.sentences.map(\.text) == ["(CNN)Rebel forces took the town."])
    }

    @Test func hugeSingleLineParagraph() {
        let unit = "He said “it is fine.” Mr. Okoro’s U.S. firm paid £1.2bn, or 1,400 jobs... and more. "
        let count = 5_000_000 / unit.utf8.count + 1
        let paragraph = String(repeating: unit, count: count)
        let article = TextSegmenter().segment(id: "big", title: "T", paragraphs: [paragraph])
        #expect(article.sentences.count == 2 * count)
        #expect(article.quotations.count == count)
        #expect(article.quotations.allSatisfy { $0.isClosed })
    }

    /// Inputs that would take quadratic time if a scan looked back or ahead without bound.
    @Test(arguments: ["A.B.C.D.E.F.", "! ", "\" ", "“ ", "’ ", ". . ", "U.S. ", "1. ", "(“‘ ", "''x "])
    func pathologicalRepeats(_ unit: String) {
        let paragraph = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        let article = TextSegmenter().segment(id: "p", title: "T", paragraphs: [paragraph, paragraph])
        let body = Array(article.body.unicodeScalars)
        #expect(article.sentences.allSatisfy { $0.range.upperBound <= body.count })
        #expect(article.quotations.allSatisfy { $0.range.upperBound <= body.count })
    }

    @Test func oddScalarsNeverCrash() {
        let paragraphs = [
            "\u{FFFD}\u{FFFD}. \u{0}Null. \u{FEFF}“", "’’’ ''' \"\"\" «»„“", "👩‍👩‍👧 went. e\u{301}\u{301}. \u{10FFFF}",
        ]
        let article = TextSegmenter().segment(id: "odd", title: "T", paragraphs: paragraphs)
        let body = Array(article.body.unicodeScalars)
        for sentence in article.sentences { #expect(sentence.range.upperBound <= body.count) }
        for span in article.quotations { #expect(span.range.upperBound <= body.count) }
    }
}
