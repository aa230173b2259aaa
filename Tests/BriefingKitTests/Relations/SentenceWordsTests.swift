import Testing
@testable import BriefingKit

@Suite struct SentenceWordsTests {
    @Test(arguments: [
        ("Ana Lupu's call with Bo Park.", ["Ana", "Lupu", "'s", "call", "with", "Bo", "Park", "."]),
        ("The U.S. paid £1,400 to Kyiv-based firms.", ["The", "U.S.", "paid", "£1,400", "to", "Kyiv-based", "firms", "."]),
        ("Mr. Ortiz didn’t say, she said.", ["Mr.", "Ortiz", "didn’t", "say", ",", "she", "said", "."]),
        ("Zoë Brandt’s “plan” won 3.5%", ["Zoë", "Brandt", "’s", "“", "plan", "”", "won", "3.5", "%"]),
        ("Ärzte\u{00A0}sagten $ 5", ["Ärzte", "sagten", "$", "5"]),
        // A middle initial keeps its dot; a closing letter does not.
        ("Ann B. Lee met her in Area B.", ["Ann", "B.", "Lee", "met", "her", "in", "Area", "B", "."]),
        // A bracketed party tag keeps its state's dot.
        ("Rep. Ann Lee (D-Wis.) said it.", ["Rep.", "Ann", "Lee", "(", "D-Wis.", ")", "said", "it", "."]),
        // Two apostrophes are one quotation mark (NYT style).
        ("He called it ''a disgrace,'' she said.", ["He", "called", "it", "''", "a", "disgrace", ",", "''", "she", "said", "."]),
    ])
    func tokens(sentence: String, texts: [String]) {
        #expect(SentenceWords(sentence).tokens.map(\.text) == texts)
    }

    @Test func lowerCaseCapitalsAndRanges() {
        let words = SentenceWords("Élise MET Ödön")
        #expect(words.tokens.map(\.lower) == ["élise", "met", "ödön"])
        #expect(words.tokens.map(\.isCapitalized) == [true, true, true])
        #expect(words.tokens.map(\.range) == [0..<5, 6..<9, 10..<14])
        #expect(words.tokens.filter { !$0.isWord }.isEmpty)
    }
}
