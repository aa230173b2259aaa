import Testing
@testable import BriefingKit

/// Roles set off by commas before a titled name, after a party-state tag, job nouns before a
/// name, `who has served as` clauses and `its new president`. Sentences written for these tests
/// (fictional people).
@Suite struct RoleAppositionTests {
    @Test(arguments: [
        ("The Home Secretary, Lady Ashworth, rejected the plan.", "Ashworth", "Home Secretary"),
        ("The Bishop of Harrowgate, the Rt Rev Paul Whitcombe, backed it.", "Paul Whitcombe", "Bishop"),
        ("Rep. Mary Okafor (D-Ohio), head of the Ports Caucus, objected.", "Mary Okafor", "head of the Ports Caucus"),
        ("Megan Tolliver, senior associate at the Brandt Institute, disagreed.", "Megan Tolliver", "senior associate"),
        ("Ada Brun, senior fellow for maritime policy at the Brandt Institute, disagreed.", "Ada Brun", "senior fellow"),
        ("The court heard from former Russian security agent Alexei Volkov.", "Alexei Volkov", "security agent"),
        ("Charity boss Gordon Pellew said the plan was cruel.", "Gordon Pellew", "boss"),
        ("Union boss Dana Kerrow called a strike.", "Dana Kerrow", "boss"),
        ("Victor Sand, a lawyer who has served as Norway's envoy to Chile since 2010, praised it.", "Victor Sand", "Norway's envoy"),
        ("Ivan Belov, a diplomat who has been serving as Russia's ambassador to Peru, left.", "Ivan Belov", "Russia's ambassador"),
        ("Chile under its new president, Paula Ruiz, signed the deal.", "Paula Ruiz", "Chile"),
    ] as [(String, String, String)])
    func findsTheRole(_ sentence: String, _ name: String, _ expected: String) {
        let found = linkedRoles([sentence], of: name)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
    }

    @Test func aCompoundTitleOpeningTheSentenceStaysWhole() {
        #expect(linkedRoles(["Deputy leader Tom Varga was also there."], of: "Tom Varga") == ["Deputy leader"])
    }

    @Test func aLoneInitialIsNoPerson() {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: ["\"Mr P. was there,\" she said."]))
        #expect(table.entities.filter { $0.kind == .person }.isEmpty)
    }

    @Test func aPhraseBeforeASpeechVerbIsTheNextClausesSubject() {
        let paragraphs = ["Governor Ellen Price thanked her aide Sam Okoro.", "Turning to Okoro, the governor then said she would miss him."]
        #expect(linkedRoles(paragraphs, of: "Sam Okoro") == ["aide"])
    }

    @Test func formsOfAddressAreNoRoles() {
        #expect(linkedRoles(["The Very Rev Paul Whitcombe backed it."], of: "Paul Whitcombe").isEmpty)
        #expect(linkedRoles(["The Rt Rev Ann Lowe spoke."], of: "Ann Lowe").isEmpty)
    }
}

/// An unnamed subject opening the story ("A Labour peer has ...") is the titled person named next.
@Suite struct LedeSubjectTests {
    @Test func theLedesSubjectIsTheTitledPersonNamedNext() {
        let paragraphs = ["A Liberal peer has tabled an amendment to the harbour bill.", "Lord Hexley said the bill was wrong."]
        #expect(linkedRoles(paragraphs, of: "Hexley") == ["Liberal peer"])
        #expect(linkedRoles(["A Liberal peer tabled an amendment.", "Lord Hexley said it was wrong."], of: "Hexley") == ["Liberal peer"])
    }

    @Test func aLeadersTitleOpeningTheStoryIsTheUntitledPersonNamedNext() {
        let paragraphs = [
            "The prime minister's joke about skipping school angered teachers on Monday.",
            "Ann Reid, head of Parents First, called Tom Hale's words careless.",
            "Mr Hale was speaking to pupils on Monday.",
        ]
        #expect(linkedRoles(paragraphs, of: "Tom Hale").contains { $0.contains("prime minister") })
        #expect(!linkedRoles(paragraphs, of: "Ann Reid").contains { $0.contains("prime minister") })
    }

