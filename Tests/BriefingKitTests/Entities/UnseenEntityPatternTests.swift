import Testing
@testable import BriefingKit

/// Names, titles and outlets as unseen articles wrote them (blind rounds 4 and 5 and the sample
/// briefings), each pattern in sentences written for these tests.
@Suite struct UnseenEntityPatternTests {
    func table(_ paragraphs: [String]) -> EntityTable {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    }

    func entity(_ name: String, in table: EntityTable) -> Entity? {
        table.entities.first { $0.name == name }
    }

    @Test func aPlaceNameAfterACourtesyTitleIsASurname() throws {
        let table = table(["John Denver, 54, was due to stand.", "Mr Denver said he was sorry."])
        let denver = try #require(entity("John Denver", in: table))
        #expect(table.mentions(of: denver.id).count == 3)
        #expect(!table.entities.contains { $0.kind == .place })
    }

    @Test func aSetOffTitleReachesPastAPlaceBasedAdjective() throws {
        let table = table(["The lawyer, Oslo-based Nadim Al-Farsi, told the Gazette the deal was fair."])
        let farsi = try #require(entity("Nadim Al-Farsi", in: table))
        #expect(farsi.roles.map(\.title) == ["lawyer"])
    }

    @Test func aTitleBeforeACompanyIsStillAnApposition() throws {
        let table = table(["\"Demand will grow,\" said Dinesh Kaspar, senior vice president Nordair."])
        let kaspar = try #require(entity("Dinesh Kaspar", in: table))
        #expect(kaspar.roles.first?.title.contains("vice president") == true)
    }

    @Test func aTitleBeforeAnotherNameIsNotAnApposition() throws {
        let table = table(["In the trial of Mr Pask, ex-finance chief Lena Ortiz implicated her colleague.", "Edwin Pask denied it."])
        let pask = try #require(entity("Edwin Pask", in: table))
        #expect(pask.roles.isEmpty)
    }

    @Test(arguments: [
        ("The mayor singled out Gazette reporter Kira Moss.", "Kira Moss", "Gazette reporter"),
        ("Tom Reed stood alongside party nominee Ed Marsh.", "Ed Marsh", "party nominee"),
    ])
    func aTitleTakesNoParticleOrPreposition(sentence: String, name: String, role: String) throws {
        let person = try #require(entity(name, in: table([sentence])))
        #expect(person.roles.first?.title == role)
    }

    @Test func aTitleOpeningTheStoryIsThePersonTheNextSentenceNames() throws {
        let table = table(["The former finance director at Norlink has admitted lying.", "Speaking in court, Edwin Pask said he was sorry."])
        let pask = try #require(entity("Edwin Pask", in: table))
        #expect(pask.roles.first?.title.contains("finance director") == true)
    }

    @Test func aTitleOpeningTheStoryIsNoOneWhenTheNextSentenceNamesTwo() throws {
        let table = table(["The former finance director at Norlink has admitted lying.", "John Pask and Ann Lee said he was sorry."])
        #expect(table.entities.filter { $0.kind == .person }.allSatisfy { $0.roles.isEmpty })
    }

    @Test(arguments: ["The choir sang in St. Mark's Basilica on Sunday.", "Crowds filled St Paul's Cathedral."])
    func aSaintsNameIsNoPerson(sentence: String) {
        #expect(!table([sentence]).entities.contains { $0.kind == .person })
    }

    @Test func aNameOnlyEverToldSomethingIsAnOutlet() throws {
        let table = table(["Mayor Ellen Price told Harbourwire the port was losing money."])
        let outlet = try #require(table.entities.first { $0.name == "Harbourwire" })
        #expect(outlet.kind == .media)
    }

    @Test func anOutletNamedOnceIsNoPersonWhenItReportsAgain() throws {
        let table = table(["Ten people died, the state news agency Telmar reported.", "The crash happened at takeoff, Telmar reported."])
        #expect(table.entities.filter { $0.name == "Telmar" }.map(\.kind) == [.media])
    }

