import Testing
@testable import BriefingKit

/// Contacts whose other party is written with a long title, an appositive, a role only, or
/// ahead of its subject.
@Suite struct ContactPartyTests {
    static let cases: [(String, [String])] = [
        // A fronted nominal contact: the subject after the comma.
        ("In a video call with [Hendrik Vos], President [Marta Lind] thanked [Vos=Hendrik Vos] for his help.",
         ["called: Marta Lind -> Hendrik Vos"]),
        // Three title words between the verb and the name.
        ("Governor [Paulo Mendes] phoned former army chief [Tomas Okoro] on Monday.",
         ["called: Paulo Mendes -> Tomas Okoro"]),
        // Appositive names in a coordinated list.
        ("[Anton Grey] held talks with [his=Anton Grey] Norwegian counterpart, [Erik Dahl], and the Danish leader, [Lars Holm].",
         ["met: Anton Grey -> Erik Dahl", "met: Anton Grey -> Lars Holm"]),
        // Meals are meetings; a relative `who` stands for the name before it.
        ("Reporters followed [Sofia Reyes], who had breakfast with Vice President [Carl Stone] before the vote.",
         ["met: Sofia Reyes -> Carl Stone"]),
        ("Senator [Nina Park] had dinner with Governor [Ben Walsh] on Friday.", ["met: Nina Park -> Ben Walsh"]),
        // Cataphora: `his` points ahead to the subject after the comma.
        ("There has been progress and in [his=Hugo Lang] conversations with [Ivan Petrov] this week, [Hugo Lang] said.",
         ["spoke with: Hugo Lang -> Ivan Petrov"]),
        // Parties named only by their role or group, as written.
        ("Minister [Ali Haddad] flew to [Oslo:place], where [he=Ali Haddad] met with the Swedish trade minister and central bank chief.",
         ["met: Ali Haddad -> the Swedish trade minister"]),
        ("Five teachers unions will hold private talks with Deputy Mayor [John Bright] next week.",
         ["met: Five teachers unions -> John Bright"]),
        ("[Olaf Berg] met the four farm delegates at his office.", ["met: Olaf Berg -> the four farm delegates"]),
        ("[Olaf Berg] reportedly met the delegates Sunday at [his=Olaf Berg] farm.", ["met: Olaf Berg -> the delegates"]),
        ("[Olaf Berg] met with [her=Nina Park] and other farm leaders.", ["met: Olaf Berg -> Nina Park"]),
        ("Oslo, [Norland:country] (AP) Photos printed on Monday show [Olaf Berg] meeting with five [Norland:country] farm delegates who had been jailed.", ["met: Olaf Berg -> Norland farm delegates"]),
        ("[Olaf Berg] was ousted after talks with the farm unions faltered.", ["met: Olaf Berg -> the farm unions"]),
        // A visit to a thing someone owns is no visit to them; a place without a name is none.
        ("[Olaf Berg] visited the grave of [Nina Park] on his first trip to the city.", []),
        // A role phrase that goes on is no party.
        ("[Olaf Berg] met the minister's staff at noon.", []),
    ]

    /// Each expected relation is found, and nothing else
    /// when none is expected.
    @Test(arguments: cases)
    func relationsOf(sentence: String, expected: [String]) {
        let found = pairs(analyzed([sentence]))
        #expect(Set(expected).isSubset(of: Set(found)))
        if expected.isEmpty { #expect(found.isEmpty) }
    }

    @Test func contactNotYetMadeIsNoContact() {
        #expect(analyzed(["Many voters asked why the miners had not yet met with [Olaf Berg]."]).relations.isEmpty)
    }
}
