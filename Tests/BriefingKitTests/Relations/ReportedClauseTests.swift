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

    @Test func aRelativeClauseSetOffByDashesLeadsBackToItsName() {
        let found = reported(
            ["[Susan Marsh] - who chairs the committee which monitors the [Department of Harbour Affairs:organization] - said the board was “acting entirely without a mandate”."],
            by: "Susan Marsh")
        #expect(found.first?.contains("acting entirely") == true)
    }

    @Test func aRelativeClauseAfterAPartyTagIsTheTaggedNamesStatement() {
        let paragraphs = [
            "Fares could double, Rep. [Mike Dorsey] said.",
            "And [he=Mike Dorsey] echoed Sen. [Ron Vail] (R-Wis.), who told a local newspaper that the mayor could be removed for “wilful neglect” if he stays.",
        ]
        #expect(reported(paragraphs, by: "Ron Vail").first?.contains("wilful neglect") == true)
        #expect(!reported(paragraphs, by: "Mike Dorsey").contains { $0.contains("wilful neglect") })
    }
}
