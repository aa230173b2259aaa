import Testing
@testable import BriefingKit

/// Which lexicon phrase a word starts.
@Suite struct LexiconIndexTests {
    let recognizer = MentionRecognizer(index: .current)

    func mentions(_ sentence: String) -> [String] {
        recognizer.recognize(sentence, lowercaseWords: [], innerCapitals: nil).map { "\($0.kind.map(\.rawValue) ?? "title"): \($0.name)" }
    }

    /// `Del.` before a name is the title Delegate; elsewhere it is the state of Delaware.
    @Test(arguments: [
        ("Del. Stacey Brandt said the vote was wrong.", ["person: Stacey Brandt"]),
        ("The vote was wrong, said state Del. Marcia Holt.", ["person: Marcia Holt"]),
        ("Sen. Tom Alder (D-Del.) said the vote was wrong.", ["person: Tom Alder"]),
        ("The plant in Dover, Del., was closed.", ["place: Dover", "place: Delaware"]),
    ] as [(String, [String])])
    func anAbbreviationBeforeANameIsATitle(_ sentence: String, _ expected: [String]) {
        #expect(mentions(sentence).filter { !$0.hasPrefix("place: Dover") || expected.contains($0) } == expected)
    }
}
