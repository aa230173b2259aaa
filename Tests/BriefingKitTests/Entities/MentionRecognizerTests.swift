import Testing
@testable import BriefingKit

/// Recognition rules on single sentences written for these tests.
@Suite struct MentionRecognizerTests {
    let recognizer = MentionRecognizer(index: .current)

    func people(_ sentence: String, lowercase: Set<String> = [], innerCapitals: Set<String>? = nil) -> [String] {
        recognizer.recognize(sentence, lowercaseWords: lowercase, innerCapitals: innerCapitals).filter { $0.kind == .person && $0.form == .name }.map(\.name)
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
        ("Home Secretary Theresa May said the bill would pass.", ["Theresa May"]),
        ("Samuel K. Orton Jr. disagreed.", ["Samuel K. Orton Jr"]),
        ("Liam Fox said he would stand.", ["Liam Fox"]),
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
        "The Tories will win the General Election, she said.",
        "Subsequently, Attorney General Ana Ruiz spoke.",
        "Survivors of the Bergen-Belsen camp gathered.",
    ])
    func findsNoPerson(_ sentence: String) {
        // The article writes these words in lower case elsewhere, and capitalizes only "Ruiz"
        // inside a sentence.
        let found = people(sentence, lowercase: ["officials", "wins", "victory"], innerCapitals: ["ruiz"])
        #expect(found.filter { $0 != "Ana Ruiz" }.isEmpty)
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

    @Test(arguments: [
        ("Omar Haidari, a spokesman for the Pakistani Taliban, said the attack was theirs.", Role(title: "Spokesman", affiliation: "Taliban")),
        ("said Dr. Lina Sato, medical superintendent at Harbour General Hospital.", Role(title: "Superintendent", affiliation: "Harbour General Hospital")),
        ("Nina Vance, who served as U.S. ambassador to Chile, disagreed.", Role(title: "Ambassador", affiliation: "United States")),
        ("Senate Republican leader Tom Hale objected.", Role(title: "Senate Republican Leader", affiliation: "Republican Party")),
        ("Kenya’s President Ruth Odhiambo arrived.", Role(title: "President", affiliation: "Kenya")),
        ("Texas Gov. Bill Hardin signed it.", Role(title: "Governor", affiliation: "Texas")),
        ("NTU leader Mark Ellery warned of strikes.", Role(title: "Leader", affiliation: "NTU")),
        ("former Tory prime minister Sir Alan Gray spoke.", Role(title: "former Prime Minister", affiliation: "Conservative Party")),
    ] as [(String, Role)])
    func rolesFromAppositionsAndAffiliations(_ sentence: String, _ role: Role) {
        // The role keeps the article's words; it must name the title and whose title it is.
        let person = recognizer.recognize(sentence).first { $0.kind == .person && $0.form == .name }
        let found = person?.role
        #expect(found?.key.hasSuffix(role.title.lowercased().split(separator: " ").last.map(String.init) ?? "") == true)
        let said = (found?.description ?? "").lowercased() + " " + (found?.affiliation ?? "").lowercased()
        let whose = role.affiliation?.lowercased().split(separator: " ").first.map { String($0.prefix(4)) } ?? ""
        #expect(said.contains(whose), "\(said)")
    }
}
