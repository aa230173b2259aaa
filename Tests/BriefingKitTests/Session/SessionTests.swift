import Testing
@testable import BriefingKit

@Suite struct SessionTests {
    func session(json: Bool = false, echo: Bool = false, bail: Bool = false, recorder: OutputRecorder) -> Session {
        var session = Session(options: .init(json: json, echo: echo, bail: bail), output: recorder.output)
        session.runner.workspace = sampleWorkspace()
        return session
    }

    @Test func scriptErrorsNameFileAndLineAndTheRestStillRuns() {
        let recorder = OutputRecorder()
        var session = session(recorder: recorder)
        session.run(script: Script(name: "brief.briefing", lines: ["# comment", "", "shw 2", "articles"]))
        #expect(recorder.diagnostics == ["brief.briefing:3: error: unknown command 'shw 2'; did you mean 'show'? (usage: show [ARTICLE] [N]; try 'help')"])
        #expect(recorder.answers.first?.hasPrefix("1 article") == true)
        #expect(session.exitStatus == BriefingKit.ExitStatus.failure)
    }

    @Test func bailStopsAtTheFirstError() {
        let recorder = OutputRecorder()
        var session = session(bail: true, recorder: recorder)
        #expect(session.run(script: Script(name: "s", lines: ["nope", "articles"])) == .stop)
        #expect(recorder.answers.isEmpty)
    }

    @Test func echoPrintsEachCommandBeforeItsOutput() {
        let recorder = OutputRecorder()
        var session = session(echo: true, recorder: recorder)
        session.run(commands: ["articles", "show 4"])
        #expect(recorder.answers.count == 4)
        #expect(recorder.answers[0] == "articles")
        #expect(recorder.answers[2] == "show 4")
        #expect(session.exitStatus == BriefingKit.ExitStatus.success)
    }

    @Test func jsonPrintsOneObjectPerCommandIncludingFailures() {
        let recorder = OutputRecorder()
        var session = session(json: true, echo: true, recorder: recorder)
        session.run(commands: ["articles", "bogus"])
        #expect(recorder.answers.count == 2)
        #expect(recorder.answers[1] == #"{"command":"bogus","ok":false,"error":"unknown command 'bogus' (try 'help')"}"#)
        #expect(recorder.diagnostics == ["error: unknown command 'bogus' (try 'help')"])
    }

    @Test func linesFromAStreamAreNumbered() {
        let recorder = OutputRecorder()
        var session = session(recorder: recorder)
        var lines = ["articles", "", "bad one"][...]
        session.run(source: SourceLocation.standardInputName) { _ in lines.popFirst() }
        #expect(recorder.diagnostics.first?.hasPrefix("<stdin>:3: error: unknown command 'bad'") == true)
    }

    @Test func quitStopsTheLoop() {
        let recorder = OutputRecorder()
        var session = session(recorder: recorder)
        var lines = ["quit", "articles"][...]
        #expect(session.run(source: nil) { _ in lines.popFirst() } == .stop)
        #expect(lines == ["articles"])
    }

    @Test func readRunsAFileAndReportsItsErrorsByLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("inner.briefing", "articles\n\nnope\n")
        let recorder = OutputRecorder()
        var session = session(json: true, recorder: recorder)
        session.run(commands: [".read \(path)", "articles"])
        #expect(recorder.diagnostics == ["\(path):3: error: unknown command 'nope' (try 'help')"])
        #expect(recorder.answers.count == 4)
        #expect(recorder.answers[2].contains(#""ok":false"#))
        #expect(recorder.answers[2].contains(#""command":".read "#))
        #expect(session.exitStatus == BriefingKit.ExitStatus.failure)
    }

    @Test func aScriptReadingItselfStops() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/loop.briefing"
        try folder.write("loop.briefing", ".read \(path)\n")
        let recorder = OutputRecorder()
        var session = session(recorder: recorder)
        session.run(commands: [".read \(path)"])
        #expect(recorder.diagnostics.contains { $0.contains("nest more than \(Session.maximumNesting) deep") })
    }

    @Test func loadingReportsCountsAndUnreadableFiles() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", "Canal opens\n\nThe first barge passed. Crowds waved.\n")
        let empty = try folder.write("b.txt", "")
        let recorder = OutputRecorder()
        var session = Session(output: recorder.output)
        session.load(paths: [folder.path])
        #expect(recorder.diagnostics == ["\(empty): error: empty file, no text to read", "loaded 1 article, 2 sentences"])
        #expect(session.exitStatus == BriefingKit.ExitStatus.failure)
        #expect(session.banner.contains("1 article loaded"))
    }
}
