import Testing
@testable import LineEditing

@Suite struct PlainLineReaderTests {
    @Test func readersConformToOneProtocol() {
        let readers: [any LineReader] = [PlainLineReader(), ListLineReader([])]
        #expect(readers.count == 2)
    }

    @Test func listReaderGivesItsLinesThenEndOfInput() {
        var reader = ListLineReader(["articles", "quit"])
        #expect(reader.readLine(prompt: "> ") == "articles")
        #expect(reader.readLine(prompt: "> ") == "quit")
        #expect(reader.readLine(prompt: "> ") == nil)
        #expect(reader.prompts == ["> ", "> ", "> "])
    }
}
