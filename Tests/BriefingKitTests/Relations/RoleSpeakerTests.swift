import Testing
@testable import BriefingKit

/// Speakers and parties named by their role: shown as written, linked to the one person the
/// article gives that role.
@Suite struct RoleSpeakerTests {

    @Test func roleSpeakerLinksToTheNamedPerson() {
        let model = analyzed(
            ["[Harbor Office:organization] spokesman [Ivan Sokol] spoke first.",
             "\u{201C}Nobody should worry about the bridge,\u{201D} the [Harbor Office:organization] spokesman said."],
            roles: ["Ivan Sokol": Role(title: "Spokesman")])
        let quote = model.quotes.first
        #expect(quote?.speakerText == "the Harbor Office spokesman")
        #expect(quote.flatMap { $0.speaker.map { model.entities.entities[$0].name } } == "Ivan Sokol")
    }

    @Test func aDescriptiveTitleWordMayDiffer() {
        let model = analyzed(
            ["Harbor spokesman [Ivan Sokol] spoke first.",
             "\u{201C}Nobody should worry,\u{201D} the [Harbor Office:organization] spokesman said."],
            roles: ["Ivan Sokol": Role(title: "harbor spokesman")])
        #expect(model.quotes.first.flatMap { $0.speaker.map { model.entities.entities[$0].name } } == "Ivan Sokol")
    }

    @Test func aDifferentCapitalizedTitleDoesNotLink() {
        let model = analyzed(
            ["[Lena Frost] later met with the [Norland:country] defense minister.",
             "Foreign Minister [Per Moe] had flown in that morning."],
            roles: ["Per Moe": Role(title: "Foreign Minister", affiliation: "Norland")])
        #expect(!pairs(model).contains("met: Lena Frost -> Per Moe"))
    }

    @Test func theEmployerBeforeANamedPersonOnlyQualifiesTheRole() {
        let model = analyzed(
            ["\u{201C}The budget protects schools,\u{201D} [Harbor Office:organization] press secretary [Ann Delgado] said."],
            roles: ["Ann Delgado": Role(title: "Harbor Office press secretary")])
        #expect(model.quotes.first.flatMap { $0.speaker.map { model.entities.entities[$0].name } } == "Ann Delgado")
    }

    @Test func roleSpeakerWithoutANamedPersonStaysAsWritten() {
        let model = analyzed(["\u{201C}The bridge is safe,\u{201D} the [Harbor Office:organization] spokesman said."])
        #expect(model.quotes.first?.speakerText == "the Harbor Office spokesman")
        #expect(model.quotes.first?.speaker == nil)
    }

    @Test func roleObjectLinksWhenTheTitleMatches() {
        let model = analyzed(
            ["[Lena Frost] later met with the [Norland:country] defense minister.",
             "Defense Minister [Per Moe] had flown in that morning."],
            roles: ["Per Moe": Role(title: "Defense Minister", affiliation: "Norland")])
        #expect(pairs(model) == ["met: Lena Frost -> Per Moe"])
    }

    @Test func aNameBeforeAnotherNameStillModifiesIt() {
        let model = analyzed(["\u{201C}No comment,\u{201D} [Harbor Office:organization] spokesman [Ivan Sokol] said."])
        #expect(model.quotes.first?.speakerText == "Ivan Sokol")
    }
}
