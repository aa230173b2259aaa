import Testing
@testable import BriefingKit

@Suite struct SessionErrorTests {
    @Test(arguments: [
        (SessionError.command(CommandError("no article 'x'"), at: SourceLocation(file: "b.briefing", line: 3)),
         "b.briefing:3: error: no article 'x'", BriefingKit.ExitStatus.failure),
        (.command(CommandError("boom"), at: nil), "error: boom", .failure),
        (.read(ReadError(path: "a.txt", line: 2, reason: "not valid UTF-8 text")), "a.txt:2: error: not valid UTF-8 text", .failure),
        (.read(ReadError(path: "e.txt", reason: "empty file")), "e.txt: error: empty file", .failure),
        (.usage("unknown flag --x"), "error: unknown flag --x", .usage),
    ])
    func errorsMapToOneMessageAndStatus(_ error: SessionError, _ message: String, _ status: BriefingKit.ExitStatus) {
        #expect(error.diagnostic == message)
        #expect(error.exitStatus == status)
    }

    @Test func statusesAreTheConventionalNumbers() {
        #expect([BriefingKit.ExitStatus.success, .failure, .usage].map(\.rawValue) == [0, 1, 64])
    }
}
