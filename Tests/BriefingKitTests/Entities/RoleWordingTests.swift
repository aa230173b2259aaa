import Testing
@testable import BriefingKit

/// Roles in the article's own words: qualifiers before a title, appositions after a name,
/// `who served as` clauses and titles set off by commas before a name. Sentences written
/// for these tests (fictional people).
@Suite struct RoleWordingTests {
    func roles(_ sentence: String, of name: String) -> [String] {
        let article = TextSegmenter().segment(id: "t", title: "T", paragraphs: [sentence])
        let table = EntityLinker().link(article)
        return table.entities.first { $0.kind == .person && $0.name == name }?.roles.map(\.description) ?? []
    }

    @Test(arguments: [
        ("Liberal leader Tom Varga met the press.", "Tom Varga", ["Liberal leader"]),
        ("Senate Republican leader Ann Kessel voted no.", "Ann Kessel", ["Senate Republican leader"]),
        ("BBC labour affairs correspondent Steve Cole reported it.", "Steve Cole", ["BBC labour affairs correspondent"]),
        ("New Jersey Gov. Chris Kristy signed the bill.", "Chris Kristy", ["New Jersey Governor"]),
        ("Iran's Supreme Leader Ayatollah Ali Karimi spoke on Friday.", "Ali Karimi", ["Iran's Supreme Leader"]),
        ("Russian presidential aide Yuri Usov declined to comment.", "Yuri Usov", ["Russian presidential aide"]),
        ("Democratic presidential nominee Hilda Crane spoke too.", "Hilda Crane", ["Democratic presidential nominee"]),
        ("Norwegian contractor Alan Grosz was freed on Monday.", "Alan Grosz", ["Norwegian contractor"]),
        ("The rebels phoned former military leader Ade Bako on Tuesday.", "Ade Bako", ["former military leader"]),
        ("The move was backed by Arab League chief Omar Fadel on Friday.", "Omar Fadel", ["Arab League chief"]),
        ("The jury heard from Belton, Okla., police officer Dana Wills on Monday.", "Dana Wills", ["Belton, Okla., police officer"]),
    ] as [(String, String, [String])])
    func qualifiersBeforeTheTitleStay(_ sentence: String, _ name: String, _ expected: [String]) {
        #expect(roles(sentence, of: name) == expected)
    }

    @Test(arguments: [
        ("\"It went well,\" said Rina Dahl, an expert on Norway at the Nordic Policy Institute.", "Rina Dahl",
         ["expert on Norway at the Nordic Policy Institute"]),
        ("Dr. Petr Novak, an Asian studies professor at Lund, disagreed.", "Petr Novak", ["Asian studies professor at Lund"]),
        // No article, but a body named after the nouns.
        ("The rules are too weak, said Tom Hale, financial policy advocate for Public Watch.", "Tom Hale",
         ["financial policy advocate for Public Watch"]),
        // A possessive opens the phrase: nouns after the title belong to it.
        ("Ivo Brun, President Ada Lund’s former chief campaign strategist, said the race was close.", "Ivo Brun",
         ["President Ada Lund’s former chief campaign strategist"]),
        ("Rep. Ada Lind, the top Democrat on the House Budget Committee, spoke later.", "Ada Lind",
         ["Representative", "top Democrat on the House Budget Committee"]),
        ("Ole Brun, who served as Asia director for the National Security Council, said the plan was good.", "Ole Brun",
         ["Asia director for the National Security Council"]),
        ("The United Nations Secretary-General, Ban Ki-moon, welcomed it.", "Ban Ki-moon", ["United Nations Secretary-General"]),
        ("He held talks with his Israeli counterpart, Dov Levi, on Monday.", "Dov Levi", ["Israeli counterpart"]),
    ] as [(String, String, [String])])
    func appositionsGiveRoles(_ sentence: String, _ name: String, _ expected: [String]) {
        #expect(roles(sentence, of: name) == expected)
    }

    @Test func abbreviatedTitlesAreSpelledOutAndMatchNominals() {
        let article = TextSegmenter().segment(
            id: "t", title: "T", paragraphs: ["Ohio Gov. Ben Tarr vetoed the bill.", "The governor said it was too costly."])
        let table = EntityLinker().link(article)
        let tarr = table.entities.first { $0.name == "Ben Tarr" }
        #expect(tarr?.roles.first?.title == "Ohio Governor")
        #expect(tarr?.roles.first?.key == "governor")
        #expect(table.mentions.contains { $0.entity == tarr?.id && $0.form == .nominal })
    }

    @Test func descriptionsNameTheAffiliationOnce() {
        #expect(Role(title: "Armenian Prime Minister", affiliation: "Armenia").description == "Armenian Prime Minister")
        #expect(Role(title: "spokesman", affiliation: "Kremlin").description == "spokesman of Kremlin")
        #expect(Role(title: "President").description == "President")
        // A country's other name or adjective names it too.
        #expect(Role(title: "Britain's Prince", affiliation: "United Kingdom").description == "Britain's Prince")
        #expect(Role(title: "British envoy", affiliation: "United Kingdom").description == "British envoy")
        #expect(Role(title: "envoy", affiliation: "United Kingdom").description == "envoy of United Kingdom")
        // So does an organization's.
        #expect(Role(title: "Lib Dem home affairs spokesman", affiliation: "Liberal Democrats").description == "Lib Dem home affairs spokesman")
        #expect(Role(title: "ISIS leader", affiliation: "Islamic State").description == "ISIS leader")
        #expect(Role(title: "al Qaeda leader", affiliation: "Al-Qaeda").description == "al Qaeda leader")
    }
}