    @Test func aLeadersTitleNoOneHoldsIsThePersonNamedJustBefore() {
        let paragraphs = ["The Greens lost power after rivals demanded Sir Alan Brisk quit.", "Papers reveal the talks held by the then prime minister after the vote."]
        #expect(linkedRoles(paragraphs, of: "Alan Brisk") == ["then prime minister"])
        let two = ["The Greens lost power after Sir Alan Brisk and Mr Tom Varga fell out.", "Papers reveal the talks held by the then prime minister."]
        #expect(linkedRoles(two, of: "Alan Brisk").isEmpty)
    }

    @Test func aTitleOpeningTheNextSentenceIsTheOnePersonNamedBefore() {
        let paragraphs = ["The talks went on in Velt on Monday.", "Anna Lind has approached the club.", "The tycoon hopes the bid will pass."]
        #expect(linkedRoles(paragraphs, of: "Anna Lind") == ["tycoon"])
        // Two people named before, or the title inside the sentence: no one to give it to.
        #expect(linkedRoles(["Anna Lind has approached Tom Varga.", "The tycoon hopes the bid will pass."], of: "Anna Lind").isEmpty)
        #expect(linkedRoles(["Anna Lind has approached the club.", "Talks with the tycoon went well."], of: "Anna Lind").isEmpty)
    }

    @Test func aTitleSpeakingAfterAQuotationIsThePersonSpokenOfBefore() {
        let paragraphs = [
            "Ben Okoro defended his record in Velt on Monday.", "He said critics were “very threatened” by him.",
            "“There is no question I am getting scrutiny,” the Republican presidential candidate told reporters.",
        ]
        #expect(linkedRoles(paragraphs, of: "Ben Okoro") == ["Republican presidential candidate"])
        #expect(linkedRoles(["Ben Okoro defended his record.", "“There is no question,” the candidate told reporters."], of: "Ben Okoro") == ["candidate"])
        // A spokesman speaks for someone; two people spoken of before: no one to give it to.
        #expect(linkedRoles(["Ben Okoro defended his record.", "“There is no question,” the spokesman told reporters."], of: "Ben Okoro").isEmpty)
        let two = ["Ben Okoro met Tom Varga in Velt.", "“There is no question,” the candidate told reporters."]
        #expect(linkedRoles(two, of: "Ben Okoro").isEmpty)
    }

    @Test func aLedeSubjectHeldSomewhereIsTheSuspectNamedNext() {
        let paragraphs = [
            "A Norwegian terror suspect held in a Swedish jail for two years plans to sue the state.",
            "Peter Lund claimed in a newspaper that he had been beaten.", "Mr Lund, 32, said he was innocent.",
        ]
        #expect(linkedRoles(paragraphs, of: "Peter Lund").contains { $0.contains("terror suspect") })
    }

    @Test func aPersonWithARoleOrNoTitleIsNotTaken() {
        #expect(linkedRoles(["A Liberal peer has tabled an amendment.", "Tom Varga said the bill was wrong."], of: "Tom Varga").isEmpty)
        #expect(linkedRoles(["A spokesman said the port was closed.", "Lord Hexley said it was wrong."], of: "Hexley").isEmpty)
    }
}

