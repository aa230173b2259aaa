import Testing
@testable import BriefingKit

/// The shell's own commands, run through the runner as a user types them.
@Suite struct CommandsTests {
    func run(_ line: String, _ workspace: Workspace = sampleWorkspace()) throws -> Answer {
        var workspace = workspace
        let (spec, arguments) = try CommandCatalog.standard.parse(line)
        return try spec.action(arguments, &workspace)
    }

    @Test func helpListsEveryCommandFromTheTable() throws {
        let answer = try run("help")
        #expect(answer.results.count == CommandCatalog.standard.commands.count)
        #expect(answer.results.contains { $0.value.hasPrefix("show [ARTICLE] [N]") })
    }

    @Test func helpForOneCommandGivesUsageAndExamples() throws {
        let answer = try run("help quit")
        #expect(answer.answer == "Leave the shell.")
        #expect(answer.results.map(\.value) == ["usage: quit", "example: quit", "also: exit"])
        #expect(throws: CommandError.self) { try run("help frobnicate") }
    }

    @Test func articlesListsIdTitleAndCount() throws {
        let answer = try run("articles")
        #expect(answer.answer == "1 article")
        #expect(answer.results.first?.value == "ferry")
        #expect(answer.results.first?.fields["sentences"] == "4")
    }

    @Test func showNumbersEverySentence() throws {
        let answer = try run("show")
        #expect(answer.answer == "Ferry strike ends")
        #expect(answer.results.map { $0.evidence.first?.sentence } == [1, 2, 3, 4])
        #expect(try run("show ferry").results.count == 4)
    }

    @Test func showNGivesTheSentenceAndItsNeighbours() throws {
        let answer = try run("show ferry 2")
        #expect(answer.answer == "Unions agreed to a deal.")
        #expect(answer.results.map(\.value) == ["Ferries ran again on Tuesday.", "Unions agreed to a deal.", "Crews returned at dawn."])
        #expect(try run("show 1").results.count == 2)
        #expect(throws: CommandError("ferry has sentences 1 to 4, not 9")) { try run("show 9") }
    }

    @Test func showZeroGivesTheHeadlineThatHeadlineQuotesCite() throws {
        let answer = try run("show ferry 0")
        #expect(answer.answer == "Ferry strike ends")
        #expect(answer.results.map { $0.evidence.first?.citation } == ["[ferry:0]"])
    }

    @Test func summaryOfAFolderPrefixSummarizesItsArticles() throws {
        let three = sampleWorkspace(ids: ["port-01-strike", "port-02-talks", "bridge"])
        let answer = try run("summary port", three)
        #expect(Set(answer.results.flatMap { $0.evidence.map(\.article) }).isSubset(of: ["port-01-strike", "port-02-talks"]))
        #expect(!answer.results.isEmpty)
    }

    @Test func articleMayBeLeftOutOnlyWhenOneIsLoaded() throws {
        let two = sampleWorkspace(ids: ["ferry", "bridge"])
        #expect(throws: CommandError("name an article: ferry, bridge")) { try run("sentences", two) }
        #expect(try run("sentences bridge", two).results.count == 4)
        #expect(throws: CommandError("no articles loaded (try 'load PATH')")) { try run("show", Workspace()) }
        #expect(throws: CommandError("no article 'nope' (try 'articles')")) { try run("show nope 2", two) }
    }

    @Test func sentencesValuesAreTheSentenceTexts() throws {
        let answer = try run("sentences")
        #expect(answer.results.map(\.value).first == "Ferries ran again on Tuesday.")
        #expect(answer.results.last?.evidence == [Evidence(article: "ferry", sentence: 4, text: "The mayor thanked both sides.")])
    }

    @Test func loadReadsFilesAndReportsSkippedOnes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = try folder.write("canal.txt", "Canal opens\n\nThe first barge passed. Crowds waved.\n")
        var workspace = Workspace()
        let (spec, arguments) = try CommandCatalog.standard.parse("load \(good) \(folder.path)/missing.txt")
        let answer = try spec.action(arguments, &workspace)
        #expect(answer.answer == "loaded 1 article, 2 sentences; skipped \(folder.path)/missing.txt: no such file or folder")
        #expect(answer.results.map(\.value) == ["canal"])
        #expect(throws: CommandError.self) { try run("load \(folder.path)/missing.txt", Workspace()) }
    }

    @Test func quitEndsTheSession() throws {
        #expect(try run("exit").endsSession)
    }

    @Test func readHandsTheScriptToTheSession() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("s.briefing", "articles\n# note\n\nshow 2\n")
        #expect(try run(".read \(path)").script == Script(name: path, lines: ["articles", "# note", "", "show 2"]))
        #expect(throws: CommandError("cannot read script 'nope.briefing': no such file")) { try run("source nope.briefing") }
    }
}
