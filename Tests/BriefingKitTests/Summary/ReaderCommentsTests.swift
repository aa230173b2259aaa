import Testing
@testable import BriefingKit

@Suite struct ReaderCommentsTests {
    static let story = [
        "The minimum wage will rise in October, the government said.",
        "Adults must be paid at least £5.05 an hour, up from £4.85.",
        "Mr Lind said: “I think we can afford it.”",
        "The increase is a good thing. Living in the south, I know how hard rents are.",
        "We must remember that wages are only part of the picture.",
    ]

    func comments(_ paragraphs: [String]) -> [Int] {
        let article = TextSegmenter().segment(id: "c", title: "T", paragraphs: paragraphs)
        let comments = ReaderComments(article: article)
        return article.sentences.filter(comments.contains).map(\.number)
    }

    @Test func firstPersonParagraphsAfterTheReportAreComments() {
        // Sentences 4 and 5 (one comment), 6 (another); the quoted "I" and "we" are Mr Lind's.
        #expect(comments(Self.story) == [4, 5, 6])
    }

    @Test func aColumnInTheFirstPersonFromTheStartHasNone() {
        #expect(comments(["My father would have loved this race.", "He said we were all equal."] + Self.story).isEmpty)
    }
}
