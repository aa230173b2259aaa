import Testing
@testable import BriefingKit

@Suite struct WordScannerTests {
    @Test(arguments: [
        ("Macron’s office said", ["Macron", "’s", "office", "said"]),
        ("the Moscow-led bloc", ["the", "Moscow", "-led", "bloc"]),
        ("U.S. troops left.", ["U.S.", "troops", "left", "."]),
        ("O’Malley won 3.5 percent, or 1,200 votes", ["O’Malley", "won", "3.5", "percent", ",", "or", "1,200", "votes"]),
        ("the Joneses’ house", ["the", "Joneses", "’", "house"]),
        ("Mr. Tan", ["Mr", ".", "Tan"]),
        ("the U.N.'s envoy", ["the", "U.N.", "'s", "envoy"]),
        ("the U.S.’ allies", ["the", "U.S.", "’", "allies"]),
    ])
    func splitsWords(_ text: String, _ expected: [String]) {
        #expect(WordScanner().scan(text).map(\.text) == expected)
    }

    @Test func rangesAreScalarOffsets() {
        let tokens = WordScanner().scan("“Né” Zoë’s")
        #expect(tokens.map(\.range) == [0..<1, 1..<3, 3..<4, 5..<8, 8..<10])
        #expect(tokens[4].kind == .possessive)
    }
}
