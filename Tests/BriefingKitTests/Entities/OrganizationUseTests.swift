import Testing
@testable import BriefingKit

/// Names outside the lexicons that are organizations by their form or use, and capitalized
/// phrases that name no person. Sentences written for these tests (fictional companies).
@Suite struct OrganizationUseTests {
    func table(_ paragraphs: [String]) -> EntityTable {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    }

    func names(_ kind: EntityKind, _ paragraphs: [String]) -> [String] {
        table(paragraphs).entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test(arguments: [
        ["Zorvex's sales fell sharply in the spring."],
        ["Analysts expect growth. Zorvex sold its printer unit last year."],
        ["Zorvex said it would close two plants."],
        ["Shoppers now favour online giant Zorvex."],
        ["The pilot also trained in Spain, a Zorvex spokesperson said.", "The airline is owned by Zorvex."],
        ["The pilot also trained in Spain, a Zorvex spokesperson said.", "Most Zorvex pilots are trained in Bremen."],
    ])
    func aOneWordCompanyByItsUse(_ paragraphs: [String]) {
        #expect(names(.organization, paragraphs).contains("Zorvex"))
        #expect(!names(.person, paragraphs).contains("Zorvex"))
    }

    @Test func itsTitleAfterANameMakesNoPerson() {
        let people = names(.person, ["Norlink bosses have held talks with the Oslo Stock Exchange (OSE), its chief has said."])
        #expect(!people.contains { $0.contains("Exchange") })
    }

    @Test func aSurnameStaysAPerson() {
        let paragraphs = ["Minister Dara Quell spoke on Monday.", "Quell said it would take a year."]
        #expect(names(.person, paragraphs).contains("Dara Quell"))
        #expect(!names(.organization, paragraphs).contains("Quell"))
    }

    @Test(arguments: [
        ("Visitors travel with Tarmo Tours every summer.", "Tarmo Tours"),
        ("The Pelko Bikes shop opened on Monday.", "Pelko Bikes"),
        ("The Lagos State Inspector General's Office said the file was closed.", "Lagos State Inspector General's Office"),
        ("A former officer of MI7 spoke to reporters.", "MI7"),
        ("The Canadian Broadcasting Corporation aired the match.", "Canadian Broadcasting Corporation"),
    ])
    func organizationsByForm(_ sentence: String, _ expected: String) {
        #expect(names(.organization, [sentence]).contains(expected))
        #expect(names(.person, [sentence]).isEmpty)
    }

    @Test(arguments: [
        ["Ann Reid, chief executive of Clean Rivers Wales, opened the meeting."],
        ["Ms Reid, from voluntary body Clean Rivers Wales, led the walk."],
        ["Ms Reid named him deputy leader of Clean Rivers Wales last week."],
    ])
    func aNameEndingInACountryAfterAJobOfOrABodyIsAnOrganization(_ paragraphs: [String]) {
        #expect(names(.organization, paragraphs).contains("Clean Rivers Wales"))
    }

    @Test func anUnknownNameEndingTheSentenceIsRead() {
        #expect(names(.person, ["The prize went to Clean Rivers"]).isEmpty)
    }

    @Test func aOneWordBodyAfterATitleOfIsAnOrganization() {
        #expect(names(.organization, ["Ms Reid named him deputy party leader of Verity, a new party."]).contains("Verity"))
    }

    @Test func aRelativeOfSomeoneStaysAPerson() {
        #expect(names(.organization, ["Officials met the widow of Arlo Venn on Monday."]).isEmpty)
    }

    @Test(arguments: [
        "Ann Reid, a professor of Christian ethics, spoke.",
        "Officials warned of a tide of Islam reaching the coast.",
        "The co-pilot of Harbourwings Flight 95 was named.",
    ])
    func aWordOfAFaithOrAFlightIsNoOrganization(_ sentence: String) {
        #expect(names(.organization, [sentence]).isEmpty)
    }

    @Test func aContinentsAdjectiveAfterSaidIsNoPerson() {
        #expect(!names(.person, ["Zorvex said European orders dropped sharply."]).contains("European"))
        #expect(names(.organization, ["The European Space Agency said the launch was delayed."]) == ["European Space Agency"])
        #expect(names(.organization, ["The Asian Harbour Bank said loans rose."]) == ["Asian Harbour Bank"])
    }

    @Test func substancesWithDigitsAreNoOrganizations() {
        #expect(names(.organization, ["CO2 emissions rose again."]).isEmpty)
    }

    @Test(arguments: [
        "Schools in the South West closed early.",
        "Children dressed up for National Poetry Day.",
        "Ferries crossed the Gulf of Santa Lucia at dawn.",
    ])
    func regionsEventsAndBaysAreNoPeople(_ sentence: String) {
        #expect(names(.person, [sentence]).isEmpty)
    }

    @Test func anAccentedGivenNameIsAGivenName() {
        #expect(names(.person, ["The guide, Andrés Velmora Quint, waved."]) == ["Andrés Velmora Quint"])
    }

    @Test func coordinatedGivenNamesShareTheSurname() {
        #expect(names(.person, ["Tom and Erika Vandel gave the land."]) == ["Tom Vandel", "Erika Vandel"])
    }

    @Test(arguments: [
        ("Our headteacher Mira Castell said the school would reopen.", "headteacher"),
        ("Plumber Jonas Brekk said the pipes were old.", "plumber"),
        ("The club's general director, Mark Oduya, resigned.", "general director"),
        ("Yes campaign chairman Ivo Marten said the vote mattered.", "Yes campaign chairman"),
    ])
    func compoundAndLowerCaseTitlesStayWhole(_ sentence: String, _ role: String) {
        let person = table([sentence]).entities.first { $0.kind == .person }
        #expect(person?.roles.map(\.title) == [role])
    }
}
