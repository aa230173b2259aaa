import Testing
@testable import BriefingKit

@Suite struct SummaryRequestTests {
    func request(_ line: String) throws -> SummaryRequest {
        let (spec, arguments) = try CommandCatalog.standard.parse(line)
        #expect(spec.name == "summary")
        return try SummaryRequest(arguments)
    }

    @Test func readsArticleLengthFocusAndExplain() throws {
        #expect(try request("summary").target == nil)
        #expect(try request("summary armenia").target == "armenia")
        #expect(try request("summary armenia in 60 words").words == 60)
        #expect(try request("summary --words 45").words == 45)
        let focused = try request("summary of Vladimir Putin --explain")
        #expect(focused.focus == "Vladimir Putin")
        #expect(focused.explain)
        #expect(try request("brief Armenia").focus == "Armenia")
        #expect(try request("why summary").explain)
    }

    @Test func badLengthIsExplained() {
        #expect(throws: CommandError.self) { try request("summary --words lots") }
    }
}
