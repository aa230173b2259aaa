import Testing

@testable import BriefingKit

@Suite struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let sentences: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Abbreviations and initials
        Case(text: "Mr. Lane left. He came back.", sentences: ["Mr. Lane left.", "He came back."]),
        Case(text: "Gen. Okoro and Gov. Dale spoke.", sentences: ["Gen. Okoro and Gov. Dale spoke."]),
        Case(text: "J.K. Okafor wrote it. George W. Lamb read it.", sentences: ["J.K. Okafor wrote it.", "George W. Lamb read it."]),
        Case(text: "The U.S. Senate voted. It passed.", sentences: ["The U.S. Senate voted.", "It passed."]),
        Case(text: "She moved to the U.S. The move was sudden.", sentences: ["She moved to the U.S.", "The move was sudden."]),
        Case(text: "She moved to the U.S.", sentences: ["She moved to the U.S."]),
        Case(text: "Acme Corp. said sales rose. Acme Inc. Chief Lee agreed.", sentences: ["Acme Corp. said sales rose.", "Acme Inc. Chief Lee agreed."]),
        Case(text: "Talks start Jan. 5 in Springfield, Ill. The mayor will attend.", sentences: ["Talks start Jan. 5 in Springfield, Ill.", "The mayor will attend."]),
        Case(text: "The firm is No. 1 in Europe. No. Not any more.", sentences: ["The firm is No. 1 in Europe.", "No.", "Not any more."]),
        Case(text: "Revenue at AT&T. Shares fell.", sentences: ["Revenue at AT&T.", "Shares fell."]),
        Case(text: "They met in St. Louis on Main St. The talks went well.", sentences: ["They met in St. Louis on Main St.", "The talks went well."]),
        // Numbers and decimals
        Case(text: "Growth was 2.5% in 2004. Prices rose 1.2 points.", sentences: ["Growth was 2.5% in 2004.", "Prices rose 1.2 points."]),
        Case(text: "It cost £1.2bn. 2005 will be worse.", sentences: ["It cost £1.2bn.", "2005 will be worse."]),
        // Quotations
        Case(
            text: "“The fire was localized. I hope it stays that way,” the minister told reporters.",
            sentences: ["“The fire was localized.", "I hope it stays that way,” the minister told reporters."]),
        Case(
            text: "She said: \"We have doubled it. \"We will double it again.\" Nobody objected.",
            sentences: ["She said: \"We have doubled it.", "\"We will double it again.\"", "Nobody objected."]),
        Case(text: "“Why now?” she asked. Nobody answered.", sentences: ["“Why now?” she asked.", "Nobody answered."]),
        Case(text: "“Stop!” he shouted. “Now!”", sentences: ["“Stop!” he shouted.", "“Now!”"]),
        Case(text: "He called it ‘a mess.’ Then he left.", sentences: ["He called it ‘a mess.’", "Then he left."]),
        Case(text: "Prices rose. \" And then they fell.", sentences: ["Prices rose. \"", "And then they fell."]),
        Case(text: "“It is over.” Okafor said. Talks ended.", sentences: ["“It is over.” Okafor said.", "Talks ended."]),
        Case(text: "“It is over.” Okafor said that talks ended.", sentences: ["“It is over.”", "Okafor said that talks ended."]),
        Case(text: "“Why now?” Gov. Lee Dunn asked, frowning.", sentences: ["“Why now?” Gov. Lee Dunn asked, frowning."]),
        Case(text: "It was plan B. I’m glad it worked.", sentences: ["It was plan B.", "I’m glad it worked."]),
        Case(text: "They see that. “", sentences: ["They see that. “"]),
        // Brackets, lists, ellipses, headlines
        Case(
            text: "Shares fell. (The company declined to comment.) Trading resumed.",
            sentences: ["Shares fell.", "(The company declined to comment.)", "Trading resumed."]),
        Case(text: "Three steps: 1. Cut taxes. 2. Raise spending.", sentences: ["Three steps: 1. Cut taxes.", "2. Raise spending."]),
        Case(text: "We failed on this issue ... We will try again.", sentences: ["We failed on this issue ...", "We will try again."]),
        Case(text: "It was lifted... \"It sends a signal,\" he said.", sentences: ["It was lifted... \"It sends a signal,\" he said."]),
        Case(text: "Talks resume in Geneva", sentences: ["Talks resume in Geneva"]),
        Case(text: "Key points: • Taxes cut • Spending up", sentences: ["Key points:", "• Taxes cut", "• Spending up"]),
        Case(text: "She has a Ph.D. in law. She left.", sentences: ["She has a Ph.D. in law.", "She left."]),
        Case(text: "Sales fell. eBay gained.", sentences: ["Sales fell.", "eBay gained."]),
        Case(text: "A dateline (CNN)Officials said so. They left.", sentences: ["A dateline (CNN)Officials said so.", "They left."]),
        Case(text: "", sentences: []),
        Case(text: "  Padded sentence.  ", sentences: ["Padded sentence."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: Case) {
        #expect(SentenceSplitter().split(c.text).map(\.text) == c.sentences)
    }

    @Test func offsetsPointIntoTheParagraph() {
        let text = "  Élan rose 5%. “Good,” she said."
        let scalars = Array(text.unicodeScalars)
        for piece in SentenceSplitter().split(text) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[piece.start..<(piece.start + piece.text.unicodeScalars.count)])
            #expect(String(view) == piece.text)
        }
    }

    @Test func extendedAbbreviations() {
        let splitter = SentenceSplitter(
            tokenizer: Tokenizer(abbreviations: .standard.extended(with: "Brgy. | title")))
        #expect(splitter.split("Brgy. Ramos voted.").count == 1)
        #expect(SentenceSplitter().split("Brgy. Ramos voted.").count == 2)
    }
}
