import Testing
@testable import BriefingKit

@Suite struct WhoIsCommandTests {
    @Test(arguments: [
        (Role(title: "French President", affiliation: "France"), "French President (France)"),
        (Role(title: "President", affiliation: "Azerbaijan"), "President of Azerbaijan (Azerbaijani)"),
        (Role(title: "Armenian Prime Minister", affiliation: "Armenia"), "Armenian Prime Minister (Armenia)"),
        (Role(title: "parliament speaker"), "parliament speaker"),
        (Role(title: "BBC correspondent", affiliation: "BBC"), "BBC correspondent"),
    ])
    func rolesKeepTheArticlesWordsAndNameTheCountry(_ role: Role, _ expected: String) {
        #expect(WhoIsCommand.describe(role) == expected)
    }

    /// A workspace holding one article read from `text` (headline, blank line, body).
    func workspace(_ text: String) throws -> Workspace {
        var workspace = Workspace()
        let article = try ArticleReader().read(bytes: Array(text.utf8), path: "story.txt")
        workspace.store.add(workspace.analyzer.analyze(article))
        return workspace
    }

    func ask(_ command: String, _ text: String) throws -> Answer {
        var workspace = try workspace(text)
        let (spec, arguments) = try CommandCatalog.standard.parse(command)
        return try spec.action(arguments, &workspace)
    }

    @Test func anArticleThatNamesNoOneSaysSoNotThatNothingIsLoaded() throws {
        #expect(throws: CommandError("nothing called 'Lind' in the loaded articles (they name no one)")) {
            try ask("who is Lind", "Harbour news\n\nThe port reopened on Monday after the strike ended.\n")
        }
    }

    @Test func answersWithRoleAndCountry() throws {
        let answer = try ask("who is Marceau", "Leaders meet\n\nFrench President Anne Marceau met farmers on Monday. Marceau said prices would rise.\n")
        #expect(answer.answer == "Anne Marceau: French President (France)")
    }

    @Test func aSharedSurnameNamesTheLikelierPersonAndTheOther() throws {
        let answer = try ask("who is Delaney", "Rally\n\nFormer Governor Frank Delaney spoke at a rally for his wife Ruth Delaney. Delaney said it went well.\n")
        #expect(answer.answer == "Frank Delaney: Former Governor")
        #expect(answer.results.contains { $0.value == "'Delaney' may also mean Ruth Delaney" })
    }

    @Test func aLookupPrefersTheOneCalledExactlyThat() throws {
        let workspace = try workspace("Rally\n\nSenator Hartley arrived. He spoke to his wife Joan Hartley about the vote.\n")
        let hits = NameLookup(store: workspace.store).hits(for: "Hartley")
        #expect(hits.flatMap { hit in hit.ids.map { hit.model.entities.entities[$0].name } } == ["Hartley"])
    }

    @Test(arguments: [("Azerbaijan", "Azerbaijani President", false), ("United States", "the United States envoy", true)])
    func wholeWordsOnly(_ phrase: String, _ text: String, _ expected: Bool) {
        #expect(WhoIsCommand.hasWords(phrase, in: text) == expected)
    }
}
