import Testing
@testable import BriefingKit

@Suite struct LexiconsTests {
    @Test func parsesFieldsItemsAndComments() {
        let table = LexiconTable(parsing: """
            # a comment
            Armenia | Armenian, Armenians | Yerevan

            Chad | Chadian
            """)
        #expect(table.rows.count == 2)
        #expect(table.rows[0].key == "Armenia")
        #expect(table.rows[0].field(1) == ["Armenian", "Armenians"])
        #expect(table.rows[1].field(2) == [])
    }

    @Test func aUserFileExtendsTheLexicons() throws {
        let lexicons = try Lexicons.standard.extended(withText: """
            country: Freedonia | Freedonian | Fredville
            organization: Harbour Guild | HG
            """)
        let table = EntityLinker(lexicons: lexicons).link(
            TextSegmenter().segment(id: "x", title: "", paragraphs: ["Fredville said the Freedonian HG would vote."]))
        #expect(table.entities.map(\.name) == ["Fredville", "Freedonia", "Harbour Guild"])
    }

    @Test func unknownSectionIsAnError() {
        #expect(throws: CommandError.self) { try Lexicons.standard.extended(withText: "planet: Mars") }
    }

    @Test func everyUNMemberHasAnEntry() {
        let names = Set(Lexicons.standard.countries.rows.map(\.key))
        #expect(names.count >= 193)
        for name in ["Armenia", "United States", "Tuvalu", "South Sudan", "Eswatini"] { #expect(names.contains(name)) }
    }
}