/// Title forms the lexicon lists only in their base form: `co-` titles, relatives, compound
/// capitalized titles, relative clauses whose verb is the job (`who chairs ...`) and nouns for
/// what someone is at an event. Sentences written for these tests (fictional people).
@Suite struct TitleFormTests {
    @Test(arguments: [
        ("The co-chairman of the Farm Party, John Vance, spoke too.", "John Vance", "co-chairman of the Farm Party"),
        ("The deputy chairman of the Dock Union, Owen Pritchard, spoke.", "Owen Pritchard", "deputy chairman of the Dock Union"),
        ("John Lusk, the Berlin-based co-chairman, opened the fair.", "John Lusk", "co-chairman"),
        ("Co-pilot John Ridley flew the plane home.", "John Ridley", "Co-pilot"),
        ("John Grant's girlfriend, Mary Olsen, said he was happy.", "Mary Olsen", "girlfriend"),
        ("Officials met her uncle, Peter Kemp, later.", "Peter Kemp", "uncle"),
        ("Deputy Attorney General Mary Hale declined to comment.", "Mary Hale", "Deputy Attorney General"),
        ("Mary Greaves, who led the Port Authority under two governors, said one challenge remained.", "Mary Greaves", "led the Port Authority"),
        ("Karen Holloway - who chairs the transport committee - said the plan was flawed.", "Karen Holloway", "chairs the transport committee"),
        ("Mary Ostrov, who is co-leading the Harbour Trust's team, arrived late.", "Mary Ostrov", "co-leading the Harbour Trust's team"),
        ("Undecided voter and town hall attendee John Bolt asked a question.", "John Bolt", "voter"),
        ("Former Irish rugby star Peter Lavaud wept.", "Peter Lavaud", "rugby star"),
        ("The mayor had an affair with intern Olive Darrow in 1995.", "Olive Darrow", "intern"),
        ("An uncle of suspect Jonah Rell, Hilda Marsh Rell, spoke to reporters.", "Hilda Marsh Rell", "uncle of Jonah Rell"),
        ("The board backed fellow board member Ruth Kale on Monday.", "Ruth Kale", "board member"),
        ("David Olin of Kestrel University's Centre for Port Studies said the plan was weak.", "David Olin", "Kestrel University"),
        ("Anna Berg of the Harbour Trust said the plan was weak.", "Anna Berg", "Harbour Trust"),
        ("\"It is the wrong move,\" said Omar Reid of the Velt Chambers of Commerce.", "Omar Reid", "of Velt Chambers of Commerce"),
    ] as [(String, String, String)])
    func findsTheRole(_ sentence: String, _ name: String, _ expected: String) {
        let found = linkedRoles([sentence], of: name)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
    }

    @Test func aPluralTitleIsEveryListedNamesRole() {
        let panel = ["The panel thanked moderators Mary Ross and Peter Dahl."]
        #expect(linkedRoles(panel, of: "Mary Ross") == ["moderator"])
        #expect(linkedRoles(panel, of: "Peter Dahl") == ["moderator"])
        let senators = ["Sens. John Ward, Mary Stone, Peter Lang and Anne Cole said the bill was unfair."]
        #expect(linkedRoles(senators, of: "Peter Lang") == ["Senator"])
        #expect(linkedRoles(senators, of: "Anne Cole") == ["Senator"])
        // A singular title stays with its own name.
        #expect(linkedRoles(["Senator John Ward and Mary Stone spoke."], of: "Mary Stone").isEmpty)
    }

    @Test func aSurnameSetOffByARoleKeepsIt() {
        let paragraphs = ["Peter Lang spoke first.", "Lang, the ranking member of the Finance Committee, left early."]
        #expect(linkedRoles(paragraphs, of: "Peter Lang").contains { $0.contains("ranking member") })
    }

    @Test func anOutletAfterOfIsNamedOnce() {
        #expect(linkedRoles(["Anna Berg of Daily Beast said the plan was weak."], of: "Anna Berg") == ["of The Daily Beast"])
    }

    @Test func aNameFromAPlaceGetsNoRole() {
        #expect(linkedRoles(["Stacy Baker of Tulsa, a nurse, spoke."], of: "Stacy Baker").allSatisfy { !$0.contains("Tulsa") })
    }

    @Test func aFullTitleBeforeTheNameStaysTheFirstOnesWhenItIsNoModifier() {
        #expect(linkedRoles(["Supreme Leader Ayatollah Ali Rezaei spoke."], of: "Ali Rezaei").first?.contains("Supreme Leader") == true)
    }
}
