import Testing
@testable import BriefingKit

/// `the commission` for the one organization of the article whose name ends so.
@Suite struct OrganizationHeadsTests {
    func model(_ paragraphs: [String]) -> ArticleModel {
        ArticleAnalyzer().analyze(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    }

    @Test func theHeadWordStandsForTheOrganization() {
        let m = model(["The Harbour Commission opened an inquiry on Monday.", "The commission said it took “robust action” against the trustees."])
        #expect(m.quotes.map { QuoteAnswer.speakerName($0, in: m) } == ["Harbour Commission"])
    }

    @Test func twoOrganizationsWithTheHeadLeaveItOpen() {
        let m = model([
            "The Harbour Commission and the Port Commission met on Monday.",
            "The commission said it took “robust action” against the trustees.",
        ])
        #expect(m.quotes.map { QuoteAnswer.speakerName($0, in: m) } != ["Harbour Commission"])
        #expect(m.quotes.map { QuoteAnswer.speakerName($0, in: m) } != ["Port Commission"])
    }

    @Test func askingWithTheFindsTheOrganization() throws {
        var workspace = Workspace()
        workspace.store.add(model(["The Harbour Commission opened an inquiry on Monday.", "The commission said it took “robust action” against the trustees."]))
        var r = CommandRunner(workspace: workspace, json: true)
        #expect(values(try json(&r, "what did the Harbour Commission say")) == ["it took “robust action” against the trustees"])
    }
}
