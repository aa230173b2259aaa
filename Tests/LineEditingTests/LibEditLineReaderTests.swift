import Testing
@testable import LineEditing

@Suite struct LibEditLineReaderTests {
    @Test func historyPathComesFromTheEnvironmentThenHome() {
        #expect(LibEditLineReader.defaultHistoryPath(environment: ["BRIEFING_HISTORY": "/tmp/h", "HOME": "/home/a"]) == "/tmp/h")
        #expect(LibEditLineReader.defaultHistoryPath(environment: ["HOME": "/home/a"]) == "/home/a/.briefing_history")
        #expect(LibEditLineReader.defaultHistoryPath(environment: ["BRIEFING_HISTORY": ""]) == nil)
    }
}
