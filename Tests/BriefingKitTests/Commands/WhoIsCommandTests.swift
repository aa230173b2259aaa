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

    @Test func answersWithRoleAndCountry() throws {
        let text = "Leaders meet\n\nFrench President Anne Marceau met farmers on Monday. Marceau said prices would rise.\n"
        var workspace = Workspace()
        let article = try ArticleReader().read(bytes: Array(text.utf8), path: "farm.txt")
        workspace.store.add(workspace.analyzer.analyze(article))
        let (spec, arguments) = try CommandCatalog.standard.parse("who is Marceau")
        let answer = try spec.action(arguments, &workspace)
        #expect(answer.answer == "Anne Marceau: French President (France)")
    }

    @Test func aSharedSurnameNamesTheLikelierPersonAndTheOther() throws {
        let text = "Rally\n\nFormer Governor Frank Delaney spoke at a rally for his wife Ruth Delaney. Delaney said it went well.\n"
        var workspace = Workspace()
        let article = try ArticleReader().read(bytes: Array(text.utf8), path: "rally.txt")
        workspace.store.add(workspace.analyzer.analyze(article))
        let (spec, arguments) = try CommandCatalog.standard.parse("who is Delaney")
        let answer = try spec.action(arguments, &workspace)
        #expect(answer.answer == "Frank Delaney: Former Governor")
        #expect(answer.results.contains { $0.value == "'Delaney' may also mean Ruth Delaney" })
    }

    @Test func aLookupPrefersTheOneCalledExactlyThat() {
        let text = "Rally\n\nSenator Hartley arrived. He spoke to his wife Joan Hartley about the vote.\n"
        var workspace = Workspace()
        guard let article = try? ArticleReader().read(bytes: Array(text.utf8), path: "vote.txt") else { return }
        workspace.store.add(workspace.analyzer.analyze(article))
        let hits = NameLookup(store: workspace.store).hits(for: "Hartley")
        #expect(hits.flatMap { hit in hit.ids.map { hit.model.entities.entities[$0].name } } == ["Hartley"])
    }

    @Test(arguments: [("Azerbaijan", "Azerbaijani President", false), ("United States", "the United States envoy", true)])
    func wholeWordsOnly(_ phrase: String, _ text: String, _ expected: Bool) {
        #expect(WhoIsCommand.hasWords(phrase, in: text) == expected)
    }
}
