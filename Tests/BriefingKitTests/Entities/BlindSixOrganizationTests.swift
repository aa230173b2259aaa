import Testing
@testable import BriefingKit

/// Organizations as blind round 6 found them written, in sentences written for these tests.
@Suite struct BlindSixOrganizationTests {
    func organizations(_ sentence: String) -> [String] {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [sentence]))
            .entities.filter { $0.kind == .organization }.map(\.name)
    }

    @Test(arguments: [
        ("The NAACP is suing election boards.", ["NAACP"]),
        ("Tom Hale, president of the NAACP, spoke.", ["NAACP"]),
        ("The NC NAACP is suing election boards.", ["NC NAACP"]),
        ("Growth in the GDP was slow.", []),  // a common acronym
        ("The firm said Japan's Kitagawa Pharmaceutical would end the deal.", ["Kitagawa Pharmaceutical"]),
    ])
    func lettersAfterTheAndCompanyWordsNameOrganizations(sentence: String, expected: [String]) {
        #expect(organizations(sentence) == expected)
    }
}
