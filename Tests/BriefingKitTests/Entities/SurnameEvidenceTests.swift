import Testing
@testable import BriefingKit

/// Full names whose given name no lexicon knows, confirmed as people by their surname's use
/// elsewhere in the article. Sentences written for these tests (fictional people).
@Suite struct SurnameEvidenceTests {
    func people(_ paragraphs: [String]) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
            .entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test(arguments: [
        (["Trevor Beattie runs the agency.", "Beattie said the campaign worked."], "Trevor Beattie"),
        (["Berkin Tavas runs the agency.", "Mr Tavas declined to comment."], "Berkin Tavas"),
        (["The council backed Zaur Kemalov, one of the dockers charged.", "Kemalov denied the charge."], "Zaur Kemalov"),
    ] as [([String], String)])
    func theFullNameIsThePersonTheSurnameIs(_ paragraphs: [String], _ expected: String) {
        #expect(people(paragraphs) == [expected])
    }

    /// A lone surname the story never completes is a person by the speech verb after it, past
    /// an adverb.
    @Test(arguments: ["Okafor admitted that his pick was political.", "Okafor openly admitted that his pick was political."])
    func aSurnameBeforeASpeechVerbIsAPerson(_ sentence: String) {
        #expect(people(["The candidates made their picks on Sunday.", sentence]) == ["Okafor"])
    }

    /// A full name only someone's words give does not own the narration's bare surname.
    @Test func aFullNameOnlyQuotedDoesNotOwnTheSurname() {
        let names = people([
            "Senator Vance is known for keeping her plans to herself.",
            "“She can't walk the stage like (Tom Vance) does,” an aide wrote.",
        ])
        #expect(names.contains("Vance"))
        #expect(names.contains("Tom Vance"))
    }

    @Test func aPlaceNameIsNotTakenForAPerson() {
        #expect(people(["Port Elgin lies on the coast.", "Elgin said it would grow."]).allSatisfy { $0 != "Port Elgin" })
    }
}

/// Names confirmed as people by a later pronoun or a people noun in their apposition.
@Suite struct PersonContextTests {
    func people(_ paragraphs: [String]) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
            .entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test(arguments: [
        (["Police questioned Kemalov on Monday.", "Kemalov had cuts on his wrists."], "Kemalov"),
        (["The court heard the case of Berkin Tavas, a 15-year-old boy hurt in the protests."], "Berkin Tavas"),
        (["The mayor defended Zaur Kemalov, one of the Chechens charged."], "Zaur Kemalov"),
        (["The council backed Zaur Kemalov, one of the dockers charged."], "Zaur Kemalov"),
    ] as [([String], String)])
    func aPersonByContext(_ paragraphs: [String], _ expected: String) {
        #expect(people(paragraphs).contains(expected))
    }

    @Test func aNameJoinedByAndToAPersonIsOne() {
        let paragraphs = ["Billionaire Sheldon Kroll gave the money.", "Officials noted that Vantner and Kroll met in Reno last week."]
        #expect(people(paragraphs).contains("Vantner"))
        #expect(!people(["The Harbour Fund and Kroll said so."]).contains("Harbour Fund"))
        // An outlet joined to another outlet that only reports is no person.
        #expect(!people(["Paris Weekly and Blikk reported the video.", "Blikk said it was real."]).contains("Weekly"))
    }

    @Test func aCapitalOnlyOpeningSentencesIsNoName() {
        #expect(people(["Pension reform was his idea."]).isEmpty)
        #expect(people(["Realising his mistake, the mayor resigned."]).isEmpty)
    }

    @Test func aCompanyFollowedByAPronounOfSomeoneElseStaysNoPerson() {
        #expect(people(["Longbridge workers said the plan failed them.", "Norlink bosses said he lied."]).isEmpty)
    }
}
