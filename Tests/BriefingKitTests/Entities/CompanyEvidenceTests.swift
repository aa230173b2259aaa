import Testing
@testable import BriefingKit

/// Company and charity names with no organization word, told from people by how the article
/// uses them. Sentences written for these tests (fictional companies and people).
@Suite struct CompanyEvidenceTests {
    func names(_ kind: EntityKind, _ paragraphs: [String]) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
            .entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test(arguments: [
        (["Norlink told the Gazette that the plan was flawed.", "Norlink's shares fell."], "Norlink"),
        (["\"We will fight it,\" says Elder Voice, a charity for older people."], "Elder Voice"),
        (["Petra Holm, an analyst at Kestrel Securities, said the deal was risky."], "Kestrel Securities"),
        (["\"It is a bubble,\" said Tom Ardley, an economist at Nordic Re."], "Nordic Re"),
        (["A survey carried out by Harbor Research found wide support."], "Harbor Research"),
        (["Marfrio insisted the figures were wrong.", "Marfrio said it would appeal."], "Marfrio"),
        (["Elder Voice says the cuts hurt.", "Elder Voice said it would campaign."], "Elder Voice"),
    ] as [([String], String)])
    func aCompanyByItsUse(_ paragraphs: [String], _ expected: String) {
        #expect(names(.organization, paragraphs).contains(expected))
        #expect(!names(.person, paragraphs).contains(expected))
    }

    @Test(arguments: [
        ["Dara Quell told the Gazette that the plan was flawed."],
        ["Quell told the Gazette that the plan was flawed.", "He said he would resign."],
        ["Mr Quell told the Gazette that it was flawed."],
    ])
    func aPersonStaysAPerson(_ paragraphs: [String]) {
        #expect(names(.person, paragraphs).contains { $0.hasSuffix("Quell") })
        #expect(!names(.organization, paragraphs).contains { $0.hasSuffix("Quell") })
    }
}

/// Company cues after the name or before it with "of". Fictional companies.
@Suite struct CompanyCueTests {
    func names(_ kind: EntityKind, _ paragraphs: [String]) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
            .entities.filter { $0.kind == kind }.map(\.name)
    }

    @Test(arguments: [
        (["The firm, whose Agrovia subsidiary runs farms, denied it.", "Agrovia told reporters it was sure."], "Agrovia"),
        (["Norvik bosses have said they are confident.", "Norvik told the Gazette that talks went on."], "Norvik"),
        (["Jobs at Norvik's Midlands plant may go.", "Norvik said talks went on."], "Norvik"),
        (["The four owners of Norvik were criticised.", "Norvik declined to comment."], "Norvik"),
        (["Some 500 jobs at Norvik's main yard may go.", "Norvik told the Gazette it was speculation."], "Norvik"),
    ] as [([String], String)])
    func aCompanyByACue(_ paragraphs: [String], _ expected: String) {
        #expect(names(.organization, paragraphs).contains(expected))
        #expect(!names(.person, paragraphs).contains(expected))
    }
}
