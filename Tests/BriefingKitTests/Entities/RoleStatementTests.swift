import Testing
@testable import BriefingKit

/// Roles the article states in other shapes: a copula ("Lee is a Norwegian from Bergen"),
/// coordinated titles ("banker and Varga critic Ann Lee"), an abbreviated owner's possessive
/// ("the U.N.'s special envoy") and a job noun set off before the name ("The ferryman, Ann Lee,").
/// Sentences written for these tests (fictional people).
@Suite struct RoleStatementTests {
    @Test(arguments: [
        (["The victim was identified as Hanna Lind, 41, police said.", "Lind is a Norwegian from Bergen, police said."], "Hanna Lind", "Norwegian"),
        (["The man was named as Peter Berg, 50, a local.", "Berg was a lawyer in Oslo."], "Peter Berg", "lawyer"),
        (["The club was inviting billionaire and Varga critic Ann Dorsey to the gala."], "Ann Dorsey", "critic"),
        (["The club was inviting billionaire and Varga critic Ann Dorsey to the gala."], "Ann Dorsey", "billionaire"),
        (["\"We will talk,\" said Omar Haddad, the U.N.'s special adviser on Libya."], "Omar Haddad", "special adviser"),
        (["The ferryman, Pedro Alvarez Ruiz, tried to turn back, officials said."], "Pedro Alvarez Ruiz", "ferryman"),
        (["Minister Ada Lind spoke first.", "Her counterpart from Dorran, Piet Vasko, was more cautious."], "Piet Vasko", "counterpart from Dorran"),
        (["\"It is over,\" Ann Ferris, spokeswoman for Bergen Says Yes, said."], "Ann Ferris", "spokeswoman for Bergen Says Yes"),
        (["No one spoke for Peter Vance, president and CEO of Vance Shipping, who left."], "Peter Vance", "CEO of Vance Shipping"),
        (["\"The Harbour Safety Agency has done all it can,\" Peter Vance, head of the agency, said."], "Peter Vance", "Harbour Safety Agency"),
        (["According to the BBC's Peter Vance, the talks failed."], "Peter Vance", "with BBC"),
        (["Early counts show Peter Vance, now the President-elect, far ahead."], "Peter Vance", "President-elect"),
        (["Peter Vance left on Monday.", "Vance was the former chief of staff to Governor Ada Lund."], "Peter Vance", "chief of staff"),
    ] as [([String], String, String)])
    func findsTheRole(_ paragraphs: [String], _ name: String, _ expected: String) {
        let found = linkedRoles(paragraphs, of: name)
        #expect(found.contains { $0.contains(expected) }, "\(found)")
    }

    @Test func aClauseAfterTheNameIsNoApposition() {
        #expect(linkedRoles(["According to Peter Vance, the money will go to ads."], of: "Peter Vance").isEmpty)
        #expect(linkedRoles(["Peter Vance, the owner, said the money will go to ads."], of: "Peter Vance") == ["owner"])
    }

    @Test func aCountryOwningANameGivesNoRole() {
        #expect(linkedRoles(["Norway's Peter Vance said the talks failed."], of: "Peter Vance").isEmpty)
    }

    @Test func aCopulaWithoutAPersonNounGivesNoRole() {
        #expect(linkedRoles(["The man was named as Peter Berg, 50.", "Berg was an hour late."], of: "Peter Berg").isEmpty)
        #expect(linkedRoles(["The man was named as Peter Berg, 50.", "Berg is a good reason to stay."], of: "Peter Berg").isEmpty)
        #expect(linkedRoles(["The man was named as Peter Berg, 50.", "Berg is the reason we stayed."], of: "Peter Berg").isEmpty)
    }
}
