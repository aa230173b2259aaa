import Testing
@testable import BriefingKit

/// Recognition rules on single sentences written for these tests.
@Suite struct MentionRecognizerTests {
    let recognizer = MentionRecognizer(index: .current)

    func people(_ sentence: String, lowercase: Set<String> = []) -> [String] {
        recognizer.recognize(sentence, lowercaseWords: lowercase).filter { $0.kind == .person && $0.form == .name }.map(\.name)
    }

    @Test(arguments: [
        ("Kremlin spokesman Oleg Varnov told reporters the plan was ready.", ["Oleg Varnov"]),
        ("Talks stalled, said Hanne Lystad, a spokeswoman for the ministry.", ["Hanne Lystad"]),
        ("The deal was brokered by Thomas Berg and Ilse Varga, officials said.", ["Thomas Berg", "Ilse Varga"]),
        ("Ruiz, who chairs the panel, disagreed.", ["Ruiz"]),
        ("Vice President Joseph R. Halden arrived late.", ["Joseph R. Halden"]),
        ("Sen. Ted Varga, R-Texas, objected.", ["Ted Varga"]),
        ("Both Hillary and Bernie were there.", ["Hillary", "Bernie"]),
        ("Mark Cuban praised the plan.", ["Mark Cuban"]),
        ("The Daily Planet’s Lois Brandt broke the story.", ["Lois Brandt"]),
        ("Quispe’s office said the trip was off.", ["Quispe"]),
    ] as [(String, [String])])
    func findsPeople(_ sentence: String, _ expected: [String]) {
        #expect(people(sentence) == expected)
    }

    @Test(arguments: [
        "The American Legion asked the campaign to stop.",
        "Interfax said the talks would resume.",
        "Yerevan said the offer stood.",
        "Top advisers said he had declined.",
        "Senator Wins Big Victory In Ohio Primary.",
        "Officials said the road was closed.",
        "The Rose Bowl was full on Friday.",
        "Soviet states fell apart in 1991.",
    ])
    func findsNoPerson(_ sentence: String) {
        // An article writes these words in lower case elsewhere.
        #expect(people(sentence, lowercase: ["officials", "wins", "victory"]).isEmpty)
    }

    @Test func rolesComeFromDemonymsOrganizationsAndOf() {
        let names = recognizer.recognize("US House of Representatives Speaker Ana Ortiz met the President of Chile, Pedro Soto.")
        let roles = names.filter { $0.kind == .person && $0.form == .name }.compactMap(\.role)
        #expect(roles.map(\.key) == ["speaker", "president"])
        #expect(roles.map(\.affiliation) == ["US House of Representatives", "Chile"])
    }

    @Test func headWordsNameOrganizationsOutletsAndPlaces() {
        let names = recognizer.recognize("The Harbor Workers Union told the Valley Tribune it would march to Liberty Square.")
        #expect(names.map(\.kind) == [.organization, .media, .place])
        #expect(names.map(\.name) == ["Harbor Workers Union", "Valley Tribune", "Liberty Square"])
    }

    @Test func pronounsCarryGenderAndScalarRange() {
        let names = recognizer.recognize("Zoë said she would call him.")
        let pronouns = names.filter { $0.form == .pronoun }
        #expect(pronouns.map(\.text) == ["she", "him"])
        #expect(pronouns.map(\.gender) == [.female, .male])
        #expect(pronouns.map(\.range) == [9..<12, 24..<27])
    }
}
