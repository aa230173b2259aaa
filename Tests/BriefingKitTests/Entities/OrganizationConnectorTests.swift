import Testing
@testable import BriefingKit

/// Organization names with lower-case connectors (`of`, `on`, `to`, `for`, `&`), an organization
/// word first, or a hyphenated head. Sentences written for these tests (fictional bodies).
@Suite struct OrganizationConnectorTests {
    func names(_ kind: EntityKind, _ sentence: String) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [sentence]))
            .entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test(arguments: [
        ("The Council on Ocean Affairs backed the plan.", "Council on Ocean Affairs"),
        ("The plan was backed by the United Guild of Pilots.", "United Guild of Pilots"),
        ("The United Federation of Dockers went on strike.", "United Federation of Dockers"),
        ("The Alliance to Protect Our Harbours objected.", "Alliance to Protect Our Harbours"),
        ("The Alliance to Protect Our Harbours (APOH) objected.", "Alliance to Protect Our Harbours"),
        ("The Transport & Dock Workers' Union said it would strike.", "Transport & Dock Workers' Union"),
        ("The Brandt Institute for Harbour Reform published it.", "Brandt Institute for Harbour Reform"),
        ("The World Sailing and Rowing Council said it.", "World Sailing and Rowing Council"),
        ("The Revolutionary Workers' Liberation Party-Front claimed the attack.", "Revolutionary Workers' Liberation Party-Front"),
    ] as [(String, String)])
    func keepsTheWholeName(_ sentence: String, _ expected: String) {
        #expect(names(.organization, sentence) == [expected])
        #expect(names(.person, sentence).isEmpty)
    }

    @Test func twoNamedBodiesJoinedByAndStayTwo() {
        #expect(names(.organization, "Norsk Re and Baltic Re both said losses would be small.")
            == ["Norsk Re", "Baltic Re"])
        #expect(names(.organization, "The Kestrel Securities and Exchange Commission fined the bank.") == ["Kestrel Securities and Exchange Commission"])
    }

    @Test func aCommonWordsPossessiveStaysInsideAndKnownAsGivesTheAcronym() {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [
            "The Revolutionary Sailors' Liberation Party-Front, known as the RSLP-F, claimed it.",
            "The Free People's Harbour Party objected.",
        ]))
        let organizations = table.entities.filter { $0.kind == .organization }
        #expect(organizations.map(\.name) == ["Revolutionary Sailors' Liberation Party-Front", "Free People's Harbour Party"])
        #expect(organizations.first?.aliases == ["RSLP-F"])
    }

    @Test func onJoinsOnlyAfterAnOrganizationsHeadWord() {
        #expect(names(.media, "Speaking on Harbour Radio, the mayor said no.") == ["Harbour Radio"])
    }

    @Test func aPersonAfterAndEndsTheName() {
        #expect(names(.organization, "He met Ann Bell of Kestrel Foods and Michael Rogers.") == ["Kestrel Foods"])
    }

    @Test func aLoneHeadWordBeforeAPlaceStaysNoOrganization() {
        #expect(names(.organization, "The Council in Leeds met on Monday.").isEmpty)
    }
}
