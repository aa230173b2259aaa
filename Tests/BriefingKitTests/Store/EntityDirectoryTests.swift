import Testing
@testable import BriefingKit

@Suite struct EntityDirectoryTests {
    func store(_ articles: [[String]]) -> KnowledgeStore {
        var store = KnowledgeStore()
        for (n, paragraphs) in articles.enumerated() {
            store.add(ArticleAnalyzer().analyze(TextSegmenter().segment(id: "a\(n)", title: "", paragraphs: paragraphs)))
        }
        return store
    }

    @Test func samePersonAcrossArticlesIsOneEntity() throws {
        let store = store([
            ["Polish President Jan Nowicki said the border was open."],
            ["Nowicki told reporters he would travel to Vilnius."],
        ])
        let ref = try store.findEntity("nowicki")
        #expect(ref.name == "Jan Nowicki")
        #expect(ref.occurrences.map(\.article) == ["a0", "a1"])
        #expect(store.mentions(of: ref).count == 3)
    }

    @Test func aRoleWrittenInAnotherCaseIsListedOnce() throws {
        let store = store([
            ["Union leader Mara Keeling said the strike would go on."],
            ["The talks ended, union leader Mara Keeling said."],
        ])
        #expect(try store.findEntity("Keeling").roles.count == 1)
    }

    @Test(arguments: [
        ("Nowicki", "Jan Nowicki"), ("jan nowicki", "Jan Nowicki"), ("nowicky", "Jan Nowicki"),
        ("Novicki", "Jan Nowicki"), ("Lithuania", "Lithuania"), ("lietuva", nil),
    ] as [(String, String?)])
    func forgivingLookup(_ query: String, _ expected: String?) {
        let store = store([["Polish President Jan Nowicki said Lithuania agreed."]])
        #expect((try? store.findEntity(query))?.name == expected)
    }

    @Test func diacriticsAreFolded() throws {
        let store = store([["Turkish Foreign Minister Ayşe Çelik said talks would resume."]])
        #expect(try store.findEntity("celik").name == "Ayşe Çelik")
    }

    @Test func ambiguousSurnameAsksWhichOne() {
        let store = store([["Senator Ruth Calder and Governor Tom Calder said they disagreed."]])
        #expect {
            try store.findEntity("Calder")
        } throws: { error in
            (error as? CommandError)?.message.contains("Ruth Calder or Tom Calder") ?? false
        }
    }

    @Test func aSharedSurnameMeansTheOneWhoIsNoOnesRelative() throws {
        let store = store([["Former Governor Frank Delaney spoke at a rally for his wife Ruth Delaney."]])
        let (ref, others) = try store.findEntityNoting("Delaney")
        #expect(ref.name == "Frank Delaney")
        #expect(others.map(\.name) == ["Ruth Delaney"])
    }

    @Test func unknownNameSuggestsTheClosest() {
        let store = store([["Polish President Jan Nowicki said the border was open."]])
        #expect {
            try store.findEntity("Novitsky")
        } throws: { error in
            (error as? CommandError)?.message.contains("did you mean Jan Nowicki") ?? false
        }
    }

    @Test func aCanonicalNameWinsOverAnotherPersonsAlias() throws {
        let store = store([["Governor Hale spoke first.", "Then first lady Mira Hale spoke."]])
        #expect(try store.findEntity("hale").name == "Hale")
        #expect(try store.findEntity("mira").name == "Mira Hale")
    }

    @Test func aListedNameWithItsAcronymFindsTheOrganization() throws {
        let store = store([["Chile joined the Andean Water Council (AWC) in May."]])
        #expect(try store.findEntity("Andean Water Council (AWC)").name == "Andean Water Council")
        #expect(try store.findEntity("awc").name == "Andean Water Council")
    }
}
