import Testing
@testable import BriefingKit

/// Patterns found missing on unseen articles: coordinated and paired subjects of symmetric
/// contacts, reporting verbs, transcript turns and counts tied to their own clause.
@Suite struct CoordinatedContactTests {
    static let cases: [([String], [String])] = [
        (["[Lena Frost] and [Sam Okafor] met in [Lisbon:place] on Friday."], ["met: Lena Frost -> Sam Okafor"]),
        (["Later, [Lena Frost] and [Sam Okafor] held talks in [Lisbon:place]."], ["met: Lena Frost -> Sam Okafor"]),
        (["[Lena Frost] and [Sam Okafor] will hold lengthy talks on Friday."], ["met: Lena Frost -> Sam Okafor"]),
        (["[Lena Frost] and [Sam Okafor] spoke by phone on Friday."], ["spoke with: Lena Frost -> Sam Okafor", "called: Lena Frost -> Sam Okafor"]),
        (["[Dana Reyes] told the court [he=Sam Okafor] met often with [Lena Frost]."], ["met: Sam Okafor -> Lena Frost"]),
        (["[Dana Reyes] told jurors [he=Dana Reyes] met often with [Lena Frost]."], ["met: Dana Reyes -> Lena Frost"]),
        // `The pair` points back to the two people named together just before.
        (["[Lena Frost] and [Sam Okafor] reached the harbour at dawn. The pair met on the pier."],
         ["met: Lena Frost -> Sam Okafor"]),
        (["[Lena Frost] and [Sam Okafor] reached the harbour. Later the two men met at the pier."],
         ["met: Lena Frost -> Sam Okafor"]),
        // Three people named: `the pair` is not theirs to guess.
        (["[Lena Frost], [Dana Reyes] and [Sam Okafor] reached the harbour. The pair met on the pier."], []),
        // Two people, but not named together.
        (["[Lena Frost] praised [Sam Okafor] at dawn. The pair met on the pier."], []),
        // `the two` in a later clause of the sentence that named both.
        (["[Lena Frost] praised [Sam Okafor] as a visionary when the two met in [Oslo:place]."], ["met: Lena Frost -> Sam Okafor"]),
        // A cue inside a quoted show's name is no contact.
        (["[Lena Frost] defended the plan, telling the “Meet the Nation” show that critics were wrong."], []),
        // Calling someone something is no phone call.
        (["[Lena Frost] called [Sam Okafor] a visionary."], []),
        (["[Lena Frost] called [Sam Okafor] a “very weak leader”."], []),
        (["[Lena Frost] called [Sam Okafor] on Friday."], ["called: Lena Frost -> Sam Okafor"]),
        // A meeting in a relative clause: `a meeting she had with X`.
        (["[Rita Vos] spoke about a meeting [she=Rita Vos] had with [Ivo Brun]."], ["met: Rita Vos -> Ivo Brun"]),
        (["[Rita Vos] spoke about meeting [she=Rita Vos] had with [Ivo Brun]."], ["met: Rita Vos -> Ivo Brun"]),
        (["[Paul Kerr]'s first visit with [Ada Lind] was in May."], ["met: Paul Kerr -> Ada Lind"]),
        // A subject set off as an apposition of a role phrase: `The mediator, judge X, held talks`.
        (["The mediator, retired judge [Oskar Lind], held talks with [Mara Keeling] and Harbour Master [Tomas Brenn] on Wednesday."],
         ["met: Oskar Lind -> Mara Keeling", "met: Oskar Lind -> Tomas Brenn"]),
    ]

    @Test(arguments: cases)
    func reads(paragraphs: [String], expected: [String]) {
        #expect(pairs(analyzed(paragraphs)) == expected)
    }
}

@Suite struct ReportingVerbTests {
    @Test(arguments: [
        "implored", "pleaded", "cautioned", "conceded", "quipped", "boasted", "vowed", "lamented", "countered", "reiterated",
        "surmised", "barked", "confessed", "exhorted", "gushed", "shot back", "fired back", "chimed in",
    ])
    func quoteWithVerbAfterIt(verb: String) throws {
        let model = analyzed(["“Come back tomorrow,” [Lena Frost] \(verb)."])
        let quote = try #require(model.quotes.first)
        #expect(quote.text == "Come back tomorrow")
        #expect(quote.speakerText == "Lena Frost")
    }

    @Test func invertedImplored() throws {
        let model = analyzed(["“Come back tomorrow,” implored [Lena Frost]."])
        #expect(model.quotes.first?.speakerText == "Lena Frost")
    }
}

@Suite struct TranscriptTurnTests {
    @Test func labelInCapitalsOpensATurn() throws {
        let model = analyzed([
            "[Lena Frost] spoke to the host on Sunday.",
            "Q: Will the harbour reopen this year?",
            "\"FROST: The harbour will reopen in May, and the ferries will follow.\"",
        ])
        let turns = model.quotes.filter { $0.cue == ":" && $0.isDirect }
        #expect(turns.map(\.text) == ["The harbour will reopen in May, and the ferries will follow."])
        #expect(turns.first.map { model.entities.entities[$0.speaker ?? -1].name } == "Lena Frost")
    }

    @Test(arguments: [
        ("FROST: The ferry is late.", ["FROST"]),
        ("MAYOR LENA FROST: Yes.", ["MAYOR", "LENA", "FROST"]),
        ("Q: Is it late?", nil),
        ("A: No.", nil),
        ("Frost: The ferry is late.", nil),
        ("NOTE:x", nil),
        ("\"FROST: The ferry is late.", ["FROST"]),
    ] as [(String, [String]?)])
    func labels(text: String, words: [String]?) {
        #expect(TranscriptTurnFinder.label(text)?.words == words)
    }
}

@Suite struct CountClauseTests {
    @Test func theEventOfTheCountsOwnClause() throws {
        var r = runner(["Two rescuers and a harbour official were killed, and six people were injured in the blast."])
        let model = analyzed(["Two rescuers and a harbour official were killed, and six people were injured in the blast."])
        #expect(model.quantities.map { QuantityQuestion.phrase($0) } == ["3 rescuers and a harbour official killed", "six people injured"])
        let killed = values(try json(&r, "how many people were killed"))
        #expect(killed == ["3 rescuers and a harbour official killed"])
        #expect(values(try json(&r, "how many people were injured")) == ["six people injured"])
    }

    @Test func aParticipleEventReadsAsDone() {
        let model = analyzed(["The quake struck at dawn, killing at least 37 people and injuring more than 250."])
        #expect(model.quantities.map { QuantityQuestion.phrase($0) } == ["at least 37 people killed", "more than 250 injured"])
    }

    @Test func anotherEventsCountIsNoAnswer() throws {
        var r = runner(["The roof fell on the crowd, and nine people were injured."])
        #expect(values(try json(&r, "how many people were killed")).isEmpty)
    }
}

@Suite struct FollowedSpeakerTests {
    @Test func pronounSubjectBeforeAQuoteOwnsIt() throws {
        let model = analyzed([
            "Harbour chief [Sam Okafor] said the port would stay open. [He=Sam Okafor] added: “We will not close.” "
                + "The port handles ships from six countries and employs many people. [He=Sam Okafor] also defended the new fees. “Someone has to pay for the cranes.” "
                + "[Lena Frost], a local trader, said the fees were too high.",
        ])
        let quote = try #require(model.quotes.first { $0.text.hasPrefix("Someone has to pay") }, "\(model.quotes.map(\.text))")
        #expect(quote.speaker.map { model.entities.entities[$0].name } == "Sam Okafor")
    }
}
