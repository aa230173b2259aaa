import Testing
@testable import BriefingKit

/// Organizations and outlets as blind rounds 6 and 7 found them written, in sentences written for these tests.
@Suite struct BlindSixOrganizationTests {
    func organizations(_ sentence: String) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [sentence]))
            .entities.filter { $0.kind == .organization || $0.kind == .media }.map(\.name)
    }

    @Test func aQuotedNameAfterANamingWordIsAWorksTitle() {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [
            "His show -- literally called \"The Hour,\" or \"Al Saa\" -- ran for three seasons.",
        ]))
        #expect(!table.entities.contains { $0.kind == .person })
    }

    @Test(arguments: [
        ("The NAACP is suing election boards.", ["NAACP"]),
        ("Tom Hale, president of the NAACP, spoke.", ["NAACP"]),
        ("The NC NAACP is suing election boards.", ["NC NAACP"]),
        ("Growth in the GDP was slow.", []),  // a common acronym
        // A description set off after the name, headed by a body.
        ("Kora Tandu, the Mali-based militant group, has pledged allegiance.", ["Kora Tandu"]),
        ("Norfarm, a Texas oil company, said profits fell.", ["Norfarm"]),
        ("The firm said Japan's Kitagawa Pharmaceutical would end the deal.", ["Kitagawa Pharmaceutical"]),
        ("It is second only in size to Norway's NSK.", ["NSK"]),  // letters an owner has
        ("The Welsh Executive backed the plan.", ["Welsh Assembly Government"]),
        // Outlets (blind round 7): a BBC station, a magazine name's last word.
        ("Ada Lund told BBC Radio Wales the plan would fail.", ["BBC Radio Wales"]),
        ("Trade fell, Nordic Geographic reports.", ["Nordic Geographic"]),
    ])
    func bodiesAndOutletsAreFound(sentence: String, expected: [String]) {
        #expect(organizations(sentence) == expected)
    }
}
