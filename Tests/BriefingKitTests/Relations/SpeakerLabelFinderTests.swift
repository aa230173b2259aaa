import Testing
@testable import BriefingKit

@Suite struct SpeakerLabelFinderTests {
    static let cases: [([String], [String])] = [
        // A headline's label names the speaker of the quoted words after it.
        (["[Frost=Lena Frost]: Port Plan Is ‘Ready to Go’ by May.", "[Lena Frost] spoke on Monday."],
         ["Lena Frost: Port Plan Is ‘Ready to Go’ by May"]),
        // Side by side: each label its own quote.
        (["[Lena Frost] and [Tom Reid] disagree.", "[Frost=Lena Frost]: “The port opens in May.”", "[Reid=Tom Reid]: “Not before June.”"],
         ["Lena Frost: The port opens in May.", "Tom Reid: Not before June."]),
    ]

    @Test(arguments: cases)
    func labels(paragraphs: [String], expected: [String]) {
        let model = analyzed(paragraphs)
        let found = model.quotes.filter { $0.cue == ":" }.map { "\(QuoteAnswer.speakerName($0, in: model)): \($0.text)" }
        #expect(found == expected)
    }

    @Test func aLabelNamingNoOneGivesNothing() {
        let model = analyzed(["The Latest: Port Plan Is ‘Ready to Go’ by May."])
        #expect(model.quotes.filter { $0.cue == ":" }.isEmpty)
    }

    @Test func aLabelWithAVerbIsAStoryNotASpeaker() {
        let model = analyzed(["[Lena Frost] Backs [Tom Reid]: Port Plan Is ‘Ready to Go’ by May."])
        #expect(model.quotes.filter { $0.cue == ":" }.isEmpty)
    }
}
