import Testing
@testable import BriefingKit

/// Appositions as blind round 6 found them written, each in sentences written for these tests.
@Suite struct BlindSixRoleTests {
    @Test(arguments: [
        // A possessive determiner opens the phrase when a title heads it.
        ("Tom Hale, his finance spokesman, said the plan would fail.", "Tom Hale", ["finance spokesman"]),
        ("Tom Hale, his voice shaking, said the plan would fail.", "Tom Hale", []),
        // "and" between the words before the head.
        ("Tom Hale, his transport and environment spokesman, had said so.", "Tom Hale", ["transport and environment spokesman"]),
        // A superlative's adverb.
        ("Tarek Amin, the most famous comedian in Velt, said he would stay.", "Tarek Amin", ["most famous comedian in Velt"]),
        // A set-off title opening the sentence needs no closing comma, even past an honour or an adjective.
        ("The chairman of the Port Council, Ruth Kale warned against the plan.", "Ruth Kale", ["chairman of the Port Council"]),
        ("The new chairman of the Bar Council, Ruth Kale QC has warned of a risk.", "Ruth Kale", ["new chairman of the Bar Council"]),
        // A name opening the sentence is the subject: its description may run up to the verb.
        ("Dora Fenn, executive partner of Lindqvist Baird said the firm would grow.", "Dora Fenn", ["executive partner of Lindqvist Baird"]),
        // A dash sets off a description a title heads.
        ("Tarek Amin -- Velt's most famous satirist -- has a new show.", "Tarek Amin", ["Velt's most famous satirist"]),
        ("Tom Hale - a lawyer - spoke.", "Tom Hale", ["lawyer"]),
        // A generational suffix is no surname: the surname still links, and the full title stays whole.
        ("Solicitor General Donald B. Verrilli Jr. wrote the brief. Verrilli said the laws were unjust.", "Donald B. Verrilli Jr", ["Solicitor General"]),
        // Blind round 7: a long described phrase up to the verb; an ally.
        ("Tom Hale, a senior fellow at the Nordic Institute in Oslo says the plan will fail.", "Tom Hale", ["senior fellow at the Nordic Institute in Oslo"]),
        ("Rita Vos, a close ally, said the plan will fail.", "Rita Vos", ["close ally"]),
        // Scottish and European members of parliament are their own titles.
        ("Labour MSP Anna Reid said the vote was close.", "Anna Reid", ["Labour MSP"]),
    ])
    func roles(sentence: String, name: String, expected: [String]) {
        #expect(linkedRoles([sentence], of: name) == expected)
    }

    @Test func aOneWordNameAfterAPossessiveTitleTakesIt() {
        #expect(linkedRoles(["Jon Stewart left the show.", "The seat was vacated by his mentor, Stewart, in May."], of: "Jon Stewart") == ["mentor"])
    }

    @Test func theSurnameBeforeASuffixLinksToTheFullName() {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: [
            "Robert Lee Halvorsen III voted twice.", "Halvorsen denied it.",
        ]))
        #expect(table.entities.filter { $0.kind == .person }.map(\.name) == ["Robert Lee Halvorsen III"])
    }

    @Test func aDescriptionInsideTheSentenceBeforeSaidIsTheNextClausesSubject() {
        #expect(linkedRoles(["Turning to Tom Okoro, the governor said the plan was ready."], of: "Tom Okoro").isEmpty)
    }
}