    @Test func aSurnameToldSomethingIsStillThePerson() throws {
        let table = table(["Mayor Ellen Price spoke on Monday.", "Lee Okafor told Price the port was losing money."])
        #expect(table.entities.filter { $0.kind == .person }.map(\.name).sorted() == ["Ellen Price", "Lee Okafor"])
    }

    @Test func aCountrysTitleIsThePersonNamedNextWithIt() throws {
        let table = table(["Chile's president told CNN the port would reopen.", "President Paula Ruiz told the paper she was sure."])
        let ruiz = try #require(entity("Paula Ruiz", in: table))
        #expect(ruiz.roles.map(\.description) == ["Chile's president"])
        #expect(table.mentions(of: ruiz.id).map(\.form).contains(.nominal))
    }

    @Test func aTitleAfterAndStartsAnotherPerson() throws {
        let table = table(["Union leader Mara Keeling spoke.", "The judge held talks with Keeling and Harbour Master Tomas Brenn on Wednesday."])
        #expect(table.entities.filter { $0.kind == .person }.map(\.name) == ["Mara Keeling", "Tomas Brenn"])
        #expect(!table.entities.contains { $0.kind == .organization })
    }

    @Test func aSurnameFirstNameAfterAGivenNameIsFoundByItsSurname() throws {
        let table = table(["President Tony Tan Keng Yam praised him.", "President Tan said the nation mourned."])
        let tan = try #require(entity("Tony Tan Keng Yam", in: table))
        #expect(table.mentions(of: tan.id).filter { $0.form == .name }.count == 2)
        #expect(table.entities.filter { $0.kind == .person }.count == 1)
    }

    @Test(arguments: [
        ("Piet Sand told the Norwegian newspaper Aftenposten that he was innocent.", "Aftenposten"),
        ("Piet Sand told the Kuwaiti newspaper al Qabas that he was innocent.", "Qabas"),
    ])
    func aNameAfterAnOutletWordIsTheOutlet(sentence: String, outlet: String) throws {
        let found = try #require(table([sentence]).entities.first { $0.name.hasSuffix(outlet) })
        #expect(found.kind == .media)
    }

    @Test func anOpeningSheContinuesTheTitledSubjectBefore() throws {
        let table = table(["Mara Keeling met Tom Brenn on Monday.", "Transport Minister Ilse Varga urged both sides to talk.", "She said the state would not step in."])
        let varga = try #require(entity("Ilse Varga", in: table))
        #expect(table.mentions(of: varga.id).map(\.form) == [.name, .pronoun])
    }

    @Test func aWhoAfterACountryIsAboutThePersonBeforeIt() {
        let table = table(["Ada Sorin called Prime Minister Bayo Adeyemi of neighbouring Tarsa, who offered help."])
        #expect(table.entities.filter { $0.kind == .person }.map(\.name).sorted() == ["Ada Sorin", "Bayo Adeyemi"])
    }

    @Test func someoneMetIsAPerson() throws {
        #expect(entity("Kim Jong Un", in: table(["The president met Kim Jong Un in Beijing."]))?.kind == .person)
    }

    @Test func aListedPlaceOpeningWithAGivenNameIsNoPerson() throws {
        let table = table(["The airline is based in Abu Dhabi."])
        #expect(!table.entities.contains { $0.kind == .person })
    }

    @Test(arguments: [("The IG Kessel union condemned the plan.", "IG Kessel union"), ("The Unite union called a strike.", "Unite union")])
    func aNameBeforeALowerCaseUnionIsAnOrganization(sentence: String, name: String) throws {
        let found = try #require(table([sentence]).entities.first { $0.name == name })
        #expect(found.kind == .organization)
    }

    @Test func theCountryOfAMinistryIsAPlace() {
        let table = table(["Twelve workers were freed on Saturday, the foreign ministry of Ostrand said."])
        #expect(!table.entities.contains { $0.kind == .person })
    }
}
