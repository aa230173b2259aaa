import Testing
@testable import BriefingKit

@Suite struct ParagraphJoinerTests {
    @Test func blankLinesSeparateParagraphs() {
        let lines = ["First paragraph.", "", "", "Second paragraph."]
        #expect(ParagraphJoiner(breaksAfterSentences: false).paragraphs(lines) == ["First paragraph.", "Second paragraph."])
    }

    @Test func hardWrappedSentencesAreJoined() {
        let lines = ["The envoy said the talks", "would resume on Monday.", "Nobody objected."]
        #expect(ParagraphJoiner(breaksAfterSentences: true).paragraphs(lines)
            == ["The envoy said the talks would resume on Monday.", "Nobody objected."])
    }

    @Test func softWrapJoinsEveryLineOfABlock() {
        let lines = ["One sentence.", "Another one.", "", "Next block."]
        #expect(ParagraphJoiner(breaksAfterSentences: false).paragraphs(lines) == ["One sentence. Another one.", "Next block."])
    }

    @Test func aSignedQuotationEndsItsParagraph() {
        let lines = ["“The pier must stay open all winter.” ― Marta Quell", "“We need the ferry back.”― Tobias J. Wren ", "Both wrote in May."]
        #expect(ParagraphJoiner(breaksAfterSentences: true).paragraphs(lines)
            == ["“The pier must stay open all winter.” ― Marta Quell", "“We need the ferry back.”― Tobias J. Wren ", "Both wrote in May."])
    }

    @Test(arguments: [
        ("“We will stay.” — Ann Lee", true), ("“We will stay,” — and then", false), ("the pier — Ann Lee", false),
        ("“We will stay” for the", false),
    ])
    func recognizesSignatures(_ line: String, _ signed: Bool) {
        #expect(ParagraphJoiner(breaksAfterSentences: true).endsWithSignature(line) == signed)
    }

    @Test(arguments: [
        ("He left.", true), ("Why?", true), ("“We will stay.”", true), ("He said:", true),
        ("(Edited.)", true), ("and then", false), ("the 2020", false),
    ])
    func recognizesSentenceEnds(_ line: String, _ ends: Bool) {
        #expect(ParagraphJoiner(breaksAfterSentences: true).endsSentence(line) == ends)
    }
}
