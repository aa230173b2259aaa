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
        // A plural after a plural quantifier, or after a preposition and its modifiers, is a noun.
        ("Lee asked a few questions, including one about the port.", ["asked"]),
        ("Lee sent two tweets about the port.", []),
        ("The survey rated most of Labour claims as true.", []),
        ("Following early reports that the port was closed, ships waited.", []),
        ("While he claims the port is ready, ships wait.", ["claims"]),
        // (A verb still after a noun phrase with its own preposition.)
        ("A member of the board claims the port is ready.", ["claims"]),
        ("“Come home!” a message on the website reads.", ["reads"]),
        ("At the bottom it reads, “Come home!”", ["reads"]),
        ("The board says the port is ready.", ["says"]),
        // Scolding is speech, like blasting and slamming.
        ("Lee chided the board for raising “silly” fees.", ["chided"]),
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

/// A subject inside a fronted subordinate clause does not speak for the main clause's verb.
@Suite struct FrontedClauseSpeakerTests {
    func speakers(_ sentence: String) -> [String] {
        let model = analyzed([sentence])
        return model.quotes.map { QuoteAnswer.speakerName($0, in: model) }
    }

    @Test(arguments: [
        ("When [Tom Reid] was named a delegate, a columnist for the news site [Dockside:organization] said he was “utterly ashamed.”",
         "a columnist for the news site Dockside"),
        ("After [Tom Reid] left the stage, protesters chanted “Go home!”", "protesters"),
        ("Because [Tom Reid] had not voted, the board secretary wrote that the motion was “null and void.”", "the board secretary"),
    ])
    func theMainClauseSpeaks(sentence: String, expected: String) {
        #expect(speakers(sentence) == [expected])
    }

    @Test(arguments: [
        "When asked about the port, [Tom Reid] said it was “ready for the storm.”",
        "When the storm came, [Tom Reid] said, the port was “ready for it.”",
        "As [Tom Reid] said on Monday, the port is “ready for the storm.”",
        "The port was quiet in May, when [Tom Reid], who had lost the vote, called for a “harbour war” on the board.",
    ])
    func aSubjectAfterTheClauseSpeaks(sentence: String) {
        #expect(speakers(sentence) == ["Tom Reid"])
    }
}

/// `X was asked by Y`: a passive speech verb's subject is spoken to; its agent speaks.
@Suite struct PassiveCueSpeakerTests {
    func speakers(_ sentence: String) -> [String] {
        let model = analyzed([sentence])
        return model.quotes.map { QuoteAnswer.speakerName($0, in: model) }
    }

    @Test(arguments: [
        ("[Tom Reid] was asked by the moderator, “Why should we trust the board?”", ["the moderator"]),
        ("On Monday, [Tom Reid] was asked, “Why should we trust the board?”", []),
    ])
    func thePassiveSubjectIsSpokenTo(sentence: String, expected: [String]) {
        #expect(speakers(sentence) == expected)
    }

    /// (A question put to someone is never theirs.)
    @Test(arguments: [
        "[Tom Reid] was asked by host [Lena Frost] whether the plan would risk “another costly failure.”",
        "[Tom Reid] was asked by host [Lena Frost], “Why should we trust the board?”",
    ])
    func aQuestionIsNotItsAddressees(sentence: String) {
        #expect(!speakers(sentence).contains("Tom Reid"))
    }
}

/// A noun phrase after a preposition is its object: the noun it modifies speaks.
@Suite struct PrepositionObjectSpeakerTests {
    @Test(arguments: [
        ("A spokesman for the harbour board said the rally was “a huge success.”", "A spokesman for the harbour board"),
        ("Several members of the local council said the rally was “a disgrace.”", "Several members of the local council"),
        ("Protesters marching through the streets chanted “Go home!”", "Protesters"),
        ("The board in a statement said the rally was “a disgrace.”", "The board"),
        // (A phrase after a preposition opening the sentence speaks for no cue in it.)
        ("In a statement announcing the pick, the [Dock Workers Union:organization] called [Lena Frost] a “champion” for its members.",
         "Dock Workers Union"),
    ])
    func theModifiedNounSpeaks(sentence: String, expected: String) {
        let model = analyzed([sentence])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == [expected])
    }
}

extension PrepositionObjectSpeakerTests {
    /// (A verb form ends the phrase: no speaker runs over it.)
    @Test func aVerbFormEndsTheModifiedPhrase() {
        let model = analyzed(["[Lena Frost] shared a syllabus for a history class called “Ports and Power” on her page."])
        #expect(model.quotes.allSatisfy { !$0.speakerText.contains("shared") }, "\(model.quotes.map(\.speakerText))")
    }
}
