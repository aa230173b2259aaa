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
        // Scottish and European members of parliament are their own titles.
        ("Labour MSP Anna Reid said the vote was close.", "Anna Reid", ["Labour MSP"]),
    ])
    func roles(sentence: String, name: String, expected: [String]) {
        #expect(linkedRoles([sentence], of: name) == expected)
    }

    @Test func aDescriptionInsideTheSentenceBeforeSaidIsTheNextClausesSubject() {
        #expect(linkedRoles(["Turning to Tom Okoro, the governor said the plan was ready."], of: "Tom Okoro").isEmpty)
    }
}
