import Foundation
import Testing

/// The executable from the outside: flags, scripts, pipes, exit codes, JSON.
@Suite struct CommandLineTests {
    let seed = BriefingBinary.seed

    func temporaryScript(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "briefing-e2e-\(UUID().uuidString).briefing"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func commandFlagsRunInOrderAndExitZero() throws {
        let result = try BriefingBinary.run(["-c", "articles", "-c", "show 2", seed])
        #expect(result.status == 0)
        #expect(result.stdoutLines.first == "1 article")
        #expect(result.stdout.contains("[armenia-azerbaijan:2] "))
        #expect(result.stdout.range(of: "1 article")!.lowerBound < result.stdout.range(of: "[armenia-azerbaijan:1]")!.lowerBound)
        #expect(result.stderr.contains("loaded 1 article, "))
        #expect(!result.stdout.contains("briefing>"))
    }

    @Test func scriptErrorOnLineThreeIsCitedAndTheRestRuns() throws {
        let script = try temporaryScript("# a briefing\narticles\nfrobnicate now\nshow 1\n")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let result = try BriefingBinary.run(["-f", script, seed])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(script):3: error: unknown command 'frobnicate"))
        #expect(result.stdout.contains("[armenia-azerbaijan:1]"))
    }

    @Test func commandsFromAPipeAreNumberedAsStdin() throws {
        let result = try BriefingBinary.run([seed], input: "articles\n\n# comment\nshow 99\nsentences\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:4: error: armenia-azerbaijan has sentences 1 to "))
        #expect(result.stdout.hasPrefix("1 article\n"))
        #expect(result.stdout.contains("sentences in armenia-azerbaijan"))
        #expect(!result.stdout.contains("briefing>"))
    }

    @Test func jsonGivesOneParsableObjectPerCommand() throws {
        let commands = ["articles", "sentences", "show 3", "no such thing", "help"]
        let result = try BriefingBinary.run(["--json"] + commands.flatMap { ["-c", $0] } + [seed])
        #expect(result.status == 1)
        let lines = result.stdoutLines
        #expect(lines.count == commands.count)
        for (line, command) in zip(lines, commands) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["command"] as? String == command)
            let ok = try #require(object["ok"] as? Bool)
            if ok {
                #expect(object["answer"] is String)
                let results = try #require(object["results"] as? [[String: Any]])
                for item in results {
                    #expect(item["value"] is String)
                    for evidence in try #require(item["evidence"] as? [[String: Any]]) {
                        #expect(evidence["article"] as? String == "armenia-azerbaijan")
                        #expect(evidence["sentence"] is Int)
                        #expect(evidence["text"] is String)
                    }
                }
            } else {
                #expect(object["error"] is String)
            }
        }
        let sentences = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        let first = (sentences?["results"] as? [[String: Any]])?.first
        #expect((first?["evidence"] as? [[String: Any]])?.first?["sentence"] as? Int == 1)
        #expect(first?["value"] as? String == (first?["evidence"] as? [[String: Any]])?.first?["text"] as? String)
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let script = try temporaryScript("articles\nnope\nshow 1\n")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let result = try BriefingBinary.run(["--bail", "-f", script, seed])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(script):2: error:"))
        #expect(!result.stdout.contains("[armenia-azerbaijan:1]"))
    }

    @Test func echoPrintsEachCommandBeforeItsOutput() throws {
        let result = try BriefingBinary.run(["--echo", "-c", "articles", "-c", "show 1", seed])
        #expect(result.status == 0)
        let lines = result.stdoutLines
        #expect(lines.first == "articles")
        #expect(lines[1] == "1 article")
        #expect(lines.contains("show 1"))
    }

    @Test(arguments: [["--frobnicate"], ["-c"], ["-f"], ["--json=3"]])
    func usageErrorsExit64(_ arguments: [String]) throws {
        let result = try BriefingBinary.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Usage: briefing"))
        #expect(result.stdout.isEmpty)
    }

    @Test func helpFlagExitsZero() throws {
        let result = try BriefingBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--json"))
    }

    @Test func aMissingScriptFails() throws {
        let result = try BriefingBinary.run(["-f", "/nonexistent/x.briefing"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot read script '/nonexistent/x.briefing': no such file"))
    }

    @Test func aFolderWithABadFileLoadsTheRest() throws {
        let folder = NSTemporaryDirectory() + "briefing-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "Canal opens\n\nThe first barge passed.\n".write(toFile: folder + "/canal.txt", atomically: true, encoding: .utf8)
        try Data([0x48, 0x69, 0x0A, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder + "/bad.txt"))
        let result = try BriefingBinary.run(["--json", "-c", "articles", folder])
        #expect(result.stderr.contains("\(folder)/bad.txt:2: error: not valid UTF-8 text"))
        #expect(result.stderr.contains("loaded 1 article, 1 sentence"))
        #expect(result.stdout.contains(#""answer":"1 article""#))
    }

    @Test func readRunsAScriptFromInsideASession() throws {
        let script = try temporaryScript("articles\n# skipped\nshow 1\n")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let result = try BriefingBinary.run(["--json", seed], input: ".read \(script)\nsource \(script)\n")
        #expect(result.status == 0)
        let objects = try result.stdoutLines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects.map { $0["command"] as? String } == ["articles", "show 1", ".read \(script)", "articles", "show 1", "source \(script)"])
        #expect(objects[2]["answer"] as? String == "ran 2 commands from \(script)")
    }

    @Test func quitEndsAPipedSession() throws {
        let result = try BriefingBinary.run([seed], input: "quit\narticles\n")
        #expect(result.status == 0)
        #expect(!result.stdout.contains("1 article"))
    }
}
