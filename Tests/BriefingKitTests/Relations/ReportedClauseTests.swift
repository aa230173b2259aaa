import Testing
@testable import BriefingKit

/// Reported statements keep only the speaker's own clause.
@Suite struct ReportedClauseTests {
    func reported(_ paragraphs: [String], by name: String) -> [String] {
        let model = analyzed(paragraphs)
        return model.quotes.filter { !$0.isDirect && QuoteAnswer.speakerName($0, in: model) == name }.map(\.text)
    }

    @Test func aClauseQuotingSomeoneElseIsCutOff() {
        let found = reported(
            ["Governor [Ben Walsh] called Senator [Nina Park] a “liar” after [she=Nina Park] blamed the crisis on “bad luck” among farmers."],
            by: "Ben Walsh")
        #expect(found.count == 1)
        #expect(found.first?.contains("liar") == true)
        #expect(found.first?.contains("bad luck") == false)
    }

    @Test func aParticipleAfterACommaReportsItsOwnStatement() {
        let model = analyzed(["[Ben Walsh], who is a docker, also decried [Tom Vick]’s repeated calls to ban all night ferries from entering the port, noting he has “given nothing” to the harbour he hopes to run."])
        let found = model.quotes.map(\.text)
        #expect(found.contains { $0.contains("given nothing") })
        #expect(!found.contains { $0.contains("night ferries") && $0.contains("given nothing") })
    }

    @Test func aClauseWithoutQuotedWordsStays() {
        let found = reported(
            ["[Ben Walsh] called the plan a “disaster” because it ignored the farmers."], by: "Ben Walsh")
        #expect(found.first?.contains("ignored the farmers") == true)
    }

    @Test func aSecondStatementJoinedByAndIsItsOwn() {
        let found = reported(
            ["[Ben Walsh] called the plan “weak” and then wrote that the board was “asleep at the wheel.”"], by: "Ben Walsh")
        #expect(found.count == 2)
        #expect(found.first?.contains("weak") == true)
        #expect(found.first?.contains("asleep") == false)
        #expect(found.last?.contains("asleep") == true)
    }

    /// A quotation opened inside the reported clause and carried over several sentences is
    /// all part of what was reported.
    @Test(arguments: [
        ["[Ben Walsh] said the plan “was drawn up in a hurry. Nobody asked the farmers. It will fail.”"],
        ["[Ben Walsh] said that the plan “was drawn up in a hurry. Nobody asked the farmers. It will fail.”"],
        ["[Ben Walsh] called the plan “a rushed job. Nobody asked the farmers. It will fail.”"],
    ])
    func aQuotationRunningOverSentencesStaysWhole(paragraphs: [String]) {
        let found = reported(paragraphs, by: "Ben Walsh")
        #expect(found.count == 1)
        #expect(found.first?.contains("It will fail.") == true)
    }

    /// `"...," said X, adding that "..."`: the participle's speaker is the one named after the
    /// inverted cue.
    @Test func aParticipleAfterAnInvertedCueHasItsSpeaker() {
        let found = reported(
            ["“The port has waited for a decade,” said [Dana Reyes], adding that “we have been electing dock workers to office for years.”"],
            by: "Dana Reyes")
        #expect(found.count == 1)
        #expect(found.first?.contains("electing dock workers") == true)
    }

    /// A name inside the quotation is not the participle's subject.
    @Test func aParticipleAfterAQuoteHasItsSpeakersSubject() {
        let found = reported(
            ["“[Tom Reid]’s visit to the port reminds me of the old days,” [she=Lena Frost] wrote, recalling the day the first ship “came in under sail.”"],
            by: "Lena Frost")
        #expect(found.count == 1)
        #expect(found.first?.contains("came in under sail") == true)
    }

    @Test func aRelativeClauseSetOffByDashesLeadsBackToItsName() {
        let found = reported(
            ["[Susan Marsh] - who chairs the committee which monitors the [Department of Harbour Affairs:organization] - said the board was “acting entirely without a mandate”."],
            by: "Susan Marsh")
        #expect(found.first?.contains("acting entirely") == true)
    }

    @Test func aRelativeClauseAfterAPartyTagIsTheTaggedNamesStatement() {
        let paragraphs = [
            "Fares could double, Rep. [Mike Dorsey] said.",
            "And [he=Mike Dorsey] backed Sen. [Ron Vail] (R-Wis.), who told a radio host that the mayor should go for “wilful neglect” of the docks.",
        ]
        #expect(reported(paragraphs, by: "Ron Vail").first?.contains("wilful neglect") == true)
        #expect(!reported(paragraphs, by: "Mike Dorsey").contains { $0.contains("wilful neglect") })
    }

    /// After `said`, a name opens the reported clause; after `told` it is whom it was told.
    @Test func aNameAfterSaidOpensTheClause() {
        #expect(reported(["Senator [Tom Keane] said [Republicans:organization] had the votes to override the veto."], by: "Tom Keane")
            .first?.hasPrefix("Republicans had the votes") == true)
        #expect(reported(["[Tom Keane] told [Ada Lind] the votes were there."], by: "Tom Keane").first == "the votes were there")
    }

    /// A cue inside a relative clause reports nothing past the clause's comma.
    @Test func aRelativeClausesCueStopsAtItsComma() {
        #expect(reported(["[Tom Keane], who wrote the bill, told reporters he was “disappointed but not surprised.”"], by: "Tom Keane")
            == ["he was “disappointed but not surprised.”"])
    }

    /// A verb form after an article is a noun on the way to `that`.
    @Test func thatAfterANounThatLooksLikeAVerb() {
        #expect(reported(["[Greta Holm] told analysts on a conference call that the firm had no choice."], by: "Greta Holm")
            == ["the firm had no choice"])
    }
}
