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
        // A cue's base form after `a` and a modifier is a noun: `a controversial tweet`.
        ("Lee sent a controversial tweet about the port.", []),
        ("The mayor answered with a Facebook post about the port.", ["answered"]),
        ("A spokesman wrote that the port was ready.", ["wrote"]),
        // `a show called "..."` names a show.
        ("Lee hosts a show called “Harbour Nights” on Fridays.", []),
        ("A spokesman called it “a disgrace” on Monday.", ["called"]),
    ])
    func findsVerbCues(text: String, expected: [String]) {
        #expect(cues(text) == expected)
    }
}

/// Speakers set off from their verb: by a time phrase, a dashed aside, or an apposition.
@Suite struct SetOffSpeakerTests {
    @Test func aTimePhraseBeforeTheVerbIsNoSpeaker() throws {
        let model = analyzed(["The head of the union, [John Rennie], on Tuesday called the mayor “a menace to every sailor”."])
        let quote = try #require(model.quotes.first)
        #expect(quote.speakerText == "John Rennie")
    }

    @Test func aDashedAsideIsNotWhatWasSaid() throws {
        let model = analyzed(["Councillor [Susan Marsh] - who chairs the harbour committee - said the board was “acting without a mandate”."])
        let quote = try #require(model.quotes.first)
        #expect(quote.speakerText == "Susan Marsh")
        #expect(quote.text.hasPrefix("the board was"))
    }

    @Test func anAppositiveAfterAKinWordSpeaks() throws {
        let model = analyzed([
            "[John Rennie] spoke on Monday. [Tomas Varga], 19, was arrested on Sunday.",
            "“I was so proud I could not speak,” [his=Tomas Varga] mother, [Maria Varga], told the Gazette of her son.",
        ])
        let quotes = model.quotes.filter { $0.evidence.sentence == 3 }
        #expect(quotes.map(\.speakerText) == ["Maria Varga"])
        #expect(quotes.map(\.text) == ["I was so proud I could not speak"])
    }

    @Test func aSubjectRightBeforeItsVerbIsNoTailAttribution() throws {
        let model = analyzed(["[Anna Keller]'s partner, [Paul Dorn], said the race organizers had been warned."])
        let quote = try #require(model.quotes.first)
        #expect(quote.speakerText == "Paul Dorn")
        #expect(quote.text == "the race organizers had been warned")
    }
}
