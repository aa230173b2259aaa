import Testing
@testable import BriefingKit

@Suite struct QuantityExtractorTests {
    /// sentence → (value, qualifier, counted, event) of its first quantity
    static let cases: [(String, Double, String?, String?, String?)] = [
        ("At least 35 villagers were killed in the flood.", 35, "at least", "villagers", "killed"),
        ("The storm left hundreds dead along the coast.", 200, nil, nil, "dead"),
        ("Nearly twelve hundred homes were damaged.", 1200, "nearly", "homes", "damaged"),
        ("Tickets cost £1,400 each.", 1400, nil, "pounds", nil),
        ("The ban will last 12 months.", 12, nil, "months", nil),
        ("Police arrested more than 40 protesters on Sunday.", 40, "more than", "protesters", "arrested"),
        ("The party won 312 seats, up from 290.", 312, nil, "seats", "won"),
        ("Up to 3 million people have fled the region.", 3_000_000, "up to", "people", "fled"),
        ("About twenty-five ships sank.", 25, "about", "ships", nil),
        // A number as a plain modifier, before an acronym plural.
        ("The mayor hoped the 9 Green MPs would back the plan.", 9, nil, "Green MPs", nil),
        // Words that say which ones belong with the noun they pick out.
        ("Chile signed with 9 other Andean countries.", 9, nil, "other Andean countries", nil),
        ("Chile signed with 9 South Sea nations.", 9, nil, "South Sea nations", nil),
        ("The firm hired 40 more engineers.", 40, nil, "more engineers", "hired"),
        // A verb after the noun is no part of it: `people includes seven`, not `new seats in`.
        ("The crew of 11 people includes seven sailors.", 11, nil, "people", nil),
        ("The party took 300 new seats in the vote.", 300, nil, "new seats", nil),
        ("The plant hired 200 women workers last year.", 200, nil, "women workers", "hired"),
        // `about` as a preposition after a noun, and as an estimate after a verb.
        ("The film about four sailors was shown in May.", 4, nil, "sailors", nil),
        ("The storm killed about 40 sailors.", 40, "about", "sailors", "killed"),
        // A people counted by their demonym; a number joined to its unit.
        ("At least 41 million Norlanders have already cast ballots.", 41_000_000, "at least", "Norlanders", nil),
        ("Four Britons were hurt in the crash.", 4, nil, "Britons", "hurt"),
        ("The doctor is serving a 23-year prison sentence.", 23, nil, "years", nil),
        ("Talks ended a five-day visit.", 5, nil, "days", nil),
        // `N of M things`: N counts what the event hit; M is all of them.
        ("At least 12 of 40 trucks were damaged in the storm.", 12, "at least", "trucks", "damaged"),
        // The noun named earlier by `the number of`.
        ("The number of people displaced by the floods since May 2019 now exceeds 4,500, officials said.", 4500, nil, "people", "displaced"),
    ]

    @Test(arguments: cases)
    func reads(sentence: String, value: Double, qualifier: String?, counted: String?, event: String?) throws {
        let quantity = try #require(analyzed([sentence]).quantities.first)
        #expect(quantity.value == value)
        #expect(quantity.qualifier == qualifier)
        #expect(quantity.counted == counted)
        #expect(quantity.event == event)
    }

    @Test func aHyphenedUnitReadsAsNumberAndUnit() throws {
        let article = TextSegmenter().segment(id: "q", title: "T", paragraphs: ["The doctor is serving a 23-year prison sentence."])
        let quantity = try #require(QuantityExtractor().extract(article).first)
        #expect(QuantityQuestion.phrase(quantity) == "23 years")
    }

    @Test func theWholeAfterOfIsNoCountOfTheEvent() {
        let found = QuantityExtractor().extract(TextSegmenter().segment(id: "q", title: "T", paragraphs: ["At least 12 of 40 trucks were damaged."]))
        #expect(found.map(\.value) == [12])
    }

    @Test func aVagueCountKeepsItsOf() {
        let found = QuantityExtractor().extract(TextSegmenter().segment(id: "q", title: "T", paragraphs: ["Dozens of people have died."]))
        #expect(found.first?.text == "Dozens of")
        #expect(found.first?.counted == "people")
    }

    @Test func yearsAndDatesAreNotCounts() {
        #expect(analyzed(["The war of 2020 ended on March 3 after talks."]).quantities.isEmpty)
    }
}

@Suite struct QuantityContextTests {
    @Test func numberOfNamesWhatIsCounted() throws {
        let quantity = try #require(analyzed(["The number of people displaced by the floods now exceeds 9,000, officials said."]).quantities.first)
        #expect(quantity.value == 9000)
        #expect(quantity.counted == "people")
        #expect(quantity.event == "displaced")
    }

    @Test func capitalizedGroupsAreCounted() throws {
        let quantity = try #require(analyzed(["The 12 Green councillors voted against the plan."]).quantities.first)
        #expect(quantity.counted == "Green councillors")
    }

    @Test func aCountWithOnlyAModifierKeepsItsEvent() throws {
        let quantities = analyzed(["Five guards were killed and two more injured."]).quantities
        #expect(quantities.map(\.value) == [5, 2])
        #expect(quantities.map(\.event) == ["killed", "injured"])
    }
}
