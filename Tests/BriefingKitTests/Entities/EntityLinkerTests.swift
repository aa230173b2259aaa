import Testing
@testable import BriefingKit

/// Example sentences written for these tests (fictional events, real office names).
@Suite struct EntityLinkerTests {
    static let story = [
        "Chilean President Marta Quispe said on Tuesday that Santiago would host the talks.",
        "Quispe told reporters the meeting with Norwegian Prime Minister Lars Eikeland went well.",
        "Eikeland’s office said he had accepted the invitation, the NTB news agency reported.",
        "She added that the Andean Development Council (ADC) would send observers.",
    ]

    func table(_ paragraphs: [String]) -> EntityTable {
        EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    }

    func entity(_ name: String, in table: EntityTable) -> Entity? {
        table.entities.first { $0.name == name }
    }

    @Test func anOutletNamedOnceByItsKindIsTheSameOutletAlone() {
        let table = table([
            "Three sailors drowned off the coast, the state news agency Pravna reported on Monday.",
            "The boat sank soon after leaving port, Pravna reported.",
        ])
        #expect(table.entities.filter { $0.kind == .person }.isEmpty)
    }

    @Test func britishPapersAreNewsMedia() {
        let table = table(["Mayor Ellen Price told The Observer the port was losing money.", "She also spoke to the Scotsman."])
        #expect(table.entities.filter { $0.kind == .media }.map(\.name) == ["The Observer", "The Scotsman"])
    }

    @Test func peopleGetTheirFullNameAndRole() throws {
        let table = table(Self.story)
        let people = table.entities.filter { $0.kind == .person }.map(\.name)
        #expect(people == ["Marta Quispe", "Lars Eikeland"])
        let quispe = try #require(entity("Marta Quispe", in: table))
        #expect(quispe.roles == [Role(title: "Chilean President", affiliation: "Chile", canonical: "President")])
        #expect(quispe.gender == .female)
        let eikeland = try #require(entity("Lars Eikeland", in: table))
        #expect(eikeland.roles == [Role(title: "Norwegian Prime Minister", affiliation: "Norway", canonical: "Prime Minister")])
    }

