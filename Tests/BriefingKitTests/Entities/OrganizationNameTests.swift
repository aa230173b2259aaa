import Testing
@testable import BriefingKit

/// Organization names whose first word a lexicon or the common words would take alone.
/// Sentences written for these tests (fictional bodies).
@Suite struct OrganizationNameTests {
    let recognizer = MentionRecognizer(index: .current)

    func organizations(_ sentence: String) -> [String] {
        recognizer.recognize(sentence).filter { $0.kind == .organization || $0.kind == .media }.map(\.name)
    }

    @Test(arguments: [
        ("The Chilean Workers Authority met on Monday.", ["Chilean Workers Authority"]),
        ("The People's Reform Party objected.", ["People's Reform Party"]),
        ("The All Farmers Congress won the vote.", ["All Farmers Congress"]),
        ("The Federal Water Service said so.", ["Federal Water Service"]),
        ("Students at the Lund National University protested.", ["Lund National University"]),
        ("The Fire and Rescue Services Union called a strike.", ["Fire and Rescue Services Union"]),
        ("He spoke to Press TV on Friday.", ["Press TV"]),
        ("Support for the Green party grew.", ["Green party"]),
        ("Many Labour Party members stayed home.", ["Labour Party"]),
    ] as [(String, [String])])
    func keepsTheWholeName(_ sentence: String, _ expected: [String]) {
        #expect(organizations(sentence) == expected)
    }

    @Test func commonAcronymsAndBuildingsAreNoOrganizations() {
        #expect(organizations("He drove an SUV to the Oval Office in Raleigh, N.C., on Monday.").isEmpty)
    }

    @Test func theCountryBeforeAnOrganizationIsStillMentioned() {
        let names = recognizer.recognize("The Chilean Workers Authority met.")
        #expect(names.contains { $0.kind == .country && $0.name == "Chile" })
    }
}
