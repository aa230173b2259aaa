import Testing
@testable import BriefingKit

/// Full person names without a title or speech verb, Arabic particles, three-part names,
/// long titles before names, and what is no person. Sentences written for these tests.
@Suite struct PersonNameTests {
    func table(_ paragraphs: [String]) -> EntityTable {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    }

    func people(_ paragraphs: [String]) -> [String] {
        table(paragraphs).entities.filter { $0.kind == .person }.map(\.name)
    }

    @Test(arguments: [
        ("Foreign Minister Nadim al-Rashid spoke, and al-Rashid later left.", ["Nadim al-Rashid"]),
        ("He laid a wreath at the tomb of Omar Fadel.", ["Omar Fadel"]),
        ("The officer was charged with killing Dale Brinker in May.", ["Dale Brinker"]),
        ("Incumbent Ade Bako Wumi conceded on Tuesday.", ["Ade Bako Wumi"]),
        ("Lagos (CNN)Incumbent Ade Bako Wumi conceded on Tuesday.", ["Ade Bako Wumi"]),
        // A given name that is also a city, after a job noun.
        ("Among the crew was the veteran sailor Florence Maddox, who won a race in 1990.", ["Florence Maddox"]),
        // A title word inside a name.
        ("Norland President Hassan Sheikh Mahad opened the port.", ["Hassan Sheikh Mahad"]),
        // An unknown given name, then the organization the person is from.
        ("Fiona Dray of Oxford University said the plan was weak.", ["Fiona Dray"]),
        // A country or a team before a title is no given name.
        ("Shares in owner Chile Telefonix rose.", []),
        ("The billionaire Dallas Hornets owner Mark Cubitt spoke.", ["Mark Cubitt"]),
        // A town whose first word is a given name, set off by its state.
        ("The charity is based in Sherman Falls, California, and helps children.", []),
        ("UN High Commissioner for Human Rights Ali Ra'ed Al Noor said human rights were at risk.", ["Ali Ra'ed Al Noor"]),
    ] as [(String, [String])])
    func findsTheWholeName(_ sentence: String, _ expected: [String]) {
        #expect(people([sentence]) == expected)
    }

    @Test func aSurnameWithoutItsArticleIsTheSamePerson() {
        #expect(people(["\"We are ready,\" said Samir al-Badri, an envoy.", "Badri told reporters the talks would go on."]) == ["Samir al-Badri"])
    }

    @Test func threePartNamesSharingTwoWordsStayApart() {
        let names = people(["Park Sung Ho is expected to visit Seoul.", "Park Sung Ho's grandfather, Park Sung Min, went there in 1950."])
        #expect(names == ["Park Sung Ho", "Park Sung Min"])
    }

    @Test func aPossessorBeforeAKinTitleIsPartOfTheRole() {
        let table = table(["Park Sung Ho's father, Park Sung Min, went there in 1990."])
        let father = table.entities.first { $0.name == "Park Sung Min" }
        #expect(father?.roles.map(\.title) == ["Park Sung Ho's father"])
    }

    @Test(arguments: [
        "Residents in the northern state of Kandor said at least 11 people were killed.",
        "On Tuesday, the senator criticized Belton, Okla., for the delay.",
        "She spoke on The Ann Vale Show on Monday.",
        "Fatah and Houthi leaders listened, Itar-Tass reported.",
    ])
    func namesNoPerson(_ sentence: String) {
        #expect(people([sentence]).isEmpty)
    }
}
