import Testing
@testable import BriefingKit

@Suite struct LexiconTableTests {
    @Test(arguments: [
        ("Wakanda | Wakandan, Wakandans | Birnin Zana", [["Wakanda"], ["Wakandan", "Wakandans"], ["Birnin Zana"]]),
        ("  Ruritania\t|  | Strelsau  ", [["Ruritania"], [], ["Strelsau"]]),
        ("Freedonia |", [["Freedonia"], []]),
        ("a,,b , | c", [["a", "b"], ["c"]]),
        // No-break and ideographic spaces trim like ASCII ones; inner ones stay.
        ("\u{00A0}Costa\u{00A0}Verde\u{3000}| Verdean\u{00A0}", [["Costa\u{00A0}Verde"], ["Verdean"]]),
        ("Żuławy | Żuławian", [["Żuławy"], ["Żuławian"]]),
    ])
    func rowFields(line: String, fields: [[String]]) {
        #expect(LexiconTable.row(line)?.fields == fields)
    }

    @Test(arguments: ["", "   ", "\t", "# a comment | not a row", "  # indented comment"])
    func noRow(line: String) {
        #expect(LexiconTable.row(line) == nil)
    }

    @Test func parsingSkipsBlankLinesAndComments() {
        let table = LexiconTable(parsing: "# lexicon\nAlpha | a\r\n\n  Beta\u{2028}Gamma | g\n")
        #expect(table.rows.map(\.key) == ["Alpha", "Beta", "Gamma"])
        #expect(table.rows[2].field(1) == ["g"])
    }

    @Test(arguments: [("  x  ", "x"), ("\u{00A0}x\u{2009}", "x"), ("", ""), (" \t ", ""), ("a b", "a b")])
    func trimmed(text: String, expected: String) {
        #expect(LexiconTable.trimmed(text) == expected)
    }
}
