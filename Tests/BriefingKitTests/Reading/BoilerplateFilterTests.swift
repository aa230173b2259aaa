import Testing
@testable import BriefingKit

@Suite struct BoilerplateFilterTests {
    let filter = BoilerplateFilter()

    @Test(arguments: [
        "Leave a Comment", "E-mail to a friend",
        "(Except for the headline, this story has not been edited by Daily Wire staff and has been published from a syndicated feed.)",
        "Watch the minister’s speech »", "Advertisement", "Jane Roe and Tom Poe contributed to this report.",
        "Reporting by Ann Lee; Editing by Bo Chan",
        "Editor’s note: The mayor is a candidate in the race this newspaper covers.",
    ])
    func dropsBoilerplateParagraphs(_ paragraph: String) {
        #expect(filter.clean(["The bridge reopened on Monday.", paragraph]) == ["The bridge reopened on Monday."])
    }

    @Test(arguments: [
        "Voters will leave a comment card at the polls, officials said.",
        "She said she would watch the vote closely.",
        "He declined to make further comments.",
        "Copyright lawyers filed the suit on Friday.",
    ])
    func keepsNewsThatMerelyUsesTheWords(_ paragraph: String) {
        #expect(filter.clean([paragraph]) == [paragraph])
    }

    @Test func cutsResidueAfterTheLastSentence() {
        let paragraph = "The crowd cheered as the mayor spoke.  Watch the crowd cheer »  See photos of the rally »"
        #expect(filter.clean([paragraph]) == ["The crowd cheered as the mayor spoke."])
        #expect(filter.clean(["“I am proud,” she said. E-mail to a friend"]) == ["“I am proud,” she said."])
    }

    @Test func creditsWithInitialsGoWhole() {
        let paragraph = "The vote is due on Friday. Ann E. Lee and Bo J. Chan contributed to this report."
        #expect(filter.clean([paragraph]) == ["The vote is due on Friday."])
    }

    @Test func aSentenceEndingInAnAcronymIsNotPartOfTheCredit() {
        let paragraph = "Officials were worried, a spokesman told NBC. Jo Park and Al Ruiz contributed to this report."
        #expect(filter.clean([paragraph]) == ["Officials were worried, a spokesman told NBC."])
    }

    @Test func repeatedParagraphsAndTheHeadlineAreKeptOnce() {
        let paragraphs = ["Ferries run again.", "Unions agreed to a deal.", "Ferries  run again.", "Strike ends"]
        #expect(filter.clean(paragraphs, title: "Strike ends") == ["Ferries run again.", "Unions agreed to a deal."])
    }

    @Test func paragraphsWithoutWordsGo() {
        #expect(filter.clean(["___.", "* * *", "Real news here."]) == ["Real news here."])
    }

    @Test func aUserLexiconExtendsTheStandardOne() {
        let filter = BoilerplateFilter(lexicon: .standard.adding("# mine\nsubscribe to * today"))
        #expect(filter.clean(["Subscribe to The Paper today", "News."]) == ["News."])
    }

    @Test(arguments: [("a*c", "abc", true), ("a*c", "ab", false), ("*", "", true), ("ab", "ab", true), ("a*b*c", "axxbyyc", true)])
    func globMatchesStars(_ pattern: String, _ text: String, _ matches: Bool) {
        #expect(BoilerplateFilter.glob(Array(pattern.utf8), Array(text.utf8)) == matches)
    }
}
