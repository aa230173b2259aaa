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
        // (Dorsey's own role keeps the title from being his by position alone.)
        let table = table(["Ferry fares could double, port chief Mike Dorsey said.", "The lawmaker left early."])
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