    @Test func surnamesPossessivesAndPronounsLinkToOnePerson() throws {
        let table = table(Self.story)
        let quispe = try #require(entity("Marta Quispe", in: table))
        let eikeland = try #require(entity("Lars Eikeland", in: table))
        #expect(table.mentions(of: quispe.id).map(\.sentence) == [1, 2, 4])
        #expect(table.mentions(of: quispe.id).last?.form == .pronoun)
        let inThird = table.mentions(inSentence: 3).filter { $0.entity == eikeland.id }
        #expect(inThird.map(\.text) == ["Eikeland", "he"])
        // The pronoun's range is where "he" is in the sentence.
        let he = try #require(inThird.last)
        let sentence = Array(Self.story[2].unicodeScalars)
        #expect(String(String.UnicodeScalarView(sentence[he.range])) == "he")
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

    @Test func capitalAsSpeakerIsAPlaceNeverAPerson() throws {
        let table = table(["The talks collapsed, Ottawa said on Friday."])
        let ottawa = try #require(entity("Ottawa", in: table))
        #expect(ottawa.kind == .place)
        #expect(ottawa.roles == [Role(title: "capital", affiliation: "Canada")])
        #expect(table.mentions(of: ottawa.id).first?.form == .metonym)
        #expect(!table.entities.contains { $0.kind == .person })
    }

    @Test func bracketedAcronymBecomesAnAliasAndLedTiesTheCountry() throws {
        let table = table([
            "Peru joined the Lima-led Andean Water Council (AWC) in May.",
            "The AWC met again in June.",
        ])
        let council = try #require(entity("Andean Water Council", in: table))
        #expect(council.kind == .organization)
        #expect(council.aliases.contains("AWC"))
        #expect(council.roles == [Role(title: "led by", affiliation: "Peru")])
        #expect(table.mentions(of: council.id).map(\.sentence) == [1, 1, 2])
    }

    @Test func demonymsAndAcronymsNameCountries() {
        let table = table(["The U.S. envoy met Kenyan officials and British diplomats in Nairobi."])
        let countries = table.entities.filter { $0.kind == .country }.map(\.name)
        #expect(countries == ["United States", "Kenya", "United Kingdom"])
    }

    @Test func sentenceInitialWordsAndTitlesAloneAreNotPeople() {
        let table = table([
            "Officials said the vote would go ahead.",
            "Witnesses told local officials that Friday was calm.",
            "The president spoke briefly.",
        ])
        #expect(!table.entities.contains { $0.kind == .person })
    }

    @Test func theTitleStandsForTheOnePersonHoldingIt() throws {
        let table = table([
            "Mexican President Rosa Ibarra arrived in Madrid.",
            "The president later met business leaders.",
        ])
        let ibarra = try #require(entity("Rosa Ibarra", in: table))
        #expect(table.mentions(of: ibarra.id).map(\.form) == [.name, .nominal])
    }

    @Test func aBroaderTitleStandsForTheLastPersonHoldingANarrowerOne() throws {
        let table = table([
            "Ferry fares could double, Ohio Rep. Mike Dorsey said Wednesday.",
            "\"This inquiry will go on,\" the lawmaker told Fox News.",
        ])
        let dorsey = try #require(entity("Mike Dorsey", in: table))
        #expect(table.mentions(of: dorsey.id).map(\.form) == [.name, .nominal])
    }

    @Test func aPartyLawmakerIsTheLegislatorJustNamedNotOneNamedLater() throws {
        let table = table([
            "Ferry fares could double, Ohio Rep. Mike Dorsey said Wednesday.",
            "\"This inquiry will go on,\" the Republican lawmaker told Fox News.",
            "He backed Sen. Ron Vail (R-Wis.), who spoke on Tuesday.",
        ])
        let dorsey = try #require(entity("Mike Dorsey", in: table))
        #expect(table.mentions(of: dorsey.id).map(\.form) == [.name, .nominal, .pronoun])
    }

    @Test func aBroaderTitleIsNoOneWhenNoOneHoldsANarrowerOne() {
        let table = table(["Ferry fares could double, Mike Dorsey said.", "The lawmaker left early."])
        #expect(table.mentions.filter { $0.form == .nominal }.isEmpty)
    }

    @Test func pronounInsideAQuotationStaysUnresolved() throws {
        let table = table(["“He will not win,” Senator Dana Whitfield said of her rival."])
        let whitfield = try #require(entity("Dana Whitfield", in: table))
        let pronouns = table.mentions.filter { $0.form == .pronoun }
        #expect(pronouns.map(\.text) == ["her"])
        #expect(pronouns.first?.entity == whitfield.id)
    }

    @Test func theLeaderStandsForTheHeadOfThatCountry() throws {
        let table = table([
            "Kenyan President Grace Wanjiru met Ugandan Prime Minister Peter Okello in Kampala.",
            "The Kenyan leader later flew home.",
        ])
        let wanjiru = try #require(entity("Grace Wanjiru", in: table))
        #expect(table.mentions(of: wanjiru.id).map(\.form) == [.name, .nominal])
        #expect(table.mentions(inSentence: 2).first?.text == "The Kenyan leader")
    }

    @Test(arguments: [
        // Any legislator may be called a lawmaker.
        ("Rep. Mark Dalton (R-Ohio) spoke on Monday.", "The Republican lawmaker later flew home.", "Mark Dalton"),
        ("Senator Ann Ruiz spoke on Monday.", "The lawmaker later flew home.", "Ann Ruiz"),
        // `the secretary` for a secretary of something.
        ("Former Secretary of State Tom Wells spoke in Boston.", "The former secretary later flew home.", "Tom Wells"),
    ])
    func aGeneralTitleStandsForItsHolder(first: String, second: String, holder: String) throws {
        let table = table([first, second])
        let person = try #require(entity(holder, in: table))
        #expect(table.mentions(of: person.id).map(\.form) == [.name, .nominal])
    }

    @Test func theTitleIsNotTheDeputys() throws {
        let table = table(["Prime Minister Tony Vale met union leaders.", "Deputy Prime Minister Rob Lyle visited the plant.", "The prime minister later flew home."])
        let vale = try #require(entity("Tony Vale", in: table))
        let lyle = try #require(entity("Rob Lyle", in: table))
        #expect(table.mentions(of: vale.id).map(\.form) == [.name, .nominal])
        #expect(table.mentions(of: lyle.id).map(\.form) == [.name])
    }

    @Test func aTitleOfAnotherPartyStandsForNoOne() throws {
        let table = table(["Senator Ann Ruiz, a Democrat, spoke on Monday.", "The Republican lawmaker later flew home."])
        let ruiz = try #require(entity("Ann Ruiz", in: table))
        #expect(table.mentions(of: ruiz.id).map(\.form) == [.name])
    }

    @Test func pronounGoesToTheSpeakerOfTheQuoteBefore() throws {
        let table = table([
            "“We will not sign,” Foreign Minister Olga Petrenko told reporters after meeting Ivan Sokol.",
            "She said talks would go on.",
        ])
        let petrenko = try #require(entity("Olga Petrenko", in: table))
        #expect(table.mentions(inSentence: 2).map(\.entity) == [petrenko.id])
    }

    @Test func genderMismatchLeavesAPronounUnresolvedRatherThanWrong() {
        let table = table(["Senator Paul Rainer arrived.", "She did not comment."])
        #expect(table.mentions(inSentence: 2).isEmpty)
    }

    @Test func aSurnameWithAnotherTitleIsNotTheRelativeNamedLater() throws {
        let table = table([
            "Doctors examined Governor Hale on Monday.",
            "He thanked his wife, first lady Mira Hale, and the staff, an aide said.",
            "Hale went home on Tuesday.",
        ])
        let governor = try #require(entity("Hale", in: table))
        let wife = try #require(entity("Mira Hale", in: table))
        #expect(governor.roles.map(\.title) == ["Governor"])
        #expect(table.mentions(of: governor.id).map(\.sentence) == [1, 2, 2, 3])
        #expect(table.mentions(of: wife.id).map(\.sentence) == [2])
    }

    @Test func georgiaIsTheStateWhenTheStoryIsInAmerica() {
        let american = table(["The storm moved from Alabama into Georgia on Sunday."])
        #expect(american.entities.map(\.kind) == [.place, .place])
        let caucasus = table(["Armenia and Georgia signed a transit deal in Tbilisi."])
        #expect(caucasus.entities.filter { $0.kind == .country }.map(\.name) == ["Armenia", "Georgia"])
    }

    @Test func anAcronymOpeningAClauseWithAPastVerbActs() {
        let table = table(["Back then, ZTX pioneered the pocket radio market."])
        #expect(table.entities.filter { $0.kind == .organization }.map(\.name) == ["ZTX"])
    }

    @Test func anAcronymThatActsIsAnOrganizationOneThatDoesNotIsNothing() {
        let table = table(["The NTB said the MRI scan was clear."])
        #expect(table.entities.map(\.name) == ["NTB"])
        #expect(table.entities.first?.kind == .organization)
    }
}
