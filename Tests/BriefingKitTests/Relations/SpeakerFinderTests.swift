import Testing
@testable import BriefingKit

@Suite struct SpeakerFinderTests {
    /// The cue words `SpeakerFinder` reads in a sentence.
    func cues(_ text: String) -> [String] {
        let model = analyzed([text])
        let finder = SpeakerFinder()
        let reader = ClauseReader(sentence: model.article.sentences[0], table: model.entities, speech: finder.speech)
        return finder.cues(in: reader, tokens: 0..<reader.words.tokens.count).map(\.text)
    }

    @Test(arguments: [
        // After an article or a possessive, a cue word is a noun.
        ("The claims in his report were false, the board said.", ["said"]),
        ("She asked the question on Monday.", ["asked"]),
        ("Lee's comments angered the state leaders, officials said.", ["said"]),
        // A verb still after `both` or an object pronoun.
        ("They both said the port was ready.", ["said"]),
        ("The crowd heard her say it twice.", ["say"]),
    ])
    func findsVerbCues(text: String, expected: [String]) {
        #expect(cues(text) == expected)
    }
}
